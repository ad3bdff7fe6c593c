// The popup's reads of pending invitations go through the worker: the popup then carries no
// IndexedDB code (idb, schema, migrations) and opens faster. The options page, a full tab,
// still reads the database directly.
import { duplicatesOf, duplicateTerms } from '../../core/duplicates';
import { openDb, pendingPage, pendingWithTerms, searchInvitations, type PageCursor } from '../../platform/db';
import type { Handlers, PendingCursor, SearchCursor } from '../../platform/protocol';

/** At most this many possible duplicates come back: the popup names the first and counts the rest. */
const DUPLICATES_LIMIT = 20;

/** The index key [status, dueKey] of a pending row; dueKey is Infinity when there is no due date. */
export function fromPendingCursor(cursor: PendingCursor): PageCursor {
  return { key: ['pending', cursor.due ?? Infinity], id: cursor.id };
}

export function toPendingCursor(cursor: PageCursor): PendingCursor {
  const due = Array.isArray(cursor.key) ? cursor.key[1] : undefined;
  return { due: typeof due === 'number' && Number.isFinite(due) ? due : null, id: cursor.id };
}

/** A search page's cursor is a term of the multi-entry index (a string), which messages carry as it is. */
function toSearchCursor(cursor: PageCursor): SearchCursor | undefined {
  return typeof cursor.key === 'string' ? { term: cursor.key, id: cursor.id } : undefined;
}

export const pendingHandlers: Pick<Handlers, 'pending/page' | 'pending/duplicates' | 'pending/search'> = {
  'pending/page': async (req) => {
    const page = await pendingPage(await openDb(), {
      limit: req.limit,
      ...(req.after ? { after: fromPendingCursor(req.after) } : {}),
    });
    return page.next ? { rows: page.rows, next: toPendingCursor(page.next) } : { rows: page.rows };
  },

  'pending/duplicates': async (req) => {
    const terms = duplicateTerms(req.email, req.domain);
    const found = terms.length > 0 ? await pendingWithTerms(await openDb(), terms, DUPLICATES_LIMIT) : [];
    return { duplicates: duplicatesOf(found, req.email, req.domain, req.exclude) };
  },

  'pending/search': async (req) => {
    const page = await searchInvitations(await openDb(), {
      text: req.query,
      status: 'pending',
      limit: req.limit,
      ...(req.after ? { after: { key: req.after.term, id: req.after.id } } : {}),
    });
    const next = page.next && toSearchCursor(page.next);
    return next ? { rows: page.rows, next } : { rows: page.rows };
  },
};
