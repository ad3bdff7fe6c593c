// Upgrades of the database, one schema version at a time. Two kinds of steps:
// - structural ones (stores, indexes) in upgrade(), by `if (oldVersion < N)`;
// - row upgrades: a small pure function per version that turns one row of the previous
//   version's shape into the next (ROW_UPGRADES). Every row goes through the steps it needs in
//   one pass, is checked against the current invitation schema, and is stored with its index
//   fields recomputed (toStored). A row that a step throws on or that is still invalid is kept
//   as it was in the `quarantine` store with the reason, never dropped, and never aborts the
//   upgrade: one bad row must not leave the whole database unreadable.
// To add a step: bump DB_VERSION (schema.ts) and append { version, upgrade } here. A step that
// only needs the index fields recomputed (search terms, say) is `(row) => row`.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { invitationSchema, type HistoryEvent, type Invitation, type InvitationStatus } from '../../core/invitation';
import { upgradeV2Record, type V2Invitation } from '../../core/record-upgrade';
import { DB_VERSION, QUARANTINE, STORE, toStored, type InviteDB, type QuarantinedRow } from './schema';

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

/** A v1 row as a v2 one. Unknown fields are kept: a row is never dropped for its shape. */
export function migrateV1Record(row: V1Invitation): V2Invitation {
  const { nextFollowUp, ...rest } = row;
  const parsed = typeof nextFollowUp === 'string' ? Date.parse(nextFollowUp) : NaN;
  const dueAt = row.status === 'pending' && Number.isFinite(parsed) ? parsed : null;
  const history: HistoryEvent[] = [{ at: row.createdAt, event: 'created' }];
  const last = STATUS_EVENT[row.status];
  if (last) history.push({ at: row.updatedAt, event: last });
  return { ...rest, dueAt, history };
}

type Row = Record<string, unknown>;
/** One row upgrade: from the shape of `version - 1` to the shape of `version`. Pure; throws to refuse a row. */
export type RowUpgrade = { version: number; upgrade: (row: Row) => Row };

export const ROW_UPGRADES: readonly RowUpgrade[] = [
  { version: 2, upgrade: (row) => migrateV1Record(row as unknown as V1Invitation) },
  // Reseller acceptance and GDAP approval tracked apart (core/record-upgrade.ts); toStored also
  // recomputes the search terms, which now read legal forms in any spelling.
  { version: 3, upgrade: (row) => upgradeV2Record(row as unknown as V2Invitation) },
];

export type RowOutcome = { ok: true; value: Invitation } | { ok: false; reason: string };

/** Run the steps after `fromVersion` on one row and check the result. Pure. */
export function upgradeRow(raw: unknown, fromVersion: number, steps: readonly RowUpgrade[] = ROW_UPGRADES): RowOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  let row = raw as Row;
  for (const step of steps) {
    if (step.version <= fromVersion) continue;
    try {
      row = step.upgrade(row);
    } catch (error) {
      return { ok: false, reason: `upgrade to version ${step.version} failed: ${String(error)}` };
    }
  }
  const parsed = invitationSchema.safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: issue ? `${issue.path.join('.') || 'row'}: ${issue.message}` : 'invalid' };
  }
  // Unknown fields are kept; the schema's defaults fill what older rows lack (customerDomain '').
  return { ok: true, value: { ...row, ...parsed.data } };
}

type UpgradeTx = IDBPTransaction<InviteDB, StoreNames<InviteDB>[], 'versionchange'>;

/** Runs inside the versionchange transaction; awaits only IndexedDB requests. */
export async function upgrade(
  db: IDBPDatabase<InviteDB>,
  oldVersion: number,
  tx: UpgradeTx,
  now: number = Date.now(),
): Promise<void> {
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
  }
  if (oldVersion < 3) db.createObjectStore(QUARANTINE, { keyPath: 'key' });

  // A new database has no rows; an existing one goes through the row steps it has not had.
  if (oldVersion < 1 || !ROW_UPGRADES.some((s) => s.version > oldVersion)) return;
  const quarantine = tx.objectStore(QUARANTINE);
  let cursor = await tx.objectStore(STORE).openCursor();
  while (cursor) {
    const outcome = upgradeRow(cursor.value, oldVersion);
    if (outcome.ok) await cursor.update(toStored(outcome.value));
    else {
      const id = cursor.primaryKey; // the row's id: the store's key path
      const kept: QuarantinedRow = {
        key: `${oldVersion}:${id}`,
        id,
        fromVersion: oldVersion,
        toVersion: DB_VERSION,
        reason: outcome.reason,
        at: now,
        row: cursor.value,
      };
      await quarantine.put(kept);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
}
