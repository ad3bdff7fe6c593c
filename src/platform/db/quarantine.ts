// Reads and writes of the quarantine store (rows an upgrade could not make valid, kept as they
// were): a paged list for the options page, every row for the backup, and the restore of rows
// from a backup (by key, so restoring twice changes nothing).
import { QUARANTINE, type InviteDatabase, type QuarantinedRow } from './schema';

export function countQuarantined(db: InviteDatabase): Promise<number> {
  return db.count(QUARANTINE);
}

/** Up to `limit` quarantined rows by key, after `after` (the last key of the previous page). */
export async function quarantinePage(
  db: InviteDatabase,
  opts: { limit: number; after?: string },
): Promise<{ rows: QuarantinedRow[]; next?: string }> {
  const range = opts.after === undefined ? undefined : IDBKeyRange.lowerBound(opts.after, true);
  const rows = await db.getAll(QUARANTINE, range, opts.limit + 1);
  if (rows.length <= opts.limit) return { rows };
  const page = rows.slice(0, opts.limit);
  return { rows: page, next: page[page.length - 1]!.key };
}

/** Store quarantined rows (insert or replace by key) in one transaction; returns how many were new. */
export async function putQuarantined(db: InviteDatabase, rows: readonly QuarantinedRow[]): Promise<number> {
  const tx = db.transaction(QUARANTINE, 'readwrite', { durability: 'strict' });
  const existing = await Promise.all(rows.map((r) => tx.store.getKey(r.key)));
  for (const r of rows) void tx.store.put(r);
  await tx.done;
  return existing.filter((k) => k === undefined).length;
}
