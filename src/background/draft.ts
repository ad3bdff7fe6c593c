// The popup's current draft, kept in storage.session: it survives the worker going to
// sleep but not a browser restart, and content scripts cannot read it (session storage is
// limited to trusted extension contexts by default).
import browser from '../platform/browser';
import { draftSchema, type Draft } from '../platform/protocol';
import { INSERT_DRAFT_KEY as DRAFT_KEY } from '../platform/session-keys';

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

/** Who the draft is for, as the menu names it; '' for no draft. */
function menuName(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const { customerName, customerEmail } = value as Partial<Record<string, unknown>>;
  return `${typeof customerName === 'string' ? customerName : ''}\n${typeof customerEmail === 'string' ? customerEmail : ''}`;
}

/**
 * Calls `cb` when the stored draft changes who it is for (the menu's title), in any extension
 * context. The popup saves the draft at every keystroke: the body's changes need no new menu.
 */
export function onDraftChanged(cb: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = area === 'session' ? changes[DRAFT_KEY] : undefined;
    if (change && (menuName(change.oldValue) !== menuName(change.newValue) || !change.oldValue !== !change.newValue))
      cb();
  });
}
