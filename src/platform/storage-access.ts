// Close the extension's storage to content scripts. By default Chrome lets code in a page's
// content-script world (where the insertion script runs) read and write storage.local and
// storage.sync: such code could swap the partner tenant ID and send every later invitation to
// another partner. Only the extension's pages and the worker use storage, so every area is set
// to TRUSTED_CONTEXTS. Chromium 156 kept the level across a browser restart, but the worker sets
// it at every start anyway: it costs one call, and covers a start where an earlier call failed.
// Firefox ESR 153 has no setAccessLevel on any area (checked in a real run), so this does
// nothing there: its storage.session is closed to content scripts by default, local and sync
// stay open to the content scripts this extension itself injects.
type Area = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };
type StorageApi = { local?: Area; sync?: Area; session?: Area };

export async function closeStorageToContentScripts(): Promise<string[]> {
  const scope = globalThis as unknown as { chrome?: { storage?: StorageApi }; browser?: { storage?: StorageApi } };
  const storage = scope.chrome?.storage ?? scope.browser?.storage;
  const closed: string[] = [];
  for (const name of ['local', 'sync', 'session'] as const) {
    const area = storage?.[name];
    if (typeof area?.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      closed.push(name);
    } catch (error) {
      console.warn(`Partner Invite: could not close storage.${name} to content scripts`, error);
    }
  }
  return closed;
}
