// Shared steps for the rich editor fixtures: where each editor is, how to read its model through
// the editor's own API (window.fixture.html(): getData, getSemanticHTML, getHTML, the Lexical
// state, exportContent, getContent; the DOM itself for plain contenteditable, whose DOM is its
// model), the caret placed as a click would, and the insertion through the real menu listener.
import type { Frame, Page, Worker } from '@playwright/test';
import { expect } from './harness';
import { LINK, clickInsert, frameIdOf, linkStatesOf } from './insert-helpers';

export type RichFixture = {
  /** Fixture page under tests/fixtures/webmail. */
  page: string;
  /** The frame holding the editor (the page itself, or an iframe). */
  frame: (page: Page) => Promise<Frame>;
  /** CSS selector of the editing host inside that frame (open shadow roots are pierced). */
  editor: string;
  /** Part of the clicked frame's URL when the editor is in an iframe (for info.frameId). */
  frameUrlPart?: string;
  /** Where window.fixture (the editor's API) lives; none for a plain contenteditable. */
  api?: 'page' | 'frame';
  /** The editor's DOM is its model (plain contenteditable): lines and anchors are read from it. */
  live?: boolean;
  /** The redo shortcut the editor binds. */
  redo?: string;
};

export const mainFrame = async (p: Page): Promise<Frame> => p.mainFrame();
export const iframe =
  (selector: string) =>
  async (p: Page): Promise<Frame> => {
    const frame = await (await p.locator(selector).first().elementHandle())?.contentFrame();
    if (!frame) throw new Error(`no frame ${selector}`);
    return frame;
  };

export type Model = { html: string; lines: string[]; anchors: { href: string; text: string }[] };

/** The email as the editor's model holds it: its HTML, its non-empty lines, its anchors. */
export async function readModel(page: Page, fixture: RichFixture): Promise<Model> {
  const frame = fixture.api === 'page' ? page.mainFrame() : await fixture.frame(page);
  return frame.evaluate(
    ([selector, live]) => {
      const api = (window as unknown as { fixture?: { html: () => string } }).fixture;
      const html = api ? api.html() : (document.querySelector(selector)?.innerHTML ?? '');
      // Trusted Types pages cannot parse strings: there the model is the live element anyway.
      const root = live ? document.querySelector(selector) : new DOMParser().parseFromString(html, 'text/html').body;
      if (!root) throw new Error(`no ${selector}`);
      const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|TR|UL|OL|TABLE)$/;
      const out: string[] = [];
      const walk = (node: Node) => {
        for (const child of Array.from(node.childNodes)) {
          if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent ?? '');
          else if (child.nodeName === 'BR') out.push('\n');
          else if (child.nodeType === Node.ELEMENT_NODE) {
            const block = BLOCK.test(child.nodeName);
            if (block) out.push('\n');
            walk(child);
            if (block) out.push('\n');
          }
        }
      };
      walk(root);
      const lines = out
        .join('')
        .replace(/[\u00a0\u200b\ufeff]/g, ' ')
        .split('\n')
        .map((l) => l.replace(/ +/g, ' ').trim())
        .filter((l) => l !== '');
      const anchors = Array.from(root.querySelectorAll('a')).map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: a.textContent ?? '',
      }));
      return { html, lines, anchors };
    },
    [fixture.editor, fixture.live ?? false] as const,
  );
}

/** The non-empty lines of the invitation's text. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Puts the caret right after `text` in the editor (page world, like a click there). */
export async function caretAfter(frame: Frame, editor: string, text: string): Promise<void> {
  await frame.locator(editor).evaluate((root: HTMLElement, t) => {
    root.focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf(t);
      if (at < 0) continue;
      // setBaseAndExtent reaches into shadow roots, where a caret must be set this way.
      getSelection()?.setBaseAndExtent(n, at + t.length, n, at + t.length);
      return;
    }
    throw new Error(`no text ${t}`);
  }, text);
  // Editors with their own model pick the selection up from selectionchange.
  await frame.page().waitForTimeout(100);
}

/** Selects the anchor to `href` in the editor (page world, like a drag over it). */
export async function selectAnchor(frame: Frame, editor: string, href: string): Promise<void> {
  await frame.locator(editor).evaluate((root: HTMLElement, h) => {
    root.focus();
    const a = Array.from(root.querySelectorAll('a')).find((x) => x.getAttribute('href') === h);
    if (!a) throw new Error(`no anchor to ${h}`);
    const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode();
    let last = first;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
    if (!first || !last) throw new Error('empty anchor');
    getSelection()?.setBaseAndExtent(first, 0, last, (last.textContent ?? '').length);
  }, href);
  await frame.page().waitForTimeout(100);
}

export async function openFixture(page: Page, url: string, fixture: RichFixture): Promise<Frame> {
  await page.goto(url);
  const apiFrame = fixture.api === 'frame' ? await fixture.frame(page) : page.mainFrame();
  if (fixture.api) await apiFrame.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady);
  const frame = await fixture.frame(page);
  await frame.locator(fixture.editor).waitFor();
  return frame;
}

/**
 * Right-click → Insert invitation, in the frame of the editor. Done when the page's guard reports
 * the link intact: the insertion has been read back by then (a test acting on the editor sooner
 * would be editing under the insertion's own check).
 */
export async function insertHere(sw: Worker, page: Page, frame: Frame, fixture: RichFixture): Promise<void> {
  const frameId = await frameIdOf(sw, page.url(), fixture.frameUrlPart);
  const before = (await linkStatesOf(sw, page)).length;
  await clickInsert(sw, page, frameId);
  await expect(frame.locator(`${fixture.editor} a[href="${LINK}"]`)).toHaveCount(1);
  await expect.poll(async () => (await linkStatesOf(sw, page)).length).toBeGreaterThan(before);
}
