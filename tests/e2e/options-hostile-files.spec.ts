// Huge and hostile files in the options page's two imports: each is refused with a clear
// reason, and the stored invitations and settings are exactly as they were.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness';
import { record, storedInvitations } from './options-helpers';

test('an oversized or hostile backup or customer list changes nothing and says why', async ({ openPage }) => {
  const page = await openPage('options');
  await record(page, [{ name: 'Fabrikam Ltd', email: 'it@fabrikam.com' }]);
  const before = await storedInvitations(page);
  const settingsBefore = await page.evaluate(() => chrome.storage.sync.get(null));

  // Backup: 51 MB of JSON-looking bytes that never close: read to the end (no size cap), refused as cut short.
  await page.getByRole('link', { name: 'Backup' }).click();
  const huge = Buffer.alloc(51 * 1024 * 1024, 0x20);
  huge.write('{"format":"partner-invite-backup","version":1,"invitations":[');
  const hugeFile = path.join(test.info().outputDir, 'backup.json');
  await mkdir(test.info().outputDir, { recursive: true });
  await writeFile(hugeFile, huge);
  await page.getByLabel('Backup file').setInputFiles(hugeFile);
  await expect(page.getByRole('alert')).toContainText('damaged or was cut short', { timeout: 60_000 });

  // Backup: the right format, but a record carrying script and prototype keys and settings that
  // are not settings: the record is listed as refused, the settings as not restorable.
  const hostile = JSON.stringify({
    format: 'partner-invite-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    settings: { __proto__: { profile: 'x' }, notifications: '<img src=x onerror=alert(1)>' },
    invitations: [{ id: '<script>alert(1)</script>', constructor: { prototype: { polluted: true } } }],
  });
  await page
    .getByLabel('Backup file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
  const preview = page.getByTestId('backup-preview');
  await expect(preview).toContainText('0invitations to add');
  await expect(preview.getByRole('list', { name: 'Invitations not restored (1)' })).toContainText(
    'Invitation 1 (<script>alert(1)</script>): not valid',
  );
  await expect(preview).toContainText('The settings in this backup cannot be restored');
  await page.getByRole('button', { name: 'Discard' }).click();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

  // Customer list: over the CSV size cap (20 MB) though under the file picker's.
  await page.getByRole('link', { name: 'Customer list import' }).click();
  const bigCsv = 'Company name,Primary domain name\n' + 'Contoso,contoso.com\n'.repeat(1_100_000);
  await page
    .getByLabel('Customers.csv file')
    .setInputFiles({ name: 'Customers.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv) });
  await expect(page.getByRole('alert')).toContainText('too large');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');

  expect(await storedInvitations(page)).toEqual(before);
  expect(await page.evaluate(() => chrome.storage.sync.get(null))).toEqual(settingsBefore);
});
