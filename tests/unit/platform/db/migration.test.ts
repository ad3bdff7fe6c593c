import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countDue,
  countPending,
  countQuarantined,
  DB_VERSION,
  expireOverdue,
  exportAll,
  openDb,
  pendingPage,
  quarantinePage,
  searchInvitations,
} from '../../../../src/platform/db';
import { invitationSchema, type Invitation } from '../../../../src/core/invitation';
import { expireIfNeeded } from '../../../../src/core/lifecycle';
import { upgradeV2Record } from '../../../../src/core/record-upgrade';
import { createV2Database } from '../../../fixtures/v2-database';
import { ROW_UPGRADES, migrateV1Record, upgradeRow, type V1Invitation } from '../../../../src/platform/db/migrations';
import { toStored, type StoredInvitation } from '../../../../src/platform/db/schema';
import { makeInvitation } from '../../../support/invitations';
import { createV1Database, v1BadRows } from '../../../fixtures/v1-database';

/** Rows as the version 1 code wrote them: ISO `nextFollowUp`, no dueAt, no history. */
function v1Row(over: Partial<V1Invitation>): V1Invitation {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { dueAt, history, ...base } = makeInvitation();
  return { ...base, nextFollowUp: null, ...over };
}

const createV1 = (name: string, rows: unknown[]) => createV1Database({ name, rows });

