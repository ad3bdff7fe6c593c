// The storage reads the popup's first render needs: the settings (storage.sync) and the draft
// with the worker's last insertion report (storage.session). main.tsx imports this module first,
// so the reads start before the rest of the app evaluates; raw items only (parsed by the app).
import { pageApi as browser } from '../platform/page-api';
import { INSERT_REPORT_KEY, POPUP_DRAFT_KEY } from '../platform/session-keys';

type Items = Record<string, unknown>;

// A failed read reads as nothing stored: the app starts from its defaults.
export const startupReads: { sync: Promise<Items>; session: Promise<Items> } = {
  sync: browser.storage.sync.get(null).catch((e: unknown) => {
    console.warn('Partner Invite: could not read settings, using defaults', e);
    return {};
  }),
  session: browser.storage.session.get([POPUP_DRAFT_KEY, INSERT_REPORT_KEY]).catch(() => ({})),
};
