// One scenario for every rich editor fixture: caret after the greeting, insert through the
// real menu listener, then check where it went, the anchor, one-step undo and the guard.
import type { Frame, Page, Worker } from '@playwright/test';
import { expect } from './harness';
import { ALTERED_LINK, LINK, clickInsert, frameIdOf } from './insert-helpers';

export type RichFixture = {
  /** Fixture page under tests/fixtures/webmail. */
  page: string;
  /** The frame holding the editor (the page itself, or an iframe). */
  frame: (page: Page) => Promise<Frame>;
  /** CSS selector of the editing host inside that frame. */
  editor: string;
  /** Part of the clicked frame's URL when the editor is in an iframe (for info.frameId). */
  frameUrlPart?: string;
  /** Waits until the page's editor library is initialised. */
  ready?: (page: Page) => Promise<void>;
};

/** Puts the caret at the end of the text node containing `text` (page world, like a click). */
export async function caretAfter(frame: Frame, editor: string, text: string): Promise<void> {
  await frame.evaluate(
    ([sel, t]) => {
      const root = document.querySelector<HTMLElement>(sel);
      if (!root) throw new Error(`no ${sel}`);
      root.focus();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(t);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at + t.length);
        range.collapse(true);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error(`no text ${t}`);
    },
    [editor, text] as const,
  );
  // Editors with their own model (RoosterJS) pick the selection up from selectionchange.
  await frame.page().waitForTimeout(100);
}

export async function openFixture(page: Page, url: string, fixture: RichFixture): Promise<Frame> {
  await page.goto(url);
  if (fixture.ready) await fixture.ready(page);
  const frame = await fixture.frame(page);
  await frame.locator(fixture.editor).waitFor();
  return frame;
}

export async function insertAtGreeting(sw: Worker, page: Page, frame: Frame, fixture: RichFixture): Promise<void> {
  await caretAfter(frame, fixture.editor, 'Hello Contoso,');
  const frameId = await frameIdOf(sw, page.url(), fixture.frameUrlPart);
  await clickInsert(sw, page, frameId);
  await expect(frame.locator(`${fixture.editor} a[href="${LINK}"]`)).toHaveCount(1);
}

export async function expectInsertedAtCaret(frame: Frame, editor: string, customerName: string): Promise<void> {
  const host = frame.locator(editor);
  const anchors = host.locator('a');
  await expect(anchors).toHaveCount(1);
  await expect(anchors.first()).toHaveAttribute('href', LINK);
  await expect(anchors.first()).toHaveText(LINK);
  const text = await host.innerText();
  const order = ['Hello Contoso,', `Dear ${customerName},`, LINK, 'Best regards'].map((s) => text.indexOf(s));
  expect(
    order.every((i) => i >= 0),
    `all parts present in:\n${text}`,
  ).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // The invitation starts on its own line, not glued to the text before the caret.
  expect(text).toMatch(new RegExp(`Hello Contoso,\\s*\\n\\s*Dear ${customerName},`));
}

/** Edits the link's href the way an editor's link dialog does, then restores it from the notice. */
export async function expectGuardRestores(frame: Frame, editor: string): Promise<void> {
  await frame.evaluate(
    ([sel, link, altered]) => {
      const a = [...document.querySelectorAll(`${sel} a`)].find((x) => x.getAttribute('href') === link);
      a?.setAttribute('href', altered);
    },
    [editor, LINK, ALTERED_LINK] as const,
  );
  // The notice sits in the editor's own document (for an iframe editor: inside the frame).
  const box = frame.locator('[data-partner-invite="link-notice"] .box');
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('role', 'alert');
  // The href now names another partner's tenant: core calls that a conflicting link.
  await expect(box).toContainText('another invitation link');
  await box.getByRole('button', { name: 'Restore link' }).click();
  await expect(box).toBeHidden();
  await expect(frame.locator(`${editor} a[href="${LINK}"]`)).toHaveCount(1);
  await expect(frame.locator(`${editor} a[href="${ALTERED_LINK}"]`)).toHaveCount(0);
}
