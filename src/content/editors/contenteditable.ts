// Plain contenteditable (and Gmail's compose body): execCommand('insertHTML') keeps the
// browser's own undo stack (one Ctrl+Z removes the insertion) and replaces a selection.
// It runs here, in the extension's isolated world, where the page's Trusted Types policy
// (`require-trusted-types-for 'script'`, as Gmail sends) does not apply; the string passed
// is the sanitised HTML built from DOM nodes (sanitize.ts), never data spliced into markup.
import { placeCaret, textBeforeCaret } from '../quote';
import { rangeInsert } from './range';
import { hasLinkAnchor } from './verify';
import type { EditorAdapter, EditorKind, InsertPayload } from './types';

export function insertWithExecCommand(root: HTMLElement, invitation: InsertPayload): boolean {
  root.focus({ preventScroll: true });
  const { range } = placeCaret(root);
  // Mid-line (or at the end of the partner's last line, where a moved caret sits): start on a new line.
  const html = textBeforeCaret(root, range) ? `<br>${invitation.html}` : invitation.html;
  let done: boolean;
  try {
    done = root.ownerDocument.execCommand('insertHTML', false, html);
  } catch {
    done = false; // A Trusted Types violation or an editor that throws: use the fallback.
  }
  return (done && hasLinkAnchor(root, invitation.link)) || rangeInsert(root, invitation);
}

export function contentEditableAdapter(root: HTMLElement, kind: EditorKind = 'contenteditable'): EditorAdapter {
  return {
    kind,
    format: 'html',
    root,
    insert: async (invitation) => insertWithExecCommand(root, invitation),
    // Read only: the guard passes the markup to core checkLink, nothing is parsed back in.
    body: () => root.innerHTML,
    alive: () => root.isConnected && root.isContentEditable,
  };
}
