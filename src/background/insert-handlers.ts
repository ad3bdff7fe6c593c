// Handlers for 'draft/set' (popup → worker: the draft "Insert invitation" will use) and
// 'content/link-state' (in-page guard → worker), spread into the router's handler table.
// The router has already validated the request with requestSchema and refused
// 'draft/set' from anything but an extension page (PRIVILEGED).
import browser from '../platform/browser';
import type { Handlers } from '../platform/messages';
import { setDraft } from './draft';

export const LINK_STATES_KEY = 'insert.linkStates';

export const insertHandlers: Pick<Handlers, 'draft/set' | 'content/link-state'> = {
  'draft/set': async (req) => {
    await setDraft(req.draft);
    return {};
  },
  'content/link-state': async (req, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return {};
    // Kept per tab so the popup can warn about a broken link in a compose window.
    const states = ((await browser.storage.session.get(LINK_STATES_KEY))[LINK_STATES_KEY] ?? {}) as Record<string, string>;
    if (req.status === 'gone') delete states[tabId];
    else states[tabId] = req.status;
    await browser.storage.session.set({ [LINK_STATES_KEY]: states });
    return {};
  },
};