describe('database migration v1 -> current', () => {
  const rows: V1Invitation[] = [
    v1Row({
      id: 'p1',
      customerName: 'Contoso',
      nextFollowUp: '2026-01-02T10:00:00.000Z',
      createdAt: 100,
      updatedAt: 100,
    }),
    v1Row({ id: 'p2', nextFollowUp: '2030-06-01T00:00:00.000Z', kind: 'gdap', expiresAt: 9_000 }),
    v1Row({ id: 'p3', nextFollowUp: 'garbage' }),
    v1Row({ id: 'a1', status: 'accepted', createdAt: 100, updatedAt: 700 }),
    v1Row({ id: 'c1', status: 'cancelled', nextFollowUp: '2026-01-01T00:00:00.000Z' }),
  ];

  it('opens a version 1 database with data and keeps every record, field and meaning', async () => {
    await createV1('migrate-1', rows);
    const db = await openDb('migrate-1');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('invitations').store.indexNames].sort()).toEqual([
      'pendingExpiry',
      'status-dueAt',
      'terms',
      'updatedAt',
    ]);

    const all = await exportAll(db);
    expect(all.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const row of rows) {
      const migrated = all.find((r) => r.id === row.id)!;
      // Every v1 field survives unchanged except the follow-up date, which becomes dueAt.
      const { nextFollowUp: _drop, ...kept } = row;
      expect(migrated).toMatchObject(kept);
      expect(migrated.history[0]).toEqual({ at: row.createdAt, event: 'created' });
    }
    expect(all.find((r) => r.id === 'p1')?.dueAt).toBe(Date.parse('2026-01-02T10:00:00.000Z'));
    expect(all.find((r) => r.id === 'p3')?.dueAt).toBeNull(); // unreadable date: kept pending, no date
    expect(all.find((r) => r.id === 'a1')?.history).toEqual([
      { at: 100, event: 'created' },
      { at: 700, event: 'accepted' },
    ]);
    expect(all.find((r) => r.id === 'c1')?.dueAt).toBeNull();

    // The new indexes serve the migrated rows.
    expect(await countPending(db)).toBe(3);
    expect(await countDue(db, Date.parse('2027-01-01T00:00:00.000Z'))).toBe(1);
    expect((await pendingPage(db, { limit: 10 })).rows.map((r) => r.id)).toEqual(['p1', 'p2', 'p3']);
    expect((await searchInvitations(db, { text: 'contoso', limit: 10 })).rows.map((r) => r.id)).toEqual(['p1']);
    db.close();
  });

  it('migrateV1Record turns the ISO date into dueAt only for pending rows', () => {
    expect(migrateV1Record(v1Row({ status: 'pending', nextFollowUp: '1970-01-01T00:00:01.000Z' })).dueAt).toBe(1000);
    expect(
      migrateV1Record(v1Row({ status: 'expired', nextFollowUp: '1970-01-01T00:00:01.000Z', updatedAt: 5 })).history.at(
        -1,
      ),
    ).toEqual({ at: 5, event: 'expired' });
  });

  it('keeps a row that cannot be upgraded in quarantine, with its reason, and upgrades all the others', async () => {
    // A v1 row without customerDomain (older records had none) is upgraded, not refused.

    const { customerDomain: _none, ...noDomain } = v1Row({ id: 'no-domain', nextFollowUp: '2026-01-02T10:00:00.000Z' });
    const good = v1Row({ id: 'good', nextFollowUp: '2026-01-02T10:00:00.000Z' });
    const bad = v1BadRows(v1Row({ nextFollowUp: null }));
    await createV1('migrate-quarantine', [good, noDomain, ...bad]);
    const db = await openDb('migrate-quarantine');
    expect(db.version).toBeGreaterThanOrEqual(3);
    const all = await exportAll(db);
    expect(all.map((r) => r.id).sort()).toEqual(['good', 'no-domain']);
    expect(all.find((r) => r.id === 'no-domain')).toMatchObject({ customerDomain: '', status: 'pending' });
    expect(await countPending(db)).toBe(2);
    // Every bad row is kept as it was, with the version it came from and why it was not upgraded.
    expect(await countQuarantined(db)).toBe(bad.length);
    const kept = (await quarantinePage(db, { limit: 50 })).rows;
    expect(kept.map((q) => q.id).sort()).toEqual(bad.map((r) => String(r.id)).sort());
    for (const q of kept) {
      const original = bad.find((r) => r.id === q.id)!;
      expect(q.row).toEqual(JSON.parse(JSON.stringify(original)));
      expect(q.fromVersion).toBe(1);
      expect(q.reason).not.toBe('');
    }
    expect(kept.find((q) => q.id === 'bad-status')?.reason).toMatch(/^status: /);
    expect(kept.find((q) => q.id === 'no-email')?.reason).toMatch(/^customerEmail: /);
    db.close();
  });

  it('a row upgrade is a pure function per version: later steps run after earlier ones, a throw quarantines', () => {
    const v1 = v1Row({ id: 'r', customerName: 'Old Name', nextFollowUp: null });
    const rename = { version: 3, upgrade: (row: Record<string, unknown>) => ({ ...row, customerName: 'New Name' }) };
    const refuse = {
      version: 4,
      upgrade: () => {
        throw new Error('cannot split');
      },
    };
    expect(upgradeRow(v1, 1, [...ROW_UPGRADES, rename])).toMatchObject({
      ok: true,
      value: { id: 'r', customerName: 'New Name', history: [{ event: 'created' }] },
    });
    // A row already at version 2 skips the v1 step.
    const v2 = { ...makeInvitation({ id: 'r2' }), customerName: 'Two' };
    expect(upgradeRow(v2, 2, [...ROW_UPGRADES, rename])).toMatchObject({
      ok: true,
      value: { customerName: 'New Name' },
    });
    expect(upgradeRow(v2, 2, [...ROW_UPGRADES, rename, refuse])).toEqual({
      ok: false,
      reason: 'upgrade to version 4 failed: Error: cannot split',
    });
  });

  it('closes its connection when another context needs a newer version, and reopens on next use', async () => {
    const db = await openDb('migrate-2');
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('migrate-2', DB_VERSION + 1); // would block forever if the open connection stayed
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
    expect(() => db.transaction('invitations')).toThrow(); // our handle was closed
    // The cached handle was forgotten: a new open really runs (and this code cannot open a newer version).
    await expect(openDb('migrate-2')).rejects.toMatchObject({ name: 'VersionError' });
  });
});

