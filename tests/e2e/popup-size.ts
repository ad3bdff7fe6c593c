// The popup at the size the browser really gives it. Chrome shows an action popup at the size
// of its document (auto-resize), at most 800 × 600 px: opening src/popup/index.html in a tab
// with an 800 × 600 viewport is not that. fitPopup() measures the document the way the
// auto-resize does (its own width, and its height at that width with nothing stretching it),
// caps both, and sets the viewport to the result; call it again after the content changes.
import type { Locator, Page } from '@playwright/test';

export const POPUP_MAX = { width: 800, height: 600 } as const;

async function contentSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = Math.ceil(Math.max(document.body.getBoundingClientRect().width, document.body.scrollWidth));
    return { width, height: Math.ceil(root.scrollHeight) };
  });
}

/** Resize the page to the popup's own size; returns it. */
export async function fitPopup(page: Page): Promise<{ width: number; height: number }> {
  let size = { width: 0, height: 0 };
  for (let round = 0; round < 5; round += 1) {
    // Measure with the widest viewport (the width a document asks for), and a short one (so the
    // document's height is its content's, not the viewport's).
    await page.setViewportSize({ width: POPUP_MAX.width, height: 50 });
    const wide = await contentSize(page);
    const width = Math.min(POPUP_MAX.width, wide.width);
    await page.setViewportSize({ width, height: 50 });
    const { height } = await contentSize(page);
    const next = { width, height: Math.min(POPUP_MAX.height, height) };
    await page.setViewportSize(next);
    if (next.width === size.width && next.height === size.height) return next;
    size = next;
  }
  return size;
}

/** Whether `locator` is wholly inside the viewport and is what a click at its centre reaches. */
export async function inView(locator: Locator): Promise<{ inside: boolean; onTop: boolean; box: DOMRect | null }> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inside =
      box.width > 0 &&
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= innerHeight + 0.5 &&
      box.right <= innerWidth + 0.5;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { inside, onTop: hit !== null && (hit === el || el.contains(hit)), box: box.toJSON() as DOMRect };
  });
}
