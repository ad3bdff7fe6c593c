// Databases written by earlier schemas (version 1, and today's version 2) are upgraded by the worker without loss.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness';
import { readAllRows, sendFrom } from './tracker-helpers';
import { DIRECT_NO_DAP as LINK } from '../fixtures/links';
import { createV1Database, v1BadRows } from '../fixtures/v1-database';
import { createV2Database } from '../fixtures/v2-database';

const DAY = 86_400_000;

test('the worker upgrades a version 1 database with data to the current version and loses nothing; rows it cannot upgrade are kept apart and listed', async ({
  openPage,
}) => {
  const page = await openPage('options');
  const now = Date.now();
  const base = {
    customerEmail: 'admin@customer.example',
    customerDomain: 'customer.example',
    customerCountry: 'IT',
    cloud: 'public',
    dap: false,
    kind: 'reseller',
    link: LINK,
    language: 'it',
    subject: 'Invito',
    body: `Gentile cliente: ${LINK}`,
    expiresAt: null,
    followUps: 0,
  };
  // Version 1 rows: follow-up date as an ISO string, no dueAt, no history.
  const v1Rows = [
    {
      ...base,
      id: 'overdue',
      customerName: 'Contoso',
      status: 'pending',
      createdAt: now - 10 * DAY,
      updatedAt: now - 10 * DAY,
      nextFollowUp: new Date(now - 3 * DAY).toISOString(),
    },
    {
      ...base,
      id: 'later',
      customerName: 'Fabrikam',
      status: 'pending',
      createdAt: now - DAY,
      updatedAt: now - DAY,
      nextFollowUp: new Date(now + 5 * DAY).toISOString(),
      followUps: 2,
    },
    {
      ...base,
      id: 'gdap',
      customerName: 'Northwind',
      kind: 'gdap',
      status: 'pending',
      createdAt: now - 2 * DAY,
      updatedAt: now - 2 * DAY,
      expiresAt: now + 88 * DAY,
      nextFollowUp: new Date(now - DAY).toISOString(),
    },
    {
      ...base,
      id: 'won',
      customerName: 'Tailspin',
      status: 'accepted',
      createdAt: now - 30 * DAY,
      updatedAt: now - 20 * DAY,
      nextFollowUp: null,
    },
  ];

  // Replace the database the worker created at install with one written the way version 1 did.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('partner-invite'); // the worker closes its connection on versionchange
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error ?? new Error('IndexedDB request failed'));
      }),
  );
  // Rows no upgrade can make valid: before, one of them aborted the upgrade for good.
  const badRows = v1BadRows({ ...v1Rows[0], id: 'x' });
  await page.evaluate(createV1Database, { name: 'partner-invite', rows: [...v1Rows, ...badRows] });

  // The worker opens it on the next message, runs the upgrade, and counts due follow-ups from the new index.
  expect(await sendFrom(page, { type: 'badge/refresh' })).toEqual({ ok: true, value: { due: 2 } });

  const info = await page.evaluate(
    () =>
      new Promise<{ version: number; indexes: string[]; quarantined: { id: string; reason: string }[] }>((resolve) => {
        const req = indexedDB.open('partner-invite');
        req.onsuccess = () => {
          const db = req.result;
          const indexes = [...db.transaction('invitations').objectStore('invitations').indexNames];
          const all = db.transaction('quarantine').objectStore('quarantine').getAll();
          all.onsuccess = () => {
            db.close();
            resolve({ version: db.version, indexes, quarantined: all.result as { id: string; reason: string }[] });
          };
        };
      }),
  );
  expect(info.version).toBe(3);
  expect(info.indexes).toEqual(['pendingExpiry', 'status-dueAt', 'terms', 'updatedAt']);
  expect(info.quarantined.map((q) => q.id).sort()).toEqual(badRows.map((r) => String(r.id)).sort());

  // The options page lists them, with the reason, and says they are kept and backed up.
  const options = await openPage('options', '#backup');
  const list = options.getByRole('list', { name: 'Records that could not be upgraded' });
  await expect(list.getByRole('listitem')).toHaveCount(badRows.length);
  await expect(list.getByRole('listitem').filter({ hasText: 'bad-status' })).toContainText('status:');

  const rows = await readAllRows(page);
  expect(rows).toHaveLength(v1Rows.length);
  for (const old of v1Rows) {
    const row = rows.find((r) => r.id === old.id);
    const { nextFollowUp, ...kept } = old;
    expect(row, old.id).toMatchObject(kept);
    expect(row?.dueAt).toBe(old.status === 'pending' && nextFollowUp ? Date.parse(nextFollowUp) : null);
    expect(row?.history[0]).toMatchObject({ event: 'created' });
  }

  // And the upgraded records work with the lifecycle: accepting the overdue one lowers the count.
  expect(await sendFrom(page, { type: 'invitation/act', ids: ['overdue'], action: 'accept' })).toEqual({
    ok: true,
    value: { changed: 1 },
  });
  expect(await sendFrom(page, { type: 'badge/refresh' })).toEqual({ ok: true, value: { due: 1 } });
});

test("today's database (version 2) is upgraded by the worker: every record kept, its status its main part's", async ({
  openPage,
}) => {
  const page = await openPage('options');
  const todayRows = JSON.parse(
    await readFile(path.resolve('tests/fixtures/today/database-v2-rows.json'), 'utf8'),
  ) as (Record<string, unknown> & { id: string; status: string; dueKey: number | null })[];
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('partner-invite');
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error ?? new Error('IndexedDB request failed'));
      }),
  );
  await page.evaluate(createV2Database, { name: 'partner-invite', rows: todayRows });

  // The worker opens it on the next message and upgrades it; the badge counts from the new rows.
  const due = await sendFrom(page, { type: 'badge/refresh' });
  expect(due.ok).toBe(true);
  const rows = (await readAllRows(page)) as unknown as Record<string, unknown>[];
  expect(rows).toHaveLength(todayRows.length);
  for (const old of todayRows) {
    const row = rows.find((r) => r.id === old.id);
    const { dueKey: _dueKey, terms: _terms, pendingExpiry: _expiry, ...kept } = old;
    expect(row, old.id).toMatchObject({ ...kept, mainStatus: old.status, gdap: null });
  }
  // The options page lists them, with the GDAP-only ones shown as such.
  await page.goto(page.url().replace(/#.*$/, '') + '#tracker');
  const table = page.getByRole('table', { name: 'Invitations' });
  await expect(table.getByRole('row')).toHaveCount(todayRows.length + 1);
  await expect(table.getByRole('row', { name: /Litware/ })).toContainText('Pending');
});
