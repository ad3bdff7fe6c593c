// The storage.session keys the popup and the worker share. No schema here: the popup must not
// load zod, so it imports these names from a module of their own.

/** The popup's draft as it edits it (platform/popup-draft.ts). */
export const POPUP_DRAFT_KEY = 'popup.draft';
/** The draft rendered for "Insert invitation" (platform/protocol.ts draftSchema), written by the popup at every change. */
export const INSERT_DRAFT_KEY = 'insert.draft';
/** What the worker did with the last insertion of the draft (core/compose-draft.ts InsertReport). */
export const INSERT_REPORT_KEY = 'insert.report';
