// Hardening of the injected insertion script: 2,000 random and malformed messages sent to it
// from the worker (chrome.tabs.sendMessage, every frame) after a real insertion. It must answer
// none of them, change nothing in the editor, run nothing from them, and still work afterwards.
import fc from 'fast-check';
import { test, expect } from './harness';
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

const HOSTILE_HTML = [
  `<img src=x onerror="window.pwned='img'">`,
  `<script>window.pwned='script'</script>`,
  `<a href="javascript:window.pwned='js'">x</a>`,
];

function contentMessages(): fc.Arbitrary<unknown> {
  const junk = fc.jsonValue({ maxDepth: 3 });
  const almost = fc.record(
    {
      type: fc.oneof(
        fc.constantFrom('insert/run', 'insert/RUN', 'insert/everything', '__proto__', ''),
        fc.string({ maxLength: 20 }),
        junk,
      ),
      html: fc.oneof(
        fc.constantFrom(...HOSTILE_HTML),
        fc.string({ maxLength: 200 }),
        fc.constant('x'.repeat(200_001)),
        junk,
      ),
      text: fc.oneof(fc.string({ maxLength: 200 }), junk),
      link: fc.oneof(
        fc.constantFrom('javascript:alert(1)', 'http://evil.example/', `${LINK} `, `https://x/${'a'.repeat(2001)}`),
        fc.string({ maxLength: 60 }),
        junk,
      ),
    },
    { requiredKeys: ['type'] },
  );
  return fc.oneof({ weight: 1, arbitrary: junk }, { weight: 4, arbitrary: almost });
}

/** What contentRequestSchema (src/content/messages.ts) would accept: such a message is a real insert, not fuzz. */
function wouldInsert(m: unknown): boolean {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return (
    r.type === 'insert/run' &&
    typeof r.html === 'string' &&
    typeof r.text === 'string' &&
    typeof r.link === 'string' &&
    /^https:\/\/\S+$/.test(r.link)
  );
}

test('2,000 random messages to the content script: no reply, no change, nothing runs, still inserts', async ({
  context,
  serviceWorker,
}) => {
  test.setTimeout(120_000);
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  await page.goto(server.url('contenteditable.html'));
  await caretAfter(page.mainFrame(), '#editor', 'Hello Contoso,');
  await clickInsert(serviceWorker, page);
  await expect(page.locator(`#editor a[href="${LINK}"]`)).toHaveCount(1);
  const before = await page.locator('#editor').innerHTML();

  const messages = fc
    .sample(contentMessages(), { numRuns: 2200, seed: 6 })
    .filter((m) => !wouldInsert(m))
    .slice(0, 2000);
  expect(messages).toHaveLength(2000);
  const replies = await serviceWorker.evaluate(
    async ({ url, messages }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (!tab?.id) throw new Error(`no tab for ${url}`);
      const out: unknown[] = [];
      for (let i = 0; i < messages.length; i += 50) {
        const batch = messages.slice(i, i + 50).map((m) =>
          chrome.tabs.sendMessage(tab.id!, m).then(
            (r: unknown) => ({ reply: r }),
            () => ({ noReply: true }),
          ),
        );
        out.push(...(await Promise.all(batch)));
      }
      return out;
    },
    { url: page.url(), messages },
  );
  expect(replies).toHaveLength(messages.length);
  // A listener that ignores a message gives no reply: the send ends with "no response" or undefined.
  expect(replies.filter((r) => !('noReply' in (r as object)) && (r as { reply: unknown }).reply !== undefined)).toEqual(
    [],
  );
  await expect(page.locator('#editor')).toHaveJSProperty('innerHTML', before);
  expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();

  // Still alive: a well-formed request from the worker inserts again and says what it used.
  await caretAfter(page.mainFrame(), '#editor', 'Hello Contoso,');
  const draft = makeDraft();
  const reply = await serviceWorker.evaluate(
    async ({ url, request }) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return chrome.tabs.sendMessage(tab!.id!, request, { frameId: 0 });
    },
    { url: page.url(), request: { type: 'insert/run', html: draft.html, text: draft.text, link: LINK } },
  );
  expect(reply).toMatchObject({ ok: true, kind: expect.any(String) });
  await expect(page.locator(`#editor a[href="${LINK}"]`)).toHaveCount(2);
});
