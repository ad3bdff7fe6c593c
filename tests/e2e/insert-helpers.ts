// Shared steps for the insertion e2e tests: a profile and a draft in the extension's
// storage, and the menu click dispatched from the service worker (native context menus
// cannot be clicked in automation; dispatch runs the real onClicked listener).
import type { Page, Worker } from '@playwright/test';
import { defaultTemplate, renderInvitation } from '../../src/core/template';
import type { Draft } from '../../src/platform/protocol';
import { DIRECT_NO_DAP, OTHER_TENANT, PARTNER_TENANT } from '../fixtures/links';

/** chrome.Event has an undocumented dispatch() in extension contexts: it calls the listeners. */
type Dispatchable<A extends unknown[]> = { dispatch: (...args: A) => void };

export const LINK = DIRECT_NO_DAP;
/** The same link with another partner's tenant: what an "altered" link looks like. */
export const ALTERED_LINK = LINK.replace(PARTNER_TENANT, OTHER_TENANT);

const PROFILE = {
  companyName: 'Fabrikam Partners',
  partnerTenantId: PARTNER_TENANT,
  mpnId: '',
  country: 'IT',
  cloud: 'public',
  indirectProviderTenantId: '',
  pastedLink: '',
};

/** A draft exactly as the popup builds it: core renderInvitation with the default template. */
export function makeDraft(customerName = 'Contoso Ltd'): Draft {
  const rendered = renderInvitation(defaultTemplate('en'), {
    customerName,
    partnerName: PROFILE.companyName,
    link: LINK,
    cloud: 'public',
    dap: false,
    language: 'en',
  });
  return {
    customerName,
    customerEmail: 'admin@contoso.example',
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    link: LINK,
  };
}

export async function prepare(
  sw: Worker,
  draft: Draft | null = makeDraft(),
  profile: object | null = PROFILE,
): Promise<void> {
  await sw.evaluate(
    async ([d, p]) => {
      if (p) await chrome.storage.sync.set({ profile: p });
      else await chrome.storage.sync.remove('profile');
      if (d) await chrome.storage.session.set({ 'insert.draft': d });
      else await chrome.storage.session.remove('insert.draft');
    },
    [draft, profile] as const,
  );
}

/** The frame id of the frame whose URL contains `part` in the tab showing `pageUrl` (0 = top). */
export async function frameIdOf(sw: Worker, pageUrl: string, part?: string): Promise<number> {
  if (!part) return 0;
  return sw.evaluate(
    async ([url, p]) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
      const frames = await chrome.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        func: () => location.href,
      });
      const frame = frames.find((f) => typeof f.result === 'string' && f.result.includes(p));
      if (!frame) throw new Error(`no frame matching ${p}`);
      return frame.frameId;
    },
    [pageUrl, part] as const,
  );
}

/** What a right-click → "Insert invitation" → draft does, for the tab showing `page`. */
export async function clickInsert(
  sw: Worker,
  page: Page,
  frameId = 0,
  menuItemId = 'insert-invitation/draft',
): Promise<void> {
  await sw.evaluate(
    async ([url, frame, item]) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error(`no tab for ${url}`);
      (
        chrome.contextMenus.onClicked as unknown as Dispatchable<[chrome.contextMenus.OnClickData, chrome.tabs.Tab]>
      ).dispatch({ menuItemId: item, frameId: frame, editable: true, pageUrl: url }, tab);
    },
    [page.url(), frameId, menuItemId] as const,
  );
}

/** The Alt+Shift+I command (keyboard commands cannot be pressed in automation either). */
export async function pressInsertCommand(sw: Worker, page: Page): Promise<void> {
  await sw.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (!tab) throw new Error(`no tab for ${url}`);
    (chrome.commands.onCommand as unknown as Dispatchable<[string, chrome.tabs.Tab]>).dispatch(
      'insert-invitation',
      tab,
    );
  }, page.url());
}

/** The guard's notice (an open shadow root: Playwright's CSS engine pierces it). */
export function notice(page: Page) {
  return page.locator('[data-partner-invite="link-notice"] .box');
}
