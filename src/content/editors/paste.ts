// Editors with their own document model (RoosterJS, TinyMCE) ignore DOM changes made
// behind their back for undo purposes, but they all handle `paste`: a synthetic
// ClipboardEvent carrying text/html and text/plain goes through the editor's own paste
// pipeline, which inserts at its caret and records a single undo step.
import type { Invitation } from './types';

/** Dispatches a synthetic paste; true when an editor took it (called preventDefault). */
export function dispatchPaste(target: HTMLElement, invitation: Invitation): boolean {
  const data = new DataTransfer();
  data.setData('text/html', invitation.html);
  data.setData('text/plain', invitation.text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}
