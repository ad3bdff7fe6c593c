// Insert latency: from the "Insert invitation" menu click to the link being in the editor's
// model, in real RoosterJS 9 and CKEditor 5 editors (the webmail fixtures, served from
// node_modules). Each run is a fresh page, so the injection of the content script is part of it,
// as it is for the partner. Uses dist/chrome-test: the store build has no host permission, and a
// click dispatched from the worker grants no activeTab (the permission is the only difference).
import { extensionArgs } from '../support/chromium.mjs';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startFixtureServer } from '../fixtures/webmail/server.mjs';
import { median } from './budgets.mjs';

const PARTNER = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
const esc = (s) => s.replace(/&/g, '&amp;');
/** A draft as the popup hands it to the worker (core renderInvitation's shape). */
const DRAFT = {
  customerName: 'Contoso Ltd',
  customerEmail: 'admin@contoso.example',
  subject: 'Fabrikam Partners invites Contoso Ltd to a Microsoft reseller relationship',
  text: `Dear Contoso Ltd,\n\nTo accept, open the link below and sign in with your work account.\n\n${LINK}\n\nKind regards,\nFabrikam Partners`,
  html: `<p>Dear Contoso Ltd,</p>\n<p>To accept, open the link below and sign in with your work account.</p>\n<p><a href="${esc(LINK)}">${esc(LINK)}</a></p>\n<p>Kind regards,<br>Fabrikam Partners</p>`,
  link: LINK,
};
const PROFILE = {
  companyName: 'Fabrikam Partners',
  partnerTenantId: PARTNER,
  mpnId: '',
  country: 'IT',
  cloud: 'public',
  indirectProviderTenantId: '',
  pastedLink: '',
};
const EDITORS = [
  { name: 'RoosterJS 9', page: 'roosterjs.html', editor: '#editor' },
  { name: 'CKEditor 5', page: 'ckeditor5.html', editor: '.ck-editor__editable' },
];

/** In the page: stamps the moment the editor's model (window.fixture.html()) first holds the link. */
function probe([selector, needle]) {
  const root = document.querySelector(selector);
  const look = () => {
    if (window.__linkAt === undefined && window.fixture.html().includes(needle))
      window.__linkAt = performance.timeOrigin + performance.now();
  };
  new MutationObserver(look).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Median over `runs` fresh pages for each editor, in ms; null entries when a run did not insert. */
export async function measureInsertLatency({ root, chromePath, runs }) {
  const dist = path.join(root, 'dist/chrome-test');
  if (!existsSync(path.join(dist, 'manifest.json'))) return { na: 'dist/chrome-test is not built' };
  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromePath,
    headless: true,
    args: extensionArgs(dist),
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await sw.evaluate(
      async ([draft, profile]) => {
        await chrome.storage.sync.set({ profile });
        await chrome.storage.session.set({ 'insert.draft': draft });
      },
      [DRAFT, PROFILE],
    );
    const out = {};
    for (const ed of EDITORS) {
      const samples = [];
      // One warm-up page (the browser's first load of the editor bundle), then the measured runs.
      for (let i = 0; i <= runs; i++) {
        const page = await context.newPage();
        await page.goto(server.url(ed.page));
        await page.waitForFunction(() => window.editorReady === true);
        await page.evaluate(probe, [ed.editor, PARTNER]);
        await page.locator(ed.editor).evaluate((el) => {
          el.focus();
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = n.data.indexOf('Hello Contoso,');
            if (at >= 0) return getSelection().setBaseAndExtent(n, at + 14, n, at + 14);
          }
        });
        await page.waitForTimeout(150); // the editor picks the caret up from selectionchange
        const clickedAt = await sw.evaluate(async (url) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
          const at = performance.timeOrigin + performance.now();
          chrome.contextMenus.onClicked.dispatch(
            { menuItemId: 'insert-invitation/draft', frameId: 0, editable: true, pageUrl: url },
            tab,
          );
          return at;
        }, page.url());
        const linkAt = await page
          .waitForFunction(() => window.__linkAt, null, { timeout: 10_000 })
          .then((h) => h.jsonValue())
          .catch(() => null);
        if (i > 0) samples.push(linkAt === null ? null : linkAt - clickedAt);
        await page.close();
      }
      const ok = samples.filter((x) => x !== null);
      out[ed.name] = { medianMs: ok.length === runs ? median(ok) : null, samples };
    }
    return out;
  } finally {
    await context.close();
    await server.close();
  }
}
