// Restoring through the options page when something goes wrong on the way: storage.sync
// refuses the backup's settings (the invitations are restored all the same and the report says
// what was skipped), and the service worker is stopped in the middle (the restore, which the
// page runs itself, finishes and reports exactly what it wrote; running it again changes nothing).
import { test, expect } from './harness';
import { readAllRows, sendFrom, workerStopper } from './tracker-helpers';
import { newInvitation } from '../support/invitations';
import { fingerprint, seedInvitations } from './backup-helpers';

const SETTINGS = {
  profile: null,
  defaults: { dap: false, language: 'en', firstFollowUpDays: 3, followUpEveryDays: 7 },
  templates: {},
  notifications: false,
};

test('a backup whose settings storage.sync refuses still restores its invitations and says what was skipped', async ({
  openPage,
}) => {
  const page = await openPage('options', '#backup');
  for (const name of ['Contoso', 'Fabrikam'])
    expect((await sendFrom(page, { type: 'invitation/record', invitation: newInvitation(name) })).ok).toBe(true);
  const rows = await readAllRows(page);
  await sendFrom(page, { type: 'invitation/delete', ids: rows.map((r) => r.id) });
  // Two templates of 19,000 CJK characters: valid settings, 114 KB of sync storage, over its 100 KB.
  const cjk = `${'中'.repeat(19_000)}{{link}}`;
  const file = JSON.stringify({
    format: 'partner-invite-backup',
    version: 2,
    exportedAt: new Date().toISOString(),
    settings: { ...SETTINGS, templates: { en: { subject: 'a', body: cjk }, it: { subject: 'b', body: cjk } } },
    invitations: rows,
    quarantine: [],
  });
  await page
    .getByLabel('Backup file')
    .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Restore backup' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Added: 2. Updated: 0. Unchanged: 0.' });
  await expect(done).toBeVisible();
  await expect(page.getByText(/Settings not restored: .*over its limit of 102,400 bytes/)).toBeVisible();
  expect(await readAllRows(page)).toHaveLength(2);
  expect(await page.evaluate(() => chrome.storage.sync.get(null))).not.toHaveProperty('template.en');
});

test('stopping the service worker during a restore: it finishes, reports what it wrote, and a second run changes nothing', async ({
  context,
  openPage,
}) => {
  test.setTimeout(300_000); // 10,000 rows read and written four times on a shared 2-core machine
  const page = await openPage('options', '#backup');
  await seedInvitations(page, 10_000);
  const before = await fingerprint(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = test.info().outputPath('backup.json');
  await (await downloading).saveAs(file);
  // Wipe the database (as a new profile would be), then restore while the worker is stopped again and again.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('partner-invite');
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error ?? new Error('delete failed'));
      }),
  );
  await page.reload();
  await page.getByLabel('Backup file').setInputFiles(file);
  await expect(page.getByTestId('backup-preview')).toContainText('10,000invitations to add', { timeout: 120_000 });
  const stopper = await workerStopper(context, page);
  let stopping = true;
  const stops = (async () => {
    while (stopping) {
      await stopper.stop();
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added: 10,000. Updated: 0. Unchanged: 0.' })).toBeVisible({
    timeout: 120_000,
  });
  stopping = false;
  await stops;
  expect(stopper.stopped()).toBeGreaterThan(0);
  expect(await fingerprint(page)).toEqual(before);

  // The same file again: nothing to write, and the report says so.
  await page.getByLabel('Backup file').setInputFiles(file);
  await expect(page.getByTestId('backup-preview')).toContainText('10,000invitations already up to date', {
    timeout: 120_000,
  });
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added: 0. Updated: 0. Unchanged: 10,000.' })).toBeVisible({
    timeout: 120_000,
  });
  expect(await fingerprint(page)).toEqual(before);
});
