// Picks the adapter for the focused element: text fields, the model editors (model-editors.ts),
// any other contenteditable (or designMode document), in the page, a same-origin iframe or a
// shadow root.
import { contentEditableAdapter } from './contenteditable';
import { focusedElement } from './iframe';
import { modelAdapter, modelKind } from './model-editors';
import { isTextField, textFieldAdapter } from './textarea';
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
  const kind = modelKind(root);
  return kind ? modelAdapter(kind, root) : contentEditableAdapter(root);
}

export function focusedAdapter(doc: Document = document): EditorAdapter | null {
  return adapterFor(focusedElement(doc));
}
