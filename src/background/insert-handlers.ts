// Handlers for 'draft/set' (popup → worker: the draft "Insert invitation" will use) and
// 'content/link-state' (in-page guard → worker), spread into the router's handler table.
// The router has already validated the request with requestSchema and refused
// 'draft/set' from anything but an extension page (PRIVILEGED).
import browser from '../platform/browser';
import { LINK_STATES_KEY, editorKey, tabOfKey, type LinkStates } from '../platform/link-states';
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

/** A closed tab's compose windows are gone: drop their entries (registered at top level in context-menu.ts). */
export function forgetLinkState(tabId: number): Promise<void> {
  return changeStates((states) => {
    let changed = false;
    for (const key of Object.keys(states)) {
      if (tabOfKey(key) === tabId) changed = delete states[key];
    }
    return changed;
  });
}

export const insertHandlers: Pick<Handlers, 'draft/set' | 'content/link-state'> = {
  'draft/set': async (req) => {
    await setDraft(req.draft);
    return {};
  },
  'content/link-state': async (req, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return {};
    // Kept per editor (tab, frame, the content script's id for it): one compose window closing
    // must not clear another's warning; the popup goes by tab to send the partner back.
    const key = editorKey(tabId, sender.frameId ?? 0, req.editor);
    await changeStates((states) => {
      if (req.status === 'gone') return key in states && delete states[key];
      states[key] = req.status;
      return true;
    });
    return {};
  },
};
