// Editors with their own document model (RoosterJS, TinyMCE) ignore DOM changes made
// behind their back for undo purposes, but they all handle `paste`: a synthetic
// ClipboardEvent carrying text/html and text/plain goes through the editor's own paste
// pipeline, which inserts at its caret and records a single undo step.
import { placeCaret, textBeforeCaret } from '../quote';
import { insertWithExecCommand } from './contenteditable';
import { waitForLinkAnchor } from './verify';
import type { EditorAdapter, InsertPayload } from './types';

/** Dispatches a synthetic paste; true when an editor took it (called preventDefault). */
function dispatchPaste(target: HTMLElement, invitation: InsertPayload): boolean {
  const data = new DataTransfer();
  data.setData('text/html', invitation.html);
  data.setData('text/plain', invitation.text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * The adapter for an editor that owns its model (RoosterJS, TinyMCE): insert through its
 * paste pipeline, wait for the anchor (their paste handling is asynchronous), and fall back
 * to execCommand in the editor's document when the paste is not taken.
 */
export function pasteAdapter(kind: 'roosterjs' | 'tinymce', root: HTMLElement): EditorAdapter {
  return {
    kind,
    format: 'html',
    root,
    async insert(invitation) {
      root.focus({ preventScroll: true });
      const { range } = placeCaret(root);
      const pasted = textBeforeCaret(root, range)
        ? { ...invitation, html: `<br>${invitation.html}`, text: `\n${invitation.text}` }
        : invitation;
      if (dispatchPaste(root, pasted) && (await waitForLinkAnchor(root, invitation.link))) return true;
      return insertWithExecCommand(root, invitation);
    },
    body: () => root.innerHTML,
    alive: () => root.isConnected && root.isContentEditable,
  };
}
