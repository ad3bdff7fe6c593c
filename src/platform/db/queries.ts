// Reads. Pages may call these directly for a fast first paint; every list is paged through an
// index and every count is an index count over a key range, never a scan of the store.
import type { Invitation, InvitationStatus } from '../../core/invitation';
import { matchesQuery, parseQuery } from '../../core/search-terms';
import { isDue } from '../../core/due-count';
import { pageFromIndex, type PageCursor, type PageResult } from './paging';
import { fromStored, STORE, type InviteDatabase, type StoredInvitation } from './schema';

// ['pending'] sorts before ['pending', n] for any n, and ['pending', []] after (arrays > numbers).
const statusRange = (status: InvitationStatus) => IDBKeyRange.bound([status], [status, []]);
const dueRange = (now: number) => IDBKeyRange.bound(['pending'], ['pending', now]);

function page(result: PageResult<StoredInvitation>): PageResult<Invitation> {
  return result.next ? { rows: result.rows.map(fromStored), next: result.next } : { rows: result.rows.map(fromStored) };
}

/** Pending invitations, the most overdue first (by dueAt), `limit` at a time. */
export async function pendingPage(
  db: InviteDatabase,
  opts: { limit: number; after?: PageCursor },
): Promise<PageResult<Invitation>> {
  const index = db.transaction(STORE).store.index('status-dueAt');
  return page(
    await pageFromIndex(index, {
      range: statusRange('pending'),
      direction: 'next',
      limit: opts.limit,
      after: opts.after,
    }),
  );
}

/**
 * How many pending invitations have a follow-up due at or before `now`, counting at most `cap`
 * (returns `cap` when there are that many or more). An index count walks the matching index
 * entries (measured in Chromium: about 260 ms for 17,000 due), so the badge, which shows
 * "999+" anyway, asks for at most 1,000: one cursor step over the range tells whether the
 * exact count is needed.
 */
export async function countDue(db: InviteDatabase, now: number, cap = Infinity): Promise<number> {
  const range = dueRange(now);
  const tx = db.transaction(STORE);
  const index = tx.store.index('status-dueAt');
  if (Number.isFinite(cap) && cap >= 1) {
    const first = await index.openKeyCursor(range);
    if (!first) return 0;
    if (cap === 1 || (await first.advance(cap - 1)) !== null) return cap; // the cap-th entry exists
  }
  return index.count(range);
}

/**
 * How many invitations wait on a GDAP request that expires within `windowMs` after `now` and
 * are not due already (those the due count has), counting at most `cap`. Walks the sparse
 * `pendingExpiry` index over that window only: the requests made in about one week.
 */
export async function countExpiringNotDue(
  db: InviteDatabase,
  now: number,
  windowMs: number,
  cap = Infinity,
): Promise<number> {
  const index = db.transaction(STORE).store.index('pendingExpiry');
  let count = 0;
  let cursor = await index.openCursor(IDBKeyRange.bound(now, now + windowMs, true, false));
  while (cursor && count < cap) {
    if (!isDue(cursor.value, now)) count++;
    cursor = await cursor.continue();
  }
  return count;
}

/** How many pending follow-ups fell due in (since, now]: "new since we last looked". */
export function countNewlyDue(db: InviteDatabase, since: number, now: number): Promise<number> {
  if (since >= now) return Promise.resolve(0);
  return db.countFromIndex(STORE, 'status-dueAt', IDBKeyRange.bound(['pending', since], ['pending', now], true, false));
}

/** Every stored invitation, whatever its status (an index-free count of the store). */
export function countInvitations(db: InviteDatabase): Promise<number> {
  return db.count(STORE);
}

export function countPending(db: InviteDatabase): Promise<number> {
  return db.countFromIndex(STORE, 'status-dueAt', statusRange('pending'));
}

export type SearchQuery = { status?: InvitationStatus; text?: string; limit: number; after?: PageCursor };

/**
 * Paged search. With text: every query word must match a term of the name, domain or email
 * (core/search-terms.ts: prefixes, legal forms in any spelling), read through the multi-entry
 * `terms` index over the range of the most selective word; with a status only: that status in
 * due order; with neither: most recently updated first.
 */
export async function searchInvitations(db: InviteDatabase, query: SearchQuery): Promise<PageResult<Invitation>> {
  const { status, limit, after } = query;
  const store = db.transaction(STORE).store;
  const parsed = parseQuery(query.text ?? '');
  if (parsed) {
    const { words, lead } = parsed;
    return page(
      await pageFromIndex(store.index('terms'), {
        range: IDBKeyRange.bound(lead, `${lead}\uffff`),
        direction: 'next',
        limit,
        after,
        accept: (row, key) =>
          (!status || row.status === status) &&
          matchesQuery(row.terms, words) &&
          // A row has one index entry per term in the range: keep only its first, so no row repeats across pages.
          row.terms.filter((t) => t.startsWith(lead)).sort()[0] === key,
      }),
    );
  }
  if (status)
    return page(
      await pageFromIndex(store.index('status-dueAt'), { range: statusRange(status), direction: 'next', limit, after }),
    );
  return page(await pageFromIndex(store.index('updatedAt'), { direction: 'prev', limit, after }));
}

/**
 * Pending invitations holding any of `terms` exactly (a folded email address or domain, as
 * core/search-terms.ts stores them), at most `limit`: the duplicate check before recording.
 * Each term is an index key lookup, whatever the store size.
 */
export async function pendingWithTerms(
  db: InviteDatabase,
  terms: readonly string[],
  limit: number,
): Promise<Invitation[]> {
  const index = db.transaction(STORE).store.index('terms');
  const found = new Map<string, StoredInvitation>();
  for (const term of new Set(terms)) {
    if (!term) continue;
    let cursor = await index.openCursor(IDBKeyRange.only(term));
    while (cursor && found.size < limit) {
      if (cursor.value.status === 'pending') found.set(cursor.value.id, cursor.value);
      cursor = await cursor.continue();
    }
  }
  return [...found.values()].map(fromStored);
}

export async function getInvitation(db: InviteDatabase, id: string): Promise<Invitation | undefined> {
  const row = await db.get(STORE, id);
  return row && fromStored(row);
}

/** The records with these ids that exist, in one transaction. */
export async function getInvitations(db: InviteDatabase, ids: readonly string[]): Promise<Invitation[]> {
  const store = db.transaction(STORE).store;
  const rows = await Promise.all(ids.map((id) => store.get(id)));
  return rows.filter((r): r is StoredInvitation => r !== undefined).map(fromStored);
}

export type { PageCursor, PageResult };

/** updatedAt of the stored records among `ids` (absent ids are left out), in one transaction. */
export async function updatedAtOf(
  db: InviteDatabase,
  ids: readonly string[],
): Promise<Map<string, { updatedAt: number }>> {
  const store = db.transaction(STORE).store;
  const rows = await Promise.all(ids.map((id) => store.get(id)));
  const out = new Map<string, { updatedAt: number }>();
  for (const row of rows) if (row) out.set(row.id, { updatedAt: row.updatedAt });
  return out;
}
