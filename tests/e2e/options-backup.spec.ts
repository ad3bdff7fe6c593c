// Options page, backup: export downloads a versioned JSON; after wiping everything, importing
// it gives back the same invitations and settings; the preview says what will change first;
// importing twice changes nothing; broken or foreign files change nothing and say why.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { record, storedInvitations } from './options-helpers';
import { PARTNER_TENANT as TENANT } from '../fixtures/links';

/** The partner profile typed into the options page and saved, as a partner sets it up. */
async function saveProfile(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Company name' }).fill('Contoso IT Services');
  await page.getByRole('textbox', { name: 'Partner tenant ID' }).fill(TENANT);
  await page.getByRole('combobox', { name: 'Country or region' }).selectOption('IT');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Partner profile saved.')).toBeVisible();
}

test('export, wipe, import gives back the same data; a second import changes nothing', async ({ openPage }) => {
  const page = await openPage('options');
  await saveProfile(page);
  const ids = await record(page, [
    { name: 'Fabrikam Ltd', email: 'it@fabrikam.com' },
    { name: 'Northwind Traders', email: 'admin@northwind.example', domain: 'northwind.example' },
    { name: 'Tailspin Toys', email: 'ops@tailspin.example' },
  ]);
  await page.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'invitation/act', ids: [id], action: 'accept', note: 'signed' }),
    ids[0],
  );
  const before = await storedInvitations(page);
  const settingsBefore = await page.evaluate(() => chrome.storage.sync.get(null));

  await page.getByRole('link', { name: 'Backup' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^partner-invite-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8')) as {
    format: string;
    version: number;
    invitations: { id: string }[];
    settings: { profile: { companyName: string } };
  };
  expect(backup.format).toBe('partner-invite-backup');
  expect(backup.version).toBe(2);
  expect(backup.invitations.map((i) => i.id).sort()).toEqual([...ids].sort());
  expect(backup.settings.profile.companyName).toBe('Contoso IT Services');
  await expect(page.getByText('Backup downloaded with 3 invitations.')).toBeVisible();

  // Wipe: delete every invitation through the tracker, and clear the settings.
  await page.getByRole('link', { name: 'Invitations' }).click();
  await page.getByRole('checkbox', { name: 'Select every invitation on this page' }).check();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete 3' }).click();
  await expect(page.getByText('No invitations yet.')).toBeVisible();
  await page.evaluate(() => chrome.storage.sync.clear());
  expect(await storedInvitations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Backup' }).click();
  await page.getByLabel('Backup file').setInputFiles(file);
  const preview = page.getByTestId('backup-preview');
  await expect(preview).toContainText('3invitations to add');
  await expect(preview).toContainText('0invitations to update');
  await expect(preview).toContainText('will be replaced by the ones in the backup');
  expect(await storedInvitations(page)).toEqual([]); // the preview changed nothing
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added: 3. Updated: 0. Unchanged: 0.' })).toBeVisible();

  expect(await storedInvitations(page)).toEqual(before);
  expect(await page.evaluate(() => chrome.storage.sync.get(null))).toMatchObject({ profile: settingsBefore.profile });

  // Idempotent: the same file again adds and updates nothing.
  await page.getByLabel('Backup file').setInputFiles(file);
  await expect(preview).toContainText('3invitations already up to date');
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added: 0. Updated: 0. Unchanged: 3.' })).toBeVisible();
  expect(await storedInvitations(page)).toEqual(before);
});

for (const [name, content, reason] of [
  [
    'a Customers.csv',
    'Microsoft ID,Company name,Primary domain name,Relationship\r\n1,Fabrikam,fabrikam.com,Cloud Reseller\r\n',
    /This is a CSV file/,
  ],
  ['foreign JSON', '{"format":"something-else","version":1}', /not a Partner Invite backup/],
  [
    'a backup cut short',
    '{"format":"partner-invite-backup","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","settings":{"profile":null},"invitations":[{"id":"x"},{"id":',
    /damaged or was cut short/,
  ],
  ['a newer version', '{"format":"partner-invite-backup","version":9}', /newer version of Partner Invite/],
] as const) {
  test(`importing ${name} is refused with the reason and changes nothing`, async ({ openPage }) => {
    const page = await openPage('options', '#backup');
    await record(page, [{ name: 'Fabrikam Ltd', email: 'it@fabrikam.com' }]);
    const before = await storedInvitations(page);
    await page
      .getByLabel('Backup file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This backup cannot be imported');
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: 'Restore backup' })).toHaveCount(0);
    expect(await storedInvitations(page)).toEqual(before);
  });
}

