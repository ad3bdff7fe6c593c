// Handlers for 'draft/set' (popup → worker: the draft "Insert invitation" will use) and
// 'content/link-state' (in-page guard → worker), spread into the router's handler table.
// The router has already validated the request with requestSchema and refused
// 'draft/set' from anything but an extension page (PRIVILEGED).
import browser from '../platform/browser';
import { LINK_STATES_KEY, type LinkStates } from '../platform/link-states';
import type { Handlers } from '../platform/protocol';
import { setDraft } from './draft';

// Read-modify-write of one storage item: run the changes one after the other, so two reports
// arriving together (two frames, or a report and a closed tab) cannot lose one.
let queue: Promise<unknown> = Promise.resolve();
function changeStates(change: (states: LinkStates) => boolean): Promise<void> {
  const run = queue.then(async () => {
    const states = ((await browser.storage.session.get(LINK_STATES_KEY))[LINK_STATES_KEY] ?? {}) as LinkStates;
    if (change(states)) await browser.storage.session.set({ [LINK_STATES_KEY]: states });
  });
  queue = run.catch(() => undefined);
  return run;
}

/** A closed tab's compose window is gone: drop its entry (registered at top level in context-menu.ts). */
export function forgetLinkState(tabId: number): Promise<void> {
  return changeStates((states) => tabId in states && delete states[tabId]);
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
    await changeStates((states) => {
      if (req.status === 'gone') return tabId in states && delete states[tabId];
      states[tabId] = req.status;
      return true;
    });
    return {};
  },
};
