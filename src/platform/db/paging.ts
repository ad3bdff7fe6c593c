// Keyset paging over an index: a page starts right after the last row of the previous one,
// by (index key, primary key), so it costs O(page) whatever the store size.
import type { IDBPIndex } from 'idb';
import type { InviteDB, StoredInvitation } from './schema';

/** Where the next page starts; opaque to callers, structured-cloneable. */
export type PageCursor = { key: IDBValidKey; id: string };
export type PageResult<T> = { rows: T[]; next?: PageCursor };

type AnyIndex = IDBPIndex<
  InviteDB,
  ['invitations'],
  'invitations',
  'status-dueAt' | 'updatedAt' | 'terms' | 'pendingExpiry',
  'readonly'
>;

function narrow(range: IDBKeyRange | undefined, key: IDBValidKey, direction: IDBCursorDirection): IDBKeyRange {
  if (direction === 'next') {
    return range?.upper !== undefined
      ? IDBKeyRange.bound(key, range.upper, false, range.upperOpen)
      : IDBKeyRange.lowerBound(key);
  }
  return range?.lower !== undefined
    ? IDBKeyRange.bound(range.lower, key, range.lowerOpen, false)
    : IDBKeyRange.upperBound(key);
}

/** The key a row has in `index` (plain property paths only, as in schema.ts). */
function indexKeyOf(index: AnyIndex, row: StoredInvitation): IDBValidKey {
  const field = (name: string) => (row as unknown as Record<string, IDBValidKey>)[name]!;
  const path = index.keyPath;
  return Array.isArray(path) ? path.map(field) : field(path);
}

/**
 * Up to `limit` rows of `index` within `range`, in `direction`, starting after `after`,
 * keeping those `accept` takes (it also sees the index key, for multi-entry de-duplication).
 */
export async function pageFromIndex(
  index: AnyIndex,
  opts: {
    range?: IDBKeyRange;
    direction: 'next' | 'prev';
    limit: number;
    after?: PageCursor;
    accept?: (row: StoredInvitation, key: IDBValidKey) => boolean;
  },
): Promise<PageResult<StoredInvitation>> {
  const { direction, limit, after, accept } = opts;
  if (!after && !accept && direction === 'next' && !index.multiEntry) {
    // The first page in index order is one getAll request instead of a cursor step per row
    // (each step is a round trip to the database: the popup's Pending list waits on this).
    // getAll returns equal index keys in primary-key order, as the cursor does.
    const rows = await index.getAll(opts.range ?? null, limit + 1);
    if (rows.length <= limit) return { rows };
    const page = rows.slice(0, limit);
    const last = page[page.length - 1]!;
    return { rows: page, next: { key: indexKeyOf(index, last), id: last.id } };
  }
  const sign = direction === 'next' ? 1 : -1;
  const range = after ? narrow(opts.range, after.key, direction) : opts.range;
  let cursor = await index.openCursor(range, direction);
  if (cursor && after && indexedDB.cmp(cursor.key, after.key) === 0) {
    // Same index key as the last row: move to its primary key, then one step past it.
    if (indexedDB.cmp(cursor.primaryKey, after.id) * sign < 0)
      cursor = await cursor.continuePrimaryKey(after.key as never, after.id);
    if (cursor && indexedDB.cmp(cursor.key, after.key) === 0 && cursor.primaryKey === after.id)
      cursor = await cursor.continue();
  }
  const rows: StoredInvitation[] = [];
  let last: PageCursor | undefined;
  while (cursor && rows.length < limit) {
    if (!accept || accept(cursor.value, cursor.key)) {
      rows.push(cursor.value);
      last = { key: cursor.key, id: cursor.primaryKey };
    }
    cursor = await cursor.continue();
  }
  // `cursor` now sits on the row after the page (if any): there is a next page only if it exists.
  return cursor && last ? { rows, next: last } : { rows };
}