test('a partner with settings and no invitations yet: the backup restores its settings on another profile', async ({
  openPage,
}) => {
  const page = await openPage('options');
  await saveProfile(page);
  await page.getByRole('link', { name: 'Backup' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = path.join(test.info().outputDir, (await downloading).suggestedFilename());
  await (await downloading).saveAs(file);
  expect((JSON.parse(await readFile(file, 'utf8')) as { invitations: unknown[] }).invitations).toEqual([]);

  await page.evaluate(() => chrome.storage.sync.clear());
  await page.getByLabel('Backup file').setInputFiles(file);
  await expect(page.getByTestId('backup-preview')).toContainText('0invitations to add');
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByText('Settings were restored from the backup.')).toBeVisible();
  expect((await page.evaluate(() => chrome.storage.sync.get('profile'))).profile).toMatchObject({
    companyName: 'Contoso IT Services',
  });
});

test('a backup made by the release before two-part invitations restores, every record with its meaning', async ({
  openPage,
}) => {
  const page = await openPage('options', '#backup');
  const file = path.resolve('tests/fixtures/today/backup-format-1.json');
  const written = JSON.parse(await readFile(file, 'utf8')) as { version: number; invitations: { status: string }[] };
  expect(written.version).toBe(1);
  await page.getByLabel('Backup file').setInputFiles(file);
  await expect(page.getByTestId('backup-preview')).toContainText(`${written.invitations.length}invitations to add`);
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added: 8. Updated: 0. Unchanged: 0.' })).toBeVisible();
  const stored = await storedInvitations(page);
  expect(stored).toHaveLength(written.invitations.length);
  for (const inv of written.invitations as Record<string, unknown>[]) {
    expect(stored.find((s) => s.id === inv.id)).toEqual({ ...inv, mainStatus: inv.status, gdap: null });
  }
});

test('a backup with planted links and impossible dates: those rows are listed with the reason, the rest is restored', async ({
  openPage,
}) => {
  const page = await openPage('options', '#backup');
  await record(page, [
    { name: 'Fabrikam Ltd', email: 'it@fabrikam.com' },
    { name: 'Contoso', email: 'it@contoso.example' },
    { name: 'Northwind', email: 'it@northwind.example' },
    { name: 'Tailspin', email: 'it@tailspin.example' },
  ]);
  const rows = await storedInvitations(page);
  const planted = [
    rows[0],
    { ...rows[1], link: 'javascript:alert(document.cookie)' },
    { ...rows[2], link: 'https://evil.example/Adminportal/Home?invType=ResellerRelationship' },
    { ...rows[3], updatedAt: 9e15 },
  ];
  const file = JSON.stringify({
    format: 'partner-invite-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    settings: {
      profile: null,
      defaults: { dap: false, language: 'en', firstFollowUpDays: 3, followUpEveryDays: 7 },
      templates: {},
      notifications: false,
    },
    invitations: planted,
  });
  // Restore into an empty database.
  await page.evaluate(
    (ids) => chrome.runtime.sendMessage({ type: 'invitation/delete', ids }),
    rows.map((r) => r.id),
  );
  await page
    .getByLabel('Backup file')
    .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const preview = page.getByTestId('backup-preview');
  await expect(preview).toContainText('1invitations to add');
  const refused = preview.getByRole('list', { name: 'Invitations not restored (3)' });
  await expect(refused.getByRole('listitem')).toHaveCount(3);
  await expect(refused).toContainText('Invitation 2');
  await expect(refused).toContainText('is not a Partner Center invitation link');
  await expect(refused).toContainText('Invitation 4');
  await expect(refused).toContainText('the date updatedAt is outside any possible range');
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added: 1. Updated: 0. Unchanged: 0.' })).toBeVisible();
  expect((await storedInvitations(page)).map((r) => r.id)).toEqual([rows[0]!.id]);
});
