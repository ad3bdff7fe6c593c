// Around the insertion into plain contenteditable bodies: a selection replaced, the quoted thread
// kept out (insertion, guard and Restore), a link state per compose window, the notice out of the
// page's reach, and the visible fallback when an editor does not take the invitation.
import { test, expect } from './harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import {
  ALTERED_LINK,
  LINK,
  clickInsert,
  focusNotice,
  linkStatesOf,
  makeDraft,
  noticeText,
  prepare,
  readNotice,
} from './insert-helpers';
import {
  caretAfter,
  iframe,
  insertHere,
  linesOf,
  mainFrame,
  openFixture,
  readModel,
  selectAnchor,
} from './insert-rich';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

test('a selection is replaced, and a caret inside the quoted thread moves above the quote', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  await page.goto(server.url('contenteditable.html'));
  // Select the word "Contoso" in the greeting.
  await page.evaluate(() => {
    const text = document.querySelector('#greeting')!.firstChild!;
    (document.querySelector('#editor') as HTMLElement).focus();
    getSelection()!.setBaseAndExtent(text, 'Hello '.length, text, 'Hello Contoso'.length);
  });
  await clickInsert(serviceWorker, page);
  await expect(page.locator(`#editor a[href="${LINK}"]`)).toHaveCount(1);
  const text = await page.locator('#editor').innerText();
  expect(text).not.toContain('Hello Contoso');
  expect(text).toMatch(/^Hello\s*\nDear Contoso Ltd,/);

  // Second insertion with the caret inside the quote: it lands before the quoted thread.
  await page.reload();
  await caretAfter(page.mainFrame(), '#editor', 'Please send');
  await clickInsert(serviceWorker, page);
  await expect(page.locator(`#editor a[href="${LINK}"]`)).toHaveCount(1);
  await expect(page.locator('#editor .gmail_quote a')).toHaveCount(0);
  await expect(page.locator('#quoted')).toHaveText('Please send the link again.');
  const after = await page.locator('#editor').innerText();
  expect(after.indexOf(LINK)).toBeLessThan(after.indexOf('On Monday, Contoso wrote:'));
  expect(after.indexOf('Best regards')).toBeLessThan(after.indexOf(LINK));
});

test('a reply quoting an older invitation: no conflict, and Restore never rewrites the quote', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  const fixture = {
    page: 'gmail-iframe.html',
    frame: iframe('#frame'),
    editor: '#editor',
    frameUrlPart: 'gmail-frame.html',
    api: 'frame' as const,
    live: true,
  };
  const frame = await openFixture(page, server.url(fixture.page), fixture);
  const quote = frame.locator('#editor .gmail_quote_container');
  const quoted = await quote.innerHTML();
  // The older invitation in the quote: another tenant's link.
  const older = await quote.locator('a').getAttribute('href');
  expect(older).toMatch(/invType=ResellerRelationship&partnerId=/);
  expect(older).not.toBe(LINK);
  await caretAfter(frame, '#editor', 'Hello Contoso,');
  await insertHere(serviceWorker, page, frame, fixture);
  // The older invitation in the quote (another tenant's link) is not judged: the link is intact.
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['intact']);
  expect(await noticeText(page)).toBe('');

  // The partner deletes the new link: Restore puts it back in the reply, not in the quote.
  await selectAnchor(frame, '#editor', LINK);
  await page.keyboard.press('Delete');
  await expect.poll(() => noticeText(page)).toContain('no longer in the message');
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['missing']);
  // Keyboard reachable: focus the button and press Enter.
  await focusNotice(page, 'Restore link');
  await page.keyboard.press('Enter');
  await expect.poll(() => noticeText(page)).toBe('');
  await expect(quote).toHaveJSProperty('innerHTML', quoted);
  const model = await readModel(page, fixture);
  expect(model.anchors.map((a) => a.href)).toEqual([LINK, older]);
  const invitation = linesOf(makeDraft().text);
  expect(model.lines.slice(0, invitation.length + 2)).toEqual(['Hello Contoso,', ...invitation, 'Best regards']);
});

