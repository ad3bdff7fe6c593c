// Picks the adapter for the focused element: text fields, TinyMCE's iframe body, RoosterJS,
// any other contenteditable (or designMode document).
import { contentEditableAdapter } from './contenteditable';
import { focusedElement } from './iframe';
import { isRoosterEditor, roosterAdapter } from './roosterjs';
import { isTextField, textFieldAdapter } from './textarea';
import { isTinyMceBody, tinyMceAdapter } from './tinymce';
import type { EditorAdapter } from './types';

/** The outermost editable element containing `el` (the editing host). */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}

function adapterFor(el: Element | null): EditorAdapter | null {
  if (!el) return null;
  if (isTextField(el)) return textFieldAdapter(el);
  const doc = el.ownerDocument;
  const html = el as HTMLElement;
  const editable = html.isContentEditable || doc.designMode === 'on';
  if (!editable) return null;
  const root = doc.designMode === 'on' ? doc.body : editingHost(html);
  if (isTinyMceBody(root)) return tinyMceAdapter(root);
  if (isRoosterEditor(root)) return roosterAdapter(root);
  return contentEditableAdapter(root);
}

export function focusedAdapter(doc: Document = document): EditorAdapter | null {
  return adapterFor(focusedElement(doc));
}
