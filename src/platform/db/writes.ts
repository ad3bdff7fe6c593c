// Writes. The service worker calls these (pages send messages), so validation and the badge
// update live in one place; the one exception is a backup restore, which the options page runs
// itself batch by batch (options/backup-restore.ts: a 100,000-invitation file does not fit a
// runtime message) and then asks the worker to recount the badge. One transaction per user
// action; imports in batches.
import type { Invitation } from '../../core/invitation';
import type { IDBPTransaction } from 'idb';
import { fromStored, STORE, toStored, type InviteDatabase, type InviteDB, type StoredInvitation } from './schema';

const IMPORT_BATCH = 2000;
const EXPORT_BATCH = 2000;

/** Store these records (insert or replace) in one transaction. */
export async function putInvitations(db: InviteDatabase, records: readonly Invitation[]): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  for (const r of records) void tx.store.put(toStored(r));
  await tx.done;
}

/**
 * Store `record` under its id, in one transaction: written when the id is new ('created'); when
 * it is already stored, `again` (synchronous) gives the stored record's replacement ('updated')
 * or null to leave it ('unchanged'). A retried or repeated record never makes a second one.
 */
export async function recordInvitation(
  db: InviteDatabase,
  record: Invitation,
  again: (stored: Invitation) => Invitation | null,
): Promise<'created' | 'updated' | 'unchanged'> {
  const tx = db.transaction(STORE, 'readwrite');
  const stored = await tx.store.get(record.id);
  const next = stored ? again(fromStored(stored)) : record;
  if (next) await tx.store.put(toStored(next));
  await tx.done;
  return !stored ? 'created' : next ? 'updated' : 'unchanged';
}

/**
 * Read-modify-write in one transaction: `change` (synchronous, no other I/O may run inside
 * a transaction) returns the new record, or null to leave it. Returns the changed records.
 */
export async function updateInvitations(
  db: InviteDatabase,
  ids: readonly string[],
  change: (inv: Invitation) => Invitation | null,
): Promise<Invitation[]> {
  const tx = db.transaction(STORE, 'readwrite');
  const changed: Invitation[] = [];
  await Promise.all(
    ids.map(async (id) => {
      const row = await tx.store.get(id);
      if (!row) return;
      const next = change(fromStored(row));
      if (next) {
        changed.push(next);
        await tx.store.put(toStored(next));
      }
    }),
  );
  await tx.done;
  return changed;
}

/** Bulk insert/replace in batches of IMPORT_BATCH, each committed with strict durability (flushed to disk). */
export async function importInvitations(
  db: InviteDatabase,
  records: readonly Invitation[],
  batch = IMPORT_BATCH,
): Promise<number> {
  for (let start = 0; start < records.length; start += batch) {
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    for (const r of records.slice(start, start + batch)) void tx.store.put(toStored(r));
    await tx.done;
  }
  return records.length;
}

export type RestoreCounts = { added: number; updated: number; unchanged: number };

/**
 * A restore batch in one transaction: a record not stored yet is added, a stored one is replaced
 * only when the incoming copy is newer (updatedAt), anything else is left as it is, so restoring
 * the same file again changes nothing. With `write` false nothing is written (the preview).
 */
export async function restoreInvitations(
  db: InviteDatabase,
  records: readonly Invitation[],
  write: boolean,
): Promise<RestoreCounts> {
  const counts: RestoreCounts = { added: 0, updated: 0, unchanged: 0 };
  // Default durability: a batch lost to a power cut before the disk flush is restored by running
  // the restore again (it is idempotent), and a flush per batch is not paid 20 times over.
  const tx = db.transaction(STORE, write ? 'readwrite' : 'readonly');
  const stored = await storedVersions(tx.store, records);
  records.forEach((record) => {
    const old = stored.get(record.id);
    if (old !== undefined && record.updatedAt <= old) {
      counts.unchanged += 1;
      return;
    }
    if (old === undefined) counts.added += 1;
    else counts.updated += 1;
    if (write)
      void (tx as unknown as IDBPTransaction<InviteDB, ['invitations'], 'readwrite'>).store.put(toStored(record));
  });
  await tx.done;
  return counts;
}

/**
 * The stored updatedAt of each record of a restore batch that is stored already. A backup lists
 * rows by id, so a batch spans a narrow id range: when that range holds few rows besides the
 * batch's, one read of the range (none at all into an empty database) replaces one read per row,
 * each of which is a round trip to the browser's database process.
 */
async function storedVersions(
  store: {
    count(range: IDBKeyRange): Promise<number>;
    getAll(range: IDBKeyRange): Promise<StoredInvitation[]>;
    get(id: string): Promise<StoredInvitation | undefined>;
  },
  records: readonly Invitation[],
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  if (records.length === 0) return found;
  let lo = records[0]!.id;
  let hi = lo;
  for (const r of records) {
    if (r.id < lo) lo = r.id;
    if (r.id > hi) hi = r.id;
  }
  const range = IDBKeyRange.bound(lo, hi);
  const inRange = await store.count(range);
  if (inRange <= 2 * records.length) {
    if (inRange > 0) for (const row of await store.getAll(range)) found.set(row.id, row.updatedAt);
    return found;
  }
  const rows = await Promise.all(records.map((r) => store.get(r.id)));
  for (const row of rows) if (row) found.set(row.id, row.updatedAt);
  return found;
}

/** Delete these ids in one transaction; returns how many existed. */
export async function deleteInvitations(db: InviteDatabase, ids: readonly string[]): Promise<number> {
  const tx = db.transaction(STORE, 'readwrite');
  const found = await Promise.all(ids.map((id) => tx.store.getKey(id)));
  for (const id of ids) void tx.store.delete(id);
  await tx.done;
  return found.filter((k) => k !== undefined).length;
}

/**
 * Apply `expire` to every pending record whose expiry time has passed, through the sparse
 * `pendingExpiry` index (only pending rows with an expiry are in it). Returns the changed records.
 */
export async function expireOverdue(
  db: InviteDatabase,
  now: number,
  expire: (inv: Invitation) => Invitation,
): Promise<Invitation[]> {
  const tx = db.transaction(STORE, 'readwrite');
  const changed: Invitation[] = [];
  let cursor = await tx.store.index('pendingExpiry').openCursor(IDBKeyRange.upperBound(now));
  while (cursor) {
    const next = expire(fromStored(cursor.value));
    changed.push(next);
    await cursor.update(toStored(next));
    cursor = await cursor.continue();
  }
  await tx.done;
  return changed;
}

/**
 * Every record, by id, `EXPORT_BATCH` at a time, each batch its own short transaction so the
 * consumer may do other work (encode, write a file) between batches.
 */
export async function* exportBatches(db: InviteDatabase, batch = EXPORT_BATCH): AsyncGenerator<Invitation[]> {
  let range: IDBKeyRange | undefined;
  for (;;) {
    const rows = await db.getAll(STORE, range, batch);
    if (rows.length === 0) return;
    yield rows.map(fromStored);
    if (rows.length < batch) return;
    range = IDBKeyRange.lowerBound(rows[rows.length - 1]!.id, true);
  }
}

/** Every record, by id (for the backup file). */
export async function exportAll(db: InviteDatabase): Promise<Invitation[]> {
  const all: Invitation[] = [];
  for await (const rows of exportBatches(db)) for (const r of rows) all.push(r);
  return all;
}