test('each compose window has its own link state: closing one keeps the other’s warning', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  await page.goto(server.url('two-editors.html'));
  for (const [id, greeting] of [
    ['#first', 'Hello Contoso,'],
    ['#second', 'Hello Northwind,'],
  ] as const) {
    const fixture = { page: 'two-editors.html', frame: mainFrame, editor: id, live: true };
    await caretAfter(page.mainFrame(), id, greeting);
    await insertHere(serviceWorker, page, page.mainFrame(), fixture);
  }
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['intact', 'intact']);
  // Break the link in the second window only.
  await page.evaluate(([from, to]) => document.querySelector(`#second a[href="${from}"]`)?.setAttribute('href', to), [
    LINK,
    ALTERED_LINK,
  ] as const);
  await expect.poll(async () => (await linkStatesOf(serviceWorker, page)).sort()).toEqual(['conflict', 'intact']);
  // The first window closes: its state goes, the second one's warning stays.
  await page.evaluate(() => document.querySelector('#first')?.remove());
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['conflict']);
});

test('the notice is out of the page’s reach: a closed shadow root, no fixed marker, no synthetic clicks', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  await page.goto(server.url('contenteditable.html'));
  await caretAfter(page.mainFrame(), '#editor', 'Hello Contoso,');
  await insertHere(serviceWorker, page, page.mainFrame(), {
    page: 'contenteditable.html',
    frame: mainFrame,
    editor: '#editor',
    live: true,
  });
  await page.evaluate(([from, to]) => document.querySelector(`#editor a[href="${from}"]`)?.setAttribute('href', to), [
    LINK,
    ALTERED_LINK,
  ] as const);
  await expect.poll(() => noticeText(page)).toContain('another invitation link');
  // What a page script sees: an element with no attributes and no open shadow root; the text and
  // the buttons are nowhere in its DOM, and clicking the host does nothing.
  const seen = await page.evaluate(() => {
    const hosts = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
    const text = document.documentElement.innerText;
    for (const host of hosts) (host as HTMLElement).click();
    return {
      hosts: hosts.map((h) => ({ attributes: h.attributes.length, shadow: h.shadowRoot === null })),
      marked: document.querySelectorAll('[data-partner-invite]').length,
      buttons: document.querySelectorAll('button').length,
      readable: text.includes('Restore link'),
    };
  });
  expect(seen).toEqual({ hosts: [{ attributes: 0, shadow: true }], marked: 0, buttons: 0, readable: false });
  await page.waitForTimeout(500);
  expect((await readNotice(page))?.buttons).toEqual(['Restore link', 'Dismiss']);
  await expect(page.locator(`#editor a[href="${ALTERED_LINK}"]`)).toHaveCount(1);
});

test('an editor that does not take the invitation: nothing is left half-inserted, it goes to the clipboard, the page says so', async ({
  context,
  serviceWorker,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  // Quill set up without the link format (a helpdesk that allows no links): it takes the paste but
  // drops the anchor, so the read-back fails and the insertion is undone through Quill's history.
  const fixture = { page: 'quill.html?formats=plain', frame: mainFrame, editor: '.ql-editor', api: 'page' as const };
  await openFixture(page, server.url(fixture.page), fixture);
  const before = await readModel(page, fixture);
  await caretAfter(page.mainFrame(), fixture.editor, 'Hello Contoso,');
  await clickInsert(serviceWorker, page);
  await expect.poll(() => noticeText(page)).toContain('It is on the clipboard: paste it into the message.');
  expect((await readModel(page, fixture)).html).toBe(before.html);
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? await (await item.getType('text/html')).text() : '';
  });
  expect(clip).toContain(`href="${LINK.replace(/&/g, '&amp;')}"`);
  expect(clip).toContain('Dear Contoso Ltd,');
  expect(await linkStatesOf(serviceWorker, page)).toEqual([]);
});
