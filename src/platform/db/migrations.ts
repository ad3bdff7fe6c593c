// Upgrade steps, one per schema version. Each step turns the previous version's shape into
// the next, so a database made by any earlier release opens without loss.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HistoryEvent, InvitationStatus } from '../../core/invitation';
import { upgradeV2Record, type V2Invitation } from '../../core/record-upgrade';
import { STORE, toStored, type InviteDB } from './schema';

/**
 * Version 1 (first release): follow-up date as an ISO string `nextFollowUp`, no `dueAt`,
 * no history; indexes `status` and `updatedAt` only, so "due" needed a scan.
 */
export type V1Invitation = Omit<V2Invitation, 'dueAt' | 'history'> & { nextFollowUp: string | null };

const STATUS_EVENT: Record<InvitationStatus, HistoryEvent['event'] | null> = {
  pending: null,
  accepted: 'accepted',
  cancelled: 'cancelled',
  expired: 'expired',
};

/** A v1 row as a v2 Invitation. Unknown fields are kept: a row is never dropped for its shape. */
export function migrateV1Record(row: V1Invitation): V2Invitation {
  const { nextFollowUp, ...rest } = row;
  const parsed = typeof nextFollowUp === 'string' ? Date.parse(nextFollowUp) : NaN;
  const dueAt = row.status === 'pending' && Number.isFinite(parsed) ? parsed : null;
  const history: HistoryEvent[] = [{ at: row.createdAt, event: 'created' }];
  const last = STATUS_EVENT[row.status];
  if (last) history.push({ at: row.updatedAt, event: last });
  return { ...rest, dueAt, history };
}

type UpgradeTx = IDBPTransaction<InviteDB, StoreNames<InviteDB>[], 'versionchange'>;

/** Runs inside the versionchange transaction; awaits only IndexedDB requests. */
export async function upgrade(db: IDBPDatabase<InviteDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  // Older versions are untyped: their index names and row shapes are not the current schema's.
  const rawDb = db as unknown as IDBPDatabase;
  if (oldVersion < 1) {
    const store = rawDb.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex('status', 'status');
    store.createIndex('updatedAt', 'updatedAt');
  }
  if (oldVersion < 2) {
    const store = tx.objectStore(STORE);
    (store as unknown as { deleteIndex(name: string): void }).deleteIndex('status');
    store.createIndex('status-dueAt', ['status', 'dueKey']);
    store.createIndex('terms', 'terms', { multiEntry: true });
    store.createIndex('pendingExpiry', 'pendingExpiry');
    let cursor = await store.openCursor();
    while (cursor) {
      const row = cursor.value as unknown as V1Invitation;
      await cursor.update(toStored(upgradeV2Record(migrateV1Record(row))));
      cursor = await cursor.continue();
    }
  }
  if (oldVersion >= 2 && oldVersion < 3) {
    // Reseller acceptance and GDAP approval tracked apart: every row gets its main part's status.
    // toStored also recomputes the search terms, which now read legal forms in any spelling.
    // (A version 1 database got that shape in the step above.)
    const store = tx.objectStore(STORE);
    let cursor = await store.openCursor();
    while (cursor) {
      const row = cursor.value as unknown as V2Invitation;
      await cursor.update(toStored(upgradeV2Record(row)));
      cursor = await cursor.continue();
    }
  }
}
