// Restoring a backup through the worker: export -> wipe -> import gives the same data back,
// importing again changes nothing, and a broken or foreign file changes nothing and says why.
import { test, expect } from './harness';
import { readAllRows, sendFrom } from './tracker-helpers';
import { newInvitation } from '../support/invitations';

test('backup restore: same data back after a wipe, idempotent, broken files refused', async ({ openPage }) => {
  const page = await openPage('options');
  const ids: string[] = [];
  for (const name of ['Contoso', 'Fabrikam', 'Northwind', 'Società Alfa']) {
    const reply = await sendFrom(page, {
      type: 'invitation/record',
      invitation: newInvitation(name, { kind: name === 'Northwind' ? 'gdap' : 'reseller' }),
    });
    if (reply.ok) ids.push(String(reply.value.id));
  }
  await sendFrom(page, { type: 'invitation/act', ids: [ids[1]], action: 'accept', note: 'signed MCA' });
  const settings = {
    profile: null,
    defaults: { dap: false, language: 'it', firstFollowUpDays: 4, followUpEveryDays: 7 },
    templates: {},
    notifications: false,
  };
  const before = (await readAllRows(page)).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(before).toHaveLength(4);
  // The backup file as the options page writes it (core/backup makeBackup's shape).
  const file = JSON.stringify({
    format: 'partner-invite-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    settings,
    invitations: before,
  });

  // Broken and foreign files change nothing and say why.
  const broken = [
    [JSON.stringify(JSON.parse(file), null, 2).slice(0, file.length / 2), 'not JSON'], // a truncated download
    ['Microsoft ID,Company name,Primary domain name,Relationship\n', 'CSV'],
    [JSON.stringify({ hello: 'world' }), 'not a Partner Invite backup'],
    [file.replace('"customerName":"Contoso"', '"customerName":""'), 'Nothing was imported'],
  ] as const;
  for (const [text, reason] of broken) {
    const reply = await sendFrom(page, { type: 'backup/import', backup: text });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining(reason) });
  }
  expect(await readAllRows(page)).toHaveLength(4);

  // Wipe, then restore: everything back, field for field, and the settings applied.
  expect(await sendFrom(page, { type: 'invitation/delete', ids })).toEqual({ ok: true, value: { deleted: 4 } });
  expect(await readAllRows(page)).toEqual([]);
  expect(await sendFrom(page, { type: 'backup/import', backup: file })).toEqual({
    ok: true,
    value: { added: 4, updated: 0, unchanged: 0, settingsChanged: true },
  });
  expect((await readAllRows(page)).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(before);
  const stored = await page.evaluate(() => chrome.storage.sync.get(null));
  expect(stored).toMatchObject({ defaults: { language: 'it', firstFollowUpDays: 4 } });

  // The same file again: nothing to do.
  expect(await sendFrom(page, { type: 'backup/import', backup: file })).toEqual({
    ok: true,
    value: { added: 0, updated: 0, unchanged: 4, settingsChanged: false },
  });
  // A record changed since the backup (newer updatedAt) is not overwritten by the older copy.
  await sendFrom(page, { type: 'invitation/act', ids: [ids[0]], action: 'cancel' });
  expect(await sendFrom(page, { type: 'backup/import', backup: file })).toMatchObject({
    ok: true,
    value: { added: 0, updated: 0, unchanged: 4 },
  });
  expect((await readAllRows(page)).find((r) => r.id === ids[0])?.status).toBe('cancelled');
});

test('a backup whose settings storage refuses imports nothing: settings are saved before the invitations', async ({
  openPage,
}) => {
  const page = await openPage('options');
  const reply = await sendFrom(page, { type: 'invitation/record', invitation: newInvitation('Contoso') });
  expect(reply.ok).toBe(true);
  const rows = await readAllRows(page);
  expect(await sendFrom(page, { type: 'invitation/delete', ids: rows.map((r) => r.id) })).toEqual({
    ok: true,
    value: { deleted: 1 },
  });
  // A valid template (under the schema's 20,000 characters) that storage.sync still refuses:
  // a control character is 6 bytes of JSON (\u0001), so this is over its 100 KB in total.
  const settings = {
    profile: null,
    defaults: { dap: false, language: 'en', firstFollowUpDays: 3, followUpEveryDays: 7 },
    templates: { en: { subject: 'Invitation', body: `${'\u0001'.repeat(19_000)}{{link}}` } },
    notifications: false,
  };
  const file = JSON.stringify({
    format: 'partner-invite-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    settings,
    invitations: rows,
  });
  expect(await sendFrom(page, { type: 'backup/import', backup: file })).toEqual({
    ok: false,
    error: expect.stringMatching(/quota/i),
  });
  // The refusal came before any write: the invitation was not imported either.
  expect(await readAllRows(page)).toEqual([]);
});
