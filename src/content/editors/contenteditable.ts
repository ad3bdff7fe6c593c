// Plain contenteditable (Gmail's compose body, a body in a web component's shadow root, any
// editor without a model of its own): its DOM is its model, so execCommand('insertHTML') is the
// route (one native undo step, replaces a selection). When the browser refuses it, the sanitised
// nodes go in with the Range API: that is still the editor's own content, but not undoable.
import { execInsertHtml } from './routes';
import type { Content, RichAdapter } from './types';
import { selectionIn, select } from '../selection';

function rangeInsert(root: HTMLElement, content: Content): boolean {
  const range = selectionIn(root);
  if (!range) return false;
  range.deleteContents();
  // The HTML is the sanitiser's own serialisation; parsed back inertly into nodes of this document.
  const parsed = new DOMParser().parseFromString(content.html, 'text/html');
  const fragment = root.ownerDocument.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) fragment.append(root.ownerDocument.importNode(node, true));
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    select(root, range);
  }
  root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  return true;
}

export function contentEditableAdapter(root: HTMLElement): RichAdapter {
  return {
    kind: 'contenteditable',
    format: 'html',
    root,
    lineBreak: 'br',
    put: async (content) => {
      root.focus({ preventScroll: true });
      return execInsertHtml(root, content.html) || rangeInsert(root, content);
    },
    // A <br> at either end: Chrome splits the line there and keeps the paragraphs whole.
    frame: (content, before, after) => ({
      html: `${before ? '<br>' : ''}${content.html}${after ? '<br>' : ''}`,
      text: `${before ? '\n' : ''}${content.text}${after ? '\n' : ''}`,
    }),
    shape: (content) => content,
    undo: () => root.ownerDocument.execCommand('undo'),
    // Read only: the guard passes the markup to core checkLink, nothing is parsed back in.
    body: () => root.innerHTML,
    alive: () => root.isConnected && root.isContentEditable,
  };
}
