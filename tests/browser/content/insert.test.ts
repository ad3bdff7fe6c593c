// The injected script's entry point (src/content/insert.ts) as the worker talks to it: only a
// valid `insert/run` is answered; it inserts into the focused editor, starts the guard, reports
// the link's state to the worker, and says what to do when nothing editable has focus. 2,000
// random and malformed messages get no answer, change nothing and run nothing.
// (Moved from the e2e suite: the message path of the built extension is covered by tests/e2e/insert-*.)
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { DIRECT_NO_DAP } from '../../fixtures/links';
import { defaultTemplate, renderInvitation } from '../../../src/core/template';
import { mount, select } from '../dom';
import { noticeBox } from './strings';
import { guardStrings } from '../../../src/content/guard-strings';

const LINK = DIRECT_NO_DAP;
const HOSTILE_HTML = [
  `<img src=x onerror="window.pwned='img'">`,
  `<script>window.pwned='script'</script>`,
  `<a href="javascript:window.pwned='js'">x</a>`,
];

const rendered = renderInvitation(defaultTemplate('en'), {
  customerName: 'Contoso Ltd',
  partnerName: 'Fabrikam Partners',
  link: LINK,
  cloud: 'public',
  dap: false,
  language: 'en',
});
const request = { type: 'insert/run', html: rendered.html, text: rendered.text, links: [LINK] };

/** The worker's side: link states the content script reports. */
const reports: unknown[] = [];
function workerListener(message: unknown) {
  const m = message as { type?: string; status?: string; editor?: string };
  if (m.type !== 'content/link-state') return undefined;
  reports.push(m.status);
  return Promise.resolve({ ok: true, value: {} });
}

beforeAll(async () => {
  fakeBrowser.runtime.onMessage.addListener(workerListener);
  await import('../../../src/content/insert');
});
afterEach(() => {
  reports.length = 0;
});

/** What the worker's tabs.sendMessage gets back: the reply, or null when nobody answered. */
async function sendToContent(message: unknown): Promise<unknown> {
  try {
    return await fakeBrowser.runtime.sendMessage(message);
  } catch {
    return null;
  }
}

function editor(): HTMLElement {
  const root = mount('<div contenteditable="true"><p>Hello Contoso,</p><p><br></p></div>')
    .firstElementChild as HTMLElement;
  root.focus();
  select(root.firstChild!, 'Hello Contoso,'.length);
  return root;
}

describe('insert/run', () => {
  it('inserts the sanitised draft into the focused editor, guards it and reports the link state', async () => {
    const root = editor();
    expect(await sendToContent(request)).toEqual({ ok: true, kind: 'contenteditable' });
    expect(Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([LINK]);
    await vi.waitFor(() => expect(reports).toEqual(['intact']));
    root.querySelector('a')!.remove();
    await vi.waitFor(() => expect(reports).toEqual(['intact', 'missing']));
    expect(noticeBox()!.textContent).toContain(guardStrings().missing);
    root.remove();
    await vi.waitFor(() => expect(reports.at(-1)).toBe('gone'));
    expect(noticeBox()).toBeNull();
  });

  it('with nothing editable focused: replies no-editor and tells the partner to click in the message', async () => {
    const button = mount('<button>x</button>').firstElementChild as HTMLElement;
    button.focus();
    expect(await sendToContent(request)).toEqual({ ok: false, reason: 'no-editor' });
    expect(noticeBox()!.getAttribute('role')).toBe('status');
    expect(noticeBox()!.textContent).toContain(fakeBrowser.i18n.getMessage('insert_notice_no_editor'));
  });
});

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
      links: fc.oneof(
        fc.constantFrom(
          ['javascript:alert(1)'],
          ['http://evil.example/'],
          [`${LINK} `],
          [`https://x/${'a'.repeat(2001)}`],
          [],
          [LINK, LINK, LINK, LINK, LINK],
          LINK,
        ),
        fc.array(fc.string({ maxLength: 60 }), { maxLength: 3 }),
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
    Array.isArray(r.links) &&
    r.links.length >= 1 &&
    r.links.length <= 4 &&
    r.links.every((l) => typeof l === 'string' && l.length <= 2000 && /^https:\/\/\S+$/.test(l))
  );
}

describe('hostile messages', () => {
  it('2,000 random messages: no reply, no change, nothing runs, and it still inserts', async () => {
    const root = editor();
    expect(await sendToContent(request)).toMatchObject({ ok: true });
    const before = root.innerHTML;

    const messages = fc
      .sample(contentMessages(), { numRuns: 2200, seed: 6 })
      .filter((m) => !wouldInsert(m))
      .slice(0, 2000);
    expect(messages).toHaveLength(2000);
    const replies = await Promise.all(messages.map(sendToContent));
    expect(replies.filter((r) => r !== null && r !== undefined)).toEqual([]);
    expect(root.innerHTML).toBe(before);
    await new Promise((r) => setTimeout(r, 50));
    expect(Reflect.get(window, 'pwned')).toBeUndefined();

    select(root.firstChild!, 'Hello Contoso,'.length);
    expect(await sendToContent(request)).toEqual({ ok: true, kind: 'contenteditable' });
    expect(root.querySelectorAll(`a[href="${CSS.escape(LINK)}"]`)).toHaveLength(2);
  });
});
