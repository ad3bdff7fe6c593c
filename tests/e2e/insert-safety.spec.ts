// Nothing from data becomes markup: a customer name with HTML in it shows as text, and a
// tampered draft (raw tags, event handlers, javascript: links) is cut down to p, br and the
// one anchor to the invitation link. Messages the content script does not expect are ignored.
import { test, expect } from './harness';
import type { Page, Worker } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { LINK, clickInsert, makeDraft, prepare } from './insert-helpers';
import { caretAfter } from './insert-rich';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

const EVIL_NAME = `<img src=x onerror="window.pwned='img'"><script>window.pwned='script'</script>`;

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { pwned?: string }).pwned);
}

/**
 * Waits until an image error started now has been dispatched: an `onerror` the insertion let
 * through (on an image that failed earlier) would have fired before it.
 */
async function errorsSettled(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = document.createElement('img');
    probe.onerror = () => ((window as unknown as { probeFired?: boolean }).probeFired = true);
    probe.src = 'x';
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { probeFired?: boolean }).probeFired)).toBe(true);
}

async function openAndInsert(sw: Worker, page: Page, file: string): Promise<void> {
  await page.goto(server.url(file));
  if (file === 'roosterjs.html')
    await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  await caretAfter(page.mainFrame(), '#editor', 'Hello Contoso,');
  await clickInsert(sw, page);
  await expect(page.locator(`#editor a[href="${LINK}"]`)).toHaveCount(1);
}

for (const file of ['contenteditable.html', 'roosterjs.html']) {
  test(`${file}: a customer name with <img onerror> and <script> appears as text`, async ({
    context,
    serviceWorker,
  }) => {
    await prepare(serviceWorker, makeDraft(EVIL_NAME));
    const page = await context.newPage();
    await openAndInsert(serviceWorker, page, file);
    const editor = page.locator('#editor');
    await expect(editor.locator('img, script, iframe, [onerror]')).toHaveCount(0);
    expect(await editor.innerText()).toContain(`Dear ${EVIL_NAME},`);
    await errorsSettled(page);
    expect(await pwned(page)).toBeUndefined();
  });
}

test('a tampered draft is reduced to p, br and the one invitation anchor', async ({ context, serviceWorker }) => {
  const draft = makeDraft();
  draft.html = [
    `<p>Hi <img src=x onerror="window.pwned='img'"><b onclick="window.pwned='b'">bold</b></p>`,
    `<p><a href="javascript:window.pwned='js'">click me</a> <a href="https://evil.example/">evil</a></p>`,
    `<p><a href="${LINK.replace(/&/g, '&amp;')}" onclick="window.pwned='a'" style="color:red" target="_blank">${LINK.replace(/&/g, '&amp;')}</a></p>`,
    `<script>window.pwned='script'</script><iframe src="https://evil.example/"></iframe><style>body{display:none}</style>`,
    `<svg><a href="${LINK.replace(/&/g, '&amp;')}">svg</a></svg>`,
  ].join('');
  await prepare(serviceWorker, draft);
  const page = await context.newPage();
  await openAndInsert(serviceWorker, page, 'contenteditable.html');
  const editor = page.locator('#editor');
  await expect(
    editor.locator('img, script, iframe, style, svg, b, [onclick], [onerror], [style], [target]'),
  ).toHaveCount(0);
  const anchors = editor.locator('a');
  await expect(anchors).toHaveCount(1);
  await expect(anchors.first()).toHaveAttribute('href', LINK);
  const text = await editor.innerText();
  for (const kept of ['Hi bold', 'click me', 'evil']) expect(text).toContain(kept);
  await errorsSettled(page);
  expect(await pwned(page)).toBeUndefined();
});

test('the content script ignores messages that fail its schema', async ({ context, serviceWorker }) => {
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  await openAndInsert(serviceWorker, page, 'contenteditable.html');
  const before = await page.locator('#editor').innerHTML();
  await caretAfter(page.mainFrame(), '#editor', 'Best regards');
  const replies = await serviceWorker.evaluate(
    async ([url, html]) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
      const out: unknown[] = [];
      for (const message of [
        { type: 'insert/run', html, text: 'x', link: 'javascript:alert(1)' },
        { type: 'insert/run', html, text: 'x' },
        { type: 'insert/everything', html },
        'insert/run',
      ]) {
        out.push(await chrome.tabs.sendMessage(tab.id!, message).catch((e: Error) => `error: ${e.message}`));
      }
      return out;
    },
    [page.url(), '<p>injected</p>'] as const,
  );
  // No listener answered (each send ends without a reply) and the editor is unchanged.
  for (const reply of replies) expect(String(reply)).toMatch(/^(undefined|error: .*)$/);
  await expect(page.locator('#editor')).toHaveJSProperty('innerHTML', before);
});
