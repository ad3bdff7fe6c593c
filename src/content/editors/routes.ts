// The input routes into rich editors, each the way the editor itself reads input:
// - a synthetic `paste` ClipboardEvent carrying text/html and text/plain: editors with their own
//   model (RoosterJS, TinyMCE, CKEditor 5, Quill, ProseMirror/TipTap, Lexical) run it through
//   their paste pipeline, which inserts at their caret, replaces a selection and records one
//   undo step; they say they took it by calling preventDefault;
// - execCommand('insertHTML') for a plain contenteditable, whose DOM is its model: the browser
//   records it as one native undo step. It runs in the extension's isolated world, where a page's
//   Trusted Types policy (Gmail's) does not apply; the string is built from sanitised nodes.
// Writing DOM behind a model editor's back is never an insertion route: the editor drops it or,
// worse, shows it while its model (what gets sent) keeps the old content.

/** Dispatches a synthetic paste of `html`/`text` at `target`; true when an editor took it. */
export function pasteInto(target: HTMLElement, html: string, text: string): boolean {
  const view = target.ownerDocument.defaultView ?? window;
  const data = new view.DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  const event = new view.ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** execCommand('insertHTML') in `root`'s document; false when refused or blocked. */
export function execInsertHtml(root: HTMLElement, html: string): boolean {
  try {
    return root.ownerDocument.execCommand('insertHTML', false, html);
  } catch {
    return false; // A Trusted Types violation or an editor that throws.
  }
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Ctrl+Z (Cmd+Z on a Mac) as the editor's own keyboard handling sees it: model editors bind undo
 * to the key, not to the browser's undo command, which knows nothing of their history.
 */
export function keyboardUndo(root: HTMLElement): void {
  const view = root.ownerDocument.defaultView ?? window;
  const init: KeyboardEventInit = {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    ctrlKey: !isMac(),
    metaKey: isMac(),
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  root.dispatchEvent(new view.KeyboardEvent('keydown', init));
  root.dispatchEvent(new view.KeyboardEvent('keyup', init));
}
