// What the popup reads from IndexedDB (the due count and the pending page), re-exported from
// the same modules as ./index.ts. The popup imports this instead of ./index.ts so that the
// worker's writes and the change channel are not in the chunk it loads.
export { openDb } from './open';
export type { InviteDatabase } from './schema';
export { countDue, pendingPage, type PageCursor } from './queries';
