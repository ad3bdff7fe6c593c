// Records written before an invitation's two parts were tracked apart (IndexedDB version 2,
// backup format 1), read as today's Invitation. Pure and per row, so the database upgrade and
// the backup reader apply the same rule.
import type { Invitation } from './invitation';

/** A record as IndexedDB version 2 and backup format 1 hold it: no mainStatus, no GDAP part. */
export type V2Invitation = Omit<Invitation, 'mainStatus' | 'gdap'> & Partial<Pick<Invitation, 'mainStatus' | 'gdap'>>;

/**
 * A version 2 record as a version 3 one: it was one part only (its `kind`), so that part's
 * status is the record's and there is no GDAP part. Fields it does not know are kept, and a
 * record that is already version 3 comes back unchanged.
 */
export function upgradeV2Record(row: V2Invitation): Invitation {
  return { ...row, mainStatus: row.mainStatus ?? row.status, gdap: row.gdap ?? null };
}
