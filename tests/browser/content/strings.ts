// Reading and pressing the guard's notice from tests.
import { userEvent } from 'vitest/browser';

// The notice's shadow root is closed, so a page cannot reach it; the tests keep the roots
// attachShadow hands back (installed before any notice is made) to read and press it.
const shadows: ShadowRoot[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  shadows.push(root);
  return root;
};

/** The shown notice's box, or null when no notice is shown. */
export function noticeBox(doc: Document = document): HTMLElement | null {
  for (const root of [...shadows].reverse()) {
    if (!root.host.isConnected || root.host.ownerDocument !== doc) continue;
    const box = root.querySelector<HTMLElement>('.box');
    if (box) return box;
  }
  return null;
}

export function noticeButton(name: string, doc: Document = document): HTMLButtonElement | undefined {
  return Array.from(noticeBox(doc)?.querySelectorAll('button') ?? []).find((b) => b.textContent === name);
}

/** Presses a notice button as a keyboard user does (a trusted click: the notice ignores synthetic ones). */
export async function pressNotice(name: string, doc: Document = document): Promise<void> {
  const button = noticeButton(name, doc);
  if (!button) throw new Error(`no notice button "${name}"`);
  button.focus();
  await userEvent.keyboard('{Enter}');
}
