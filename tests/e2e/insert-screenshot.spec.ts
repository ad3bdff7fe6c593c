// Regenerates docs/screenshots/insert.png: an inserted invitation whose link was cut, with
// the guard's notice showing. Run with SCREENSHOTS=1 (skipped otherwise: it writes to docs/).
import { test, expect } from './harness';
import { startFixtureServer } from './fixture-server';
import { LINK, clickInsert, focusNotice, linkStatesOf, makeDraft, noticeText, prepare } from './insert-helpers';
import { caretAfter } from './insert-rich';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to regenerate docs/screenshots');

test('screenshot: insertion with the link guard notice', async ({ context, serviceWorker }) => {
  const server = await startFixtureServer();
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 860 });
  await page.goto(server.url('contenteditable.html'));
  await caretAfter(page.mainFrame(), '#editor', 'Hello Contoso,');
  await clickInsert(serviceWorker, page);
  await expect(page.locator(`#editor a[href="${LINK}"]`)).toHaveCount(1);
  // The insertion has been read back once the guard reports: only then does the edit below start.
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['intact']);
  // Cut the "#/BillingAccounts/partner-invitation" ending off the href, as a careless edit would.
  await page.evaluate((link) => {
    const a = [...document.querySelectorAll('#editor a')].find((x) => x.getAttribute('href') === link)!;
    a.setAttribute('href', link.split('#')[0]!);
  }, LINK);
  await expect.poll(() => noticeText(page)).toContain('cut');
  await focusNotice(page, 'Restore link');
  await page.screenshot({ path: 'docs/screenshots/insert.png' });
  await server.close();
});
