// "Insert invitation" into contenteditable editors: a plain one with a quoted thread, a
// Gmail-like page that enforces Trusted Types, and one inside a same-origin iframe.
import { test, expect } from './harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { LINK, clickInsert, makeDraft, notice, prepare } from './insert-helpers';
import {
  caretAfter,
  expectGuardRestores,
  expectInsertedAtCaret,
  insertAtGreeting,
  openFixture,
  type RichFixture,
} from './insert-rich';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

const FIXTURES: RichFixture[] = [
  { page: 'contenteditable.html', frame: async (p) => p.mainFrame(), editor: '#editor' },
  { page: 'trusted-types.html', frame: async (p) => p.mainFrame(), editor: '#editor' },
  {
    page: 'iframe.html',
    frame: async (p) => {
      const frame = await (await p.locator('#frame').elementHandle())?.contentFrame();
      if (!frame) throw new Error('no editor frame');
      return frame;
    },
    editor: '#editor',
    frameUrlPart: 'iframe-editor.html',
  },
];

for (const fixture of FIXTURES) {
  test(`${fixture.page}: inserted at the caret as a real anchor, one Ctrl+Z removes it, the guard restores an edited link`, async ({
    context,
    serviceWorker,
  }) => {
    await prepare(serviceWorker, makeDraft());
    const page = await context.newPage();
    const frame = await openFixture(page, server.url(fixture.page), fixture);
    if (fixture.page === 'trusted-types.html')
      expect(
        await page.evaluate(() => (window as unknown as { trustedTypesEnforced: boolean }).trustedTypesEnforced),
      ).toBe(true);
    const before = await frame.locator(fixture.editor).innerHTML();

    await insertAtGreeting(serviceWorker, page, frame, fixture);
    await expectInsertedAtCaret(frame, fixture.editor, 'Contoso Ltd');

    await page.keyboard.press('Control+Z');
    await expect(frame.locator(fixture.editor)).toHaveJSProperty('innerHTML', before);

    await page.keyboard.press('Control+Shift+Z');
    await expect(frame.locator(`${fixture.editor} a[href="${LINK}"]`)).toHaveCount(1);
    await expectGuardRestores(frame, fixture.editor);
  });
}

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
    const range = document.createRange();
    range.setStart(text, 'Hello '.length);
    range.setEnd(text, 'Hello Contoso'.length);
    (document.querySelector('#editor') as HTMLElement).focus();
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
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

test('removing the link by keyboard shows the notice; Restore link puts it back above the quote', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  const fixture = FIXTURES[0]!;
  const frame = await openFixture(page, server.url(fixture.page), fixture);
  await insertAtGreeting(serviceWorker, page, frame, fixture);
  // Select the whole anchor and delete it with the keyboard.
  await page.evaluate((link) => {
    const a = [...document.querySelectorAll('#editor a')].find((x) => x.getAttribute('href') === link)!;
    const range = document.createRange();
    range.selectNode(a);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, LINK);
  await page.keyboard.press('Delete');
  await expect(page.locator('#editor a')).toHaveCount(0);
  await expect(notice(page)).toBeVisible();
  await expect(notice(page)).toContainText('no longer in the message');
  // Keyboard reachable: Tab from the editor's last focusable reaches the button.
  const restore = notice(page).getByRole('button', { name: 'Restore link' });
  await restore.focus();
  await page.keyboard.press('Enter');
  await expect(notice(page)).toBeHidden();
  await expect(page.locator(`#editor a[href="${LINK}"]`)).toHaveCount(1);
  await expect(page.locator('#editor .gmail_quote a')).toHaveCount(0);
});
