// "Insert invitation" into the real editor libraries webmail uses, served from node_modules:
// RoosterJS 9 (Outlook on the web) and TinyMCE in its iframe mode (Roundcube).
import { test, expect } from './harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { LINK, makeDraft, prepare } from './insert-helpers';
import {
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

const ready = async (page: import('@playwright/test').Page) => {
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
};

const ROOSTER: RichFixture = { page: 'roosterjs.html', frame: async (p) => p.mainFrame(), editor: '#editor', ready };
const TINYMCE: RichFixture = {
  page: 'tinymce.html',
  frame: async (p) => {
    const frame = await (await p.locator('iframe').first().elementHandle())?.contentFrame();
    if (!frame) throw new Error('no TinyMCE frame');
    return frame;
  },
  editor: '#tinymce',
  frameUrlPart: 'about:',
  ready,
};

for (const fixture of [ROOSTER, TINYMCE]) {
  test(`${fixture.page}: inserted at the caret through the editor's paste, one Ctrl+Z removes it, the guard restores an edited link`, async ({
    context,
    serviceWorker,
  }) => {
    await prepare(serviceWorker, makeDraft());
    const page = await context.newPage();
    const frame = await openFixture(page, server.url(fixture.page), fixture);
    const before = await frame.locator(fixture.editor).innerText();
    // Count the paste events the editor's document sees: the insertion must go through them.
    await frame.evaluate(() => {
      const w = window as unknown as { htmlPastes: number };
      w.htmlPastes = 0;
      document.addEventListener(
        'paste',
        (e) => {
          if (e.clipboardData?.types.includes('text/html')) w.htmlPastes += 1;
        },
        true,
      );
    });

    await insertAtGreeting(serviceWorker, page, frame, fixture);
    expect(await frame.evaluate(() => (window as unknown as { htmlPastes: number }).htmlPastes)).toBe(1);
    await expectInsertedAtCaret(frame, fixture.editor, 'Contoso Ltd');

    await page.keyboard.press('Control+Z');
    await expect(frame.locator(`${fixture.editor} a`)).toHaveCount(0);
    await expect(frame.locator(fixture.editor)).toHaveText(before.trim(), { useInnerText: true });

    await page.keyboard.press('Control+Y');
    await expect(frame.locator(`${fixture.editor} a[href="${LINK}"]`)).toHaveCount(1);
    await expectGuardRestores(frame, fixture.editor);
  });
}
