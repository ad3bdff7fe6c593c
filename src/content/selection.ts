// The caret, wherever the editor is: document.getSelection() reports a caret inside a shadow
// root as sitting on the shadow host, so for an editor in a shadow root the composed ranges
// (Selection.getComposedRanges, Chromium 137+) or the shadow root's own getSelection (older
// Chromium) say where it really is. Editors in same-origin iframes use their own document.

type ComposedSelection = Selection & {
  getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
};
type SelectableRoot = ShadowRoot & { getSelection?: () => Selection | null };

/** The shadow root holding `node`, or null when it is in its document's own tree. */
function shadowRootOf(node: Node): ShadowRoot | null {
  const root = node.getRootNode();
  // Not instanceof: the node may belong to another (same-origin) frame's realm.
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot) : null;
}

function toRange(doc: Document, r: AbstractRange): Range {
  const range = doc.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

/** The current selection as a live Range when it is inside `root` (shadow roots included), else null. */
export function selectionIn(root: HTMLElement): Range | null {
  const doc = root.ownerDocument;
  const selection: ComposedSelection | null = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const shadow = shadowRootOf(root);
  let range: Range | null;
  if (shadow && typeof selection.getComposedRanges === 'function') {
    const composed = selection.getComposedRanges({ shadowRoots: [shadow] })[0];
    range = composed ? toRange(doc, composed) : null;
  } else if (shadow && typeof (shadow as SelectableRoot).getSelection === 'function') {
    const own = (shadow as SelectableRoot).getSelection?.();
    range = own && own.rangeCount > 0 ? own.getRangeAt(0) : null;
  } else {
    range = selection.getRangeAt(0);
  }
  return range && root.contains(range.commonAncestorContainer) ? range : null;
}

/** Makes `range` the document's selection (setBaseAndExtent reaches into shadow trees). */
export function select(root: HTMLElement, range: AbstractRange): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}

/**
 * Editors read a changed selection from 'selectionchange', which the browser fires in a later
 * task: wait for it (or a short time) before handing the editor an input event.
 */
export function selectionSettled(doc: Document, timeoutMs = 80): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView ?? window;
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      view.clearTimeout(timer);
      // One more task: the editor's own selectionchange listener runs after ours.
      view.setTimeout(resolve, 0);
    };
    const timer = view.setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}
