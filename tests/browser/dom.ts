// Small DOM helpers for the browser-mode tests: each test builds its own fixture in a fresh
// container, removed after the test, so tests do not see each other's nodes.
import { onTestFinished } from 'vitest';

/** A container appended to <body> (markup is test-owned, never data), removed when the test ends. */
export function mount(markup = ''): HTMLElement {
  const box = document.createElement('div');
  // Literal markup written in the test, the same as an HTML fixture file.
  box.append(document.createRange().createContextualFragment(markup));
  document.body.append(box);
  onTestFinished(() => box.remove());
  return box;
}

/** Puts the caret (or a selection) at text offsets inside `node`'s first text node. */
export function select(node: Node, start: number, end = start): void {
  // An element without text (an empty paragraph) takes a child offset instead.
  const text = node.nodeType === Node.TEXT_NODE || !node.textContent ? node : firstText(node);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

function firstText(node: Node): Text {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode();
  if (!text) throw new Error('no text node');
  return text as Text;
}
