import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportAll, openDb, putInvitations, restoreInvitations } from '../../../../src/platform/db';
import type { Invitation } from '../../../../src/core/invitation';
import { makeInvitation } from '../../../support/invitations';

const row = (i: number, updatedAt = 1_000): Invitation =>
  makeInvitation({ id: `r-${String(i).padStart(4, '0')}`, customerName: `Customer ${i}`, updatedAt });

describe('restoreInvitations', () => {
  it('adds what is missing, replaces only older copies, and a second run changes nothing', async () => {
    const db = await openDb('restore-1');
    const batch = Array.from({ length: 50 }, (_, i) => row(i));
    expect(await restoreInvitations(db, batch, true)).toEqual({ added: 50, updated: 0, unchanged: 0 });
    expect(await restoreInvitations(db, batch, true)).toEqual({ added: 0, updated: 0, unchanged: 50 });
    const newer = batch.map((r, i) => (i % 5 === 0 ? { ...r, updatedAt: 2_000, customerName: 'Newer' } : r));
    expect(await restoreInvitations(db, newer, true)).toEqual({ added: 0, updated: 10, unchanged: 40 });
    // An older copy never replaces a newer one.
    expect(await restoreInvitations(db, batch, true)).toEqual({ added: 0, updated: 0, unchanged: 50 });
    const stored = await exportAll(db);
    expect(stored.filter((r) => r.customerName === 'Newer')).toHaveLength(10);
    db.close();
  });

  it('gives the same counts when the batch is a few ids spread over many stored rows', async () => {
    const db = await openDb('restore-2');
    await putInvitations(
      db,
      Array.from({ length: 400 }, (_, i) => row(i)),
    );
    // Three ids far apart: the id range holds 400 stored rows, so each is looked up on its own.
    const sparse = [row(0, 500), row(399, 3_000), row(1000)];
    expect(await restoreInvitations(db, sparse, false)).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await exportAll(db)).length).toBe(400); // the preview wrote nothing
    expect(await restoreInvitations(db, sparse, true)).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await exportAll(db)).length).toBe(401);
    db.close();
  });
});
