// The popup's Pending tab reads through the worker: the popup then carries no IndexedDB code
// (idb, schema, migrations), which its 25 KB gzip budget cannot afford. The options page,
// which has no such budget, still reads the database directly.
import { openDb, pendingPage, type PageCursor } from '../../platform/db';
import type { Handlers, PendingCursor } from '../../platform/protocol';

/** The index key [status, dueKey] of a pending row; dueKey is Infinity when there is no due date. */
export function fromPendingCursor(cursor: PendingCursor): PageCursor {
  return { key: ['pending', cursor.due ?? Infinity], id: cursor.id };
}

export function toPendingCursor(cursor: PageCursor): PendingCursor {
  const due = Array.isArray(cursor.key) ? cursor.key[1] : undefined;
  return { due: typeof due === 'number' && Number.isFinite(due) ? due : null, id: cursor.id };
}

export const pendingHandlers: Pick<Handlers, 'pending/page'> = {
  'pending/page': async (req) => {
    const page = await pendingPage(await openDb(), {
      limit: req.limit,
      ...(req.after ? { after: fromPendingCursor(req.after) } : {}),
    });
    return page.next ? { rows: page.rows, next: toPendingCursor(page.next) } : { rows: page.rows };
  },
};
