// Every pending invitation, read page by page through the pending index (never getAll of the
// store): the CSV import must compare the whole pending list with the customer list.
import type { Invitation } from '../core/invitation';
import { openDb, pendingPage, type PageCursor } from '../platform/db';

const BATCH = 500;

export async function readAllPending(): Promise<Invitation[]> {
  const db = await openDb();
  const out: Invitation[] = [];
  let after: PageCursor | undefined;
  do {
    const page = await pendingPage(db, { limit: BATCH, ...(after ? { after } : {}) });
    out.push(...page.rows);
    after = page.next;
  } while (after);
  return out;
}
