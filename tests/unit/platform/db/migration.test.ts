import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  countDue,
  countPending,
  countQuarantined,
  exportAll,
  openDb,
  pendingPage,
  quarantinePage,
  searchInvitations,
} from '../../../../src/platform/db';
import { ROW_UPGRADES, migrateV1Record, upgradeRow, type V1Invitation } from '../../../../src/platform/db/migrations';
import { makeInvitation } from '../../../support/invitations';
import { createV1Database, v1BadRows } from '../../../fixtures/v1-database';

/** Rows as the version 1 code wrote them: ISO `nextFollowUp`, no dueAt, no history. */
function v1Row(over: Partial<V1Invitation>): V1Invitation {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { dueAt, history, ...base } = makeInvitation();
  return { ...base, nextFollowUp: null, ...over };
}

const createV1 = (name: string, rows: unknown[]) => createV1Database({ name, rows });

describe('database migration v1 -> v2', () => {
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
    expect(db.version).toBeGreaterThanOrEqual(2);
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
      const req = indexedDB.open('migrate-2', 99); // would block forever if the open connection stayed
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
    expect(() => db.transaction('invitations')).toThrow(); // our handle was closed
    // The cached handle was forgotten: a new open really runs (and this code cannot open v99).
    await expect(openDb('migrate-2')).rejects.toMatchObject({ name: 'VersionError' });
  });
});
