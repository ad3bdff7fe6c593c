// Last resort for an editable that refuses execCommand: put the sanitised nodes in with the
// Range API. The browser records no undo step for this, so it is only used when the
// editor's own routes failed. An `input` event tells the page's editor code about it.
import { placeCaret } from '../quote';
import { hasLinkAnchor } from './verify';
import type { InsertPayload } from './types';

export function rangeInsert(root: HTMLElement, invitation: InsertPayload): boolean {
  const doc = root.ownerDocument;
  const { range } = placeCaret(root);
  range.deleteContents();
  const fragment = invitation.fragment(doc);
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  return hasLinkAnchor(root, invitation.link);
}
