// The popup's current draft, kept in storage.session: it survives the worker going to
// sleep but not a browser restart, and content scripts cannot read it (session storage is
// limited to trusted extension contexts by default).
import browser from '../platform/browser';
import { draftSchema, type Draft } from '../platform/protocol';

const DRAFT_KEY = 'insert.draft';

export async function getDraft(): Promise<Draft | null> {
  const stored = (await browser.storage.session.get(DRAFT_KEY))[DRAFT_KEY];
  if (stored === undefined || stored === null) return null;
  const parsed = draftSchema.safeParse(stored);
  if (!parsed.success) {
    console.warn('Partner Invite: ignoring a malformed stored draft', parsed.error.issues[0]?.message);
    return null;
  }
  return parsed.data;
}

export async function setDraft(draft: Draft | null): Promise<void> {
  if (draft) await browser.storage.session.set({ [DRAFT_KEY]: draft });
  else await browser.storage.session.remove(DRAFT_KEY);
}

/** Calls `cb` when the stored draft changes in any extension context. */
export function onDraftChanged(cb: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && DRAFT_KEY in changes) cb();
  });
}
