// Shared steps for the insertion e2e tests: a profile and a draft in the extension's
// storage, and the menu click dispatched from the service worker (native context menus
// cannot be clicked in automation; dispatch runs the real onClicked listener).
import type { CDPSession, Page, Worker } from '@playwright/test';
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

/** The link guard's states the worker keeps for the tab showing `page` (one per editor). */
export async function linkStatesOf(sw: Worker, page: Page): Promise<string[]> {
  return sw.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    const states = ((await chrome.storage.session.get('insert.linkStates'))['insert.linkStates'] ?? {}) as Record<
      string,
      string
    >;
    return Object.entries(states)
      .filter(([key]) => key.startsWith(`${tab?.id}:`))
      .map(([, state]) => state);
  }, page.url());
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

type CdpNode = {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
};

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/**
 * The guard's notice lives in a closed shadow root with no marker, which neither the page nor
 * Playwright's selectors can reach; DevTools can. Finds the notice's box in any frame of `page`.
 */
async function noticeBox(page: Page): Promise<{ session: CDPSession; box: number; buttons: number[] } | null> {
  const session = await cdp(page);
  // Ids from an earlier snapshot die when the notice is re-rendered: enabling DOM resets them.
  await session.send('DOM.enable');
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
  const isBox = (n: CdpNode) => {
    const a = n.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === 'class' && a[i + 1] === 'box') return true;
    return false;
  };
  const within = (n: CdpNode, hit: (n: CdpNode) => boolean, out: CdpNode[] = []): CdpNode[] => {
    if (hit(n)) out.push(n);
    for (const c of n.children ?? []) within(c, hit, out);
    for (const s of n.shadowRoots ?? []) within(s, hit, out);
    if (n.contentDocument) within(n.contentDocument, hit, out);
    return out;
  };
  const closedRoots = within(root, (n) => (n as { shadowRootType?: string }).shadowRootType === 'closed');
  for (const shadow of closedRoots) {
    const box = within(shadow, isBox)[0];
    if (box)
      return { session, box: box.nodeId, buttons: within(box, (n) => n.localName === 'button').map((b) => b.nodeId) };
  }
  return null;
}

async function call<T>(session: CDPSession, nodeId: number, fn: string): Promise<T> {
  const { object } = await session.send('DOM.resolveNode', { nodeId });
  const { result } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  });
  return result.value as T;
}

export type NoticeView = { text: string; role: string | null; buttons: string[] };

/** What the notice says (null when none is shown), read through DevTools. */
export async function readNotice(page: Page): Promise<NoticeView | null> {
  const found = await noticeBox(page);
  if (!found) return null;
  const { session, box, buttons } = found;
  const view = await call<{ text: string; role: string | null }>(
    session,
    box,
    'function () { return { text: this.textContent, role: this.getAttribute("role") }; }',
  );
  const names = await Promise.all(
    buttons.map((b) => call<string>(session, b, 'function () { return this.textContent; }')),
  );
  return { ...view, buttons: names };
}

/** The notice's text, or '' when none is shown (for expect.poll). */
export async function noticeText(page: Page): Promise<string> {
  // The notice may be re-rendered between the snapshot and the read: that read counts as none.
  return (await readNotice(page).catch(() => null))?.text ?? '';
}

/** Clicks a notice button as the partner does: a real mouse click where it is on screen. */
export async function clickNotice(page: Page, name: string): Promise<void> {
  const found = await noticeBox(page);
  if (!found) throw new Error('no notice shown');
  for (const b of found.buttons) {
    if ((await call<string>(found.session, b, 'function () { return this.textContent; }')) !== name) continue;
    // Content quads are in the top page's coordinates, also for a node in a same-origin iframe.
    const { quads } = await found.session.send('DOM.getContentQuads', { nodeId: b });
    const q = quads[0] ?? [];
    await page.mouse.click(((q[0] ?? 0) + (q[4] ?? 0)) / 2, ((q[1] ?? 0) + (q[5] ?? 0)) / 2);
    return;
  }
  throw new Error(`no notice button "${name}"`);
}

/**
 * Counts the changes to the notice from now on into window.noticeRenders of the notice's frame
 * (installed through DevTools, the only way into its closed shadow root).
 */
export async function watchNotice(page: Page): Promise<void> {
  const found = await noticeBox(page);
  if (!found) throw new Error('no notice shown');
  await call(
    found.session,
    found.box,
    `function () {
      const seen = { count: 0 };
      new MutationObserver((records) => (seen.count += records.length)).observe(this, {
        childList: true, subtree: true, characterData: true, attributes: true,
      });
      window.noticeRenders = seen;
    }`,
  );
}

/** Focuses a notice button (keyboard use: Enter then activates it as a trusted click). */
export async function focusNotice(page: Page, name: string): Promise<void> {
  const found = await noticeBox(page);
  if (!found) throw new Error('no notice shown');
  for (const b of found.buttons) {
    if ((await call<string>(found.session, b, 'function () { return this.textContent; }')) === name) {
      await found.session.send('DOM.focus', { nodeId: b });
      return;
    }
  }
  throw new Error(`no notice button "${name}"`);
}
