// IndexedDB access: open/upgrade, paged reads and counts, and the worker's writes.
export { openDb } from './open';
export { DB_NAME, DB_VERSION, type InviteDatabase, type InviteDB, type QuarantinedRow } from './schema';
export { countQuarantined, putQuarantined, quarantinePage } from './quarantine';
export {
  countDue,
  countExpiringNotDue,
  countInvitations,
  countNewlyDue,
  countPending,
  getInvitation,
  getInvitations,
  pendingPage,
  pendingWithTerms,
  searchInvitations,
  updatedAtOf,
  type PageCursor,
  type PageResult,
  type SearchQuery,
} from './queries';
export {
  deleteInvitations,
  expireOverdue,
  exportAll,
  exportBatches,
  importInvitations,
  putInvitations,
  recordInvitation,
  restoreInvitations,
  updateInvitations,
  type RestoreCounts,
} from './writes';
export { announceInvitationsChanged, onInvitationsChanged, CHANGES_CHANNEL } from './changes';