describe('database migration v2 -> v3 (search terms with legal forms)', () => {
  // Version 2 split "S.p.A." into single letters and knew no legal forms.
  const v2Row = (over: Parameters<typeof makeInvitation>[0], terms: string[]): StoredInvitation => ({
    ...toStored(makeInvitation(over)),
    terms,
  });
  const rows = [
    v2Row({ id: 'spa', customerName: 'Contoso S.p.A.', customerEmail: 'it@contoso.it', customerDomain: 'contoso.it' }, [
      'contoso',
      's',
      'p',
      'a',
      'contoso.it',
      'it@contoso.it',
    ]),
    v2Row({ id: 'ltd', customerName: 'Northwind Limited', status: 'accepted', dueAt: null }, ['northwind', 'limited']),
  ];

  it("computes every row's terms again, and changes nothing else", async () => {
    await createV2Database({ name: 'migrate-v2', rows });
    const db = await openDb('migrate-v2');
    expect(db.version).toBe(DB_VERSION);
    const ids = async (text: string) => (await searchInvitations(db, { text, limit: 10 })).rows.map((r) => r.id);
    expect(await ids('spa')).toEqual(['spa']);
    expect(await ids('Contoso S.p.A.')).toEqual(['spa']);
    expect(await ids('ltd')).toEqual(['ltd']);
    const all = await exportAll(db);
    for (const row of rows) {
      const { dueKey: _k, terms: _t, pendingExpiry: _p, ...fields } = row;
      expect(all.find((r) => r.id === row.id)).toEqual({ ...fields, mainStatus: fields.status, gdap: null });
    }
    db.close();
  });
});

describe('database migration v2 -> v3 (reseller and GDAP parts tracked apart)', () => {
  const today = JSON.parse(
    readFileSync(path.resolve('tests/fixtures/today/database-v2-rows.json'), 'utf8'),
  ) as (Invitation & { dueKey: number | null; terms: string[]; pendingExpiry?: number })[];

  it("opens today's database and keeps every record, with its status as its main part's and no GDAP part", async () => {
    await createV2Database({ name: 'migrate-3', rows: today });
    const db = await openDb('migrate-3');
    expect(db.version).toBe(3);
    const all = await exportAll(db);
    expect(all).toHaveLength(today.length);
    for (const row of today) {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { dueKey, terms, pendingExpiry, ...before } = row;
      const after = all.find((r) => r.id === row.id);
      expect(after).toEqual({ ...before, mainStatus: before.status, gdap: null });
      expect(invitationSchema.safeParse(after).success).toBe(true);
    }
    // The indexes serve the upgraded rows as before: pending in due order, search, the GDAP-only expiry.
    const pending = today.filter((r) => r.status === 'pending');
    expect(await countPending(db)).toBe(pending.length);
    expect((await pendingPage(db, { limit: 50 })).rows.map((r) => r.id)).toEqual(
      [...pending].sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity)).map((r) => r.id),
    );
    expect((await searchInvitations(db, { text: 'northwind', limit: 5 })).rows.map((r) => r.customerName)).toEqual([
      'Northwind Traders',
    ]);
    const litware = today.find((r) => r.customerName === 'Litware')!;
    const expired = await expireOverdue(db, litware.expiresAt! + 1, (inv) =>
      expireIfNeeded(inv, litware.expiresAt! + 1),
    );
    expect(expired.map((r) => [r.customerName, r.status, r.mainStatus])).toEqual([['Litware', 'expired', 'expired']]);
    db.close();
  });

  it('upgradeV2Record is the identity on a version 3 record', () => {
    const v3 = upgradeV2Record(today[0]!);
    expect(upgradeV2Record(v3)).toEqual(v3);
    const accepted = today.find((r) => r.status === 'accepted')!;
    expect(upgradeV2Record(accepted)).toMatchObject({ status: 'accepted', mainStatus: 'accepted', gdap: null });
  });
});
