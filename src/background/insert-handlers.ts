// Handlers for 'draft/set' (popup → worker: the draft "Insert invitation" will use) and
// 'content/link-state' (in-page guard → worker), spread into the router's handler table.
// The router has already validated the request with requestSchema and refused
// 'draft/set' from anything but an extension page (PRIVILEGED).
import browser from '../platform/browser';
import { LINK_STATES_KEY, type LinkStates } from '../platform/link-states';
import type { Handlers } from '../platform/messages';
import { setDraft } from './draft';

async function readStates(): Promise<LinkStates> {
  return ((await browser.storage.session.get(LINK_STATES_KEY))[LINK_STATES_KEY] ?? {}) as LinkStates;
}

/** A closed tab's compose window is gone: drop its entry (registered at top level in context-menu.ts). */
export async function forgetLinkState(tabId: number): Promise<void> {
  const states = await readStates();
  if (!(tabId in states)) return;
  delete states[tabId];
  await browser.storage.session.set({ [LINK_STATES_KEY]: states });
}

export const insertHandlers: Pick<Handlers, 'draft/set' | 'content/link-state'> = {
  'draft/set': async (req) => {
    await setDraft(req.draft);
    return {};
  },
  'content/link-state': async (req, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return {};
    // Kept per tab so the popup can send the partner back to a compose window with a broken link.
    const states = await readStates();
    if (req.status === 'gone') delete states[tabId];
    else states[tabId] = req.status;
    await browser.storage.session.set({ [LINK_STATES_KEY]: states });
    return {};
  },
};
