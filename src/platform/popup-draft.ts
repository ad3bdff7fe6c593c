// The popup's work in progress, in storage.session: closing the popup destroys the page, so
// every change is written through at once (no debounce: a keystroke typed just before the
// popup closes must survive). The same write stores the rendered draft "Insert invitation"
// uses, so the shortcut never inserts an older email. Session storage is cleared when the
// browser closes, and content scripts cannot read it (trusted contexts only, the default).
import { readDraft, readInsertReport, type ComposeDraft, type InsertReport } from '../core/compose-draft';
import { pageApi as browser } from './page-api';
import type { Draft } from './protocol';
import { INSERT_DRAFT_KEY, INSERT_REPORT_KEY, POPUP_DRAFT_KEY } from './session-keys';

export function newDraftId(): string {
  return crypto.randomUUID();
}

export type StoredPopupState = { draft: ComposeDraft | null; report: InsertReport | null };

/** The saved draft (null when none or unreadable) and the worker's report of its last insertion, from session items. */
export function popupStateFromItems(items: Record<string, unknown>): StoredPopupState {
  return { draft: readDraft(items[POPUP_DRAFT_KEY], newDraftId), report: readInsertReport(items[INSERT_REPORT_KEY]) };
}

/** The same, read now. */
export async function loadPopupState(): Promise<StoredPopupState> {
  try {
    return popupStateFromItems(await browser.storage.session.get([POPUP_DRAFT_KEY, INSERT_REPORT_KEY]));
  } catch {
    return { draft: null, report: null };
  }
}

/** One write for both keys: the draft and its rendering for insertion (null: nothing to insert). */
export function savePopupDraft(draft: ComposeDraft, forInsert: Draft | null): Promise<void> {
  return browser.storage.session.set({ [POPUP_DRAFT_KEY]: draft, [INSERT_DRAFT_KEY]: forInsert });
}

/** Calls `cb` with every new insertion report (the worker records an insertion while the popup is open in a tab). */
export function onInsertReport(cb: (report: InsertReport | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = area === 'session' ? changes[INSERT_REPORT_KEY] : undefined;
    if (change) cb(readInsertReport(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
