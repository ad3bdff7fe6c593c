// Settings in storage.sync: validated on the way in and out, defaults from code, only what
// the user changed is stored. The item layout and its migrations live in settings-items.ts.
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../core/settings';
import browser from './browser';
import {
  diffItems,
  isOurKey,
  itemBytes,
  itemsToSettings,
  settingsToItems,
  SYNC_ITEM_QUOTA,
  type SyncItems,
} from './settings-items';

async function readItems(): Promise<SyncItems> {
  return await browser.storage.sync.get(null);
}

/** The user's settings with defaults merged. A corrupt stored item is ignored with a warning, never thrown. */
export async function loadSettings(): Promise<Settings> {
  let items: SyncItems;
  try {
    items = await readItems();
  } catch (error) {
    console.warn('Partner Invite: could not read settings, using defaults', error);
    return structuredClone(DEFAULT_SETTINGS);
  }
  const { settings, problems } = itemsToSettings(items);
  if (problems.length > 0) console.warn('Partner Invite: ignored corrupt stored settings:', problems.join('; '));
  return settings;
}

/**
 * Apply `patch` over the current settings, validate the whole, and store what differs from the
 * defaults. Throws an Error with the first validation message when the result is invalid; then
 * nothing is written.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await readItems();
  const merged = { ...itemsToSettings(current).settings, ...patch };
  const parsed = settingsSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(issue ? `${issue.path.join('.') || 'settings'}: ${issue.message}` : 'Invalid settings');
  }
  const next = settingsToItems(parsed.data);
  for (const [key, value] of Object.entries(next)) {
    // Chunking keeps templates small; a huge profile field would be the only way here.
    if (itemBytes(key, value) > SYNC_ITEM_QUOTA) throw new Error(`${key}: too large to sync`);
  }
  const { set, remove } = diffItems(current, next);
  // Write new parts before removing stale ones, so a reader never sees fewer parts than the head names.
  if (Object.keys(set).length > 0) await browser.storage.sync.set(set);
  if (remove.length > 0) await browser.storage.sync.remove(remove);
  return parsed.data;
}

/** Call `cb` with the fresh settings whenever they change (in any extension context or on another device). Returns an unsubscribe function. */
export function onSettingsChanged(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some(isOurKey)) return;
    void loadSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
