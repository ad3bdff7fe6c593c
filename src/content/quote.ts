// Keeps the insertion out of the quoted thread. Webmail puts the previous messages in a
// marked block under the reply area; an invitation typed inside it would read as part of
// the customer's own old message. If the caret is inside such a block (or not in the
// editor at all), the caret moves to the end of the partner's own text, just before it.
const QUOTE_SELECTOR = [
  'blockquote',
  '.gmail_quote', // Gmail
  '#divRplyFwdMsg', // Outlook on the web: header of the forwarded/replied message
  '#appendonsend', // Outlook on the web: marker above the quoted thread
  '.moz-cite-prefix', // Thunderbird-style citation line
  '[type="cite"]',
].join(',');

/** The first top-level quoted block of the editor, if any. */
export function quoteBlock(root: HTMLElement): Element | null {
  const quote = root.querySelector(QUOTE_SELECTOR);
  if (!quote) return null;
  let block: Element = quote;
  while (block.parentElement && block.parentElement !== root) block = block.parentElement;
  return block.parentElement === root ? block : null;
}

function selectionInside(root: HTMLElement): Range | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return root.contains(range.commonAncestorContainer) ? range : null;
}

/** The deepest last text position inside `node` (where a click at its end would put the caret). */
function endOf(node: Node, range: Range): void {
  let last: Node = node;
  while (last.lastChild && last.lastChild.nodeName !== 'BR') last = last.lastChild;
  if (last.nodeType === Node.TEXT_NODE) range.setStart(last, (last as Text).length);
  else range.selectNodeContents(last);
  range.collapse(last.nodeType === Node.TEXT_NODE);
}

export type Caret = {
  range: Range;
  /** true when we moved the caret out of the quote or into the editor */ moved: boolean;
};

/**
 * Makes sure the document selection is a caret or range inside `root` and outside the
 * quoted thread, and returns it. A caret placed between blocks gets pulled into the next
 * block by the browser (into the quote), so a moved caret goes to the end of the last
 * block above the quote instead.
 */
export function placeCaret(root: HTMLElement): Caret {
  const doc = root.ownerDocument;
  const current = selectionInside(root);
  const quote = quoteBlock(root);
  if (current && !(quote && quote.contains(current.commonAncestorContainer))) return { range: current, moved: false };
  const range = doc.createRange();
  const above = quote ? quote.previousSibling : root.lastChild;
  if (above) endOf(above, range);
  else if (quote) range.setStartBefore(quote);
  else range.selectNodeContents(root);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return { range, moved: true };
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TD', 'BODY']);

/**
 * True when the caret has text before it on its line: the browser would glue the first
 * inserted paragraph onto that text ("Hello,Dear Contoso"), so the insertion starts with a
 * line break instead.
 */
export function textBeforeCaret(root: HTMLElement, range: Range): boolean {
  let block: Node | null = range.startContainer;
  while (block && block !== root && !(block.nodeType === Node.ELEMENT_NODE && BLOCKS.has((block as Element).tagName)))
    block = block.parentNode;
  const lineStart = root.ownerDocument.createRange();
  lineStart.setStart(block ?? root, 0);
  lineStart.setEnd(range.startContainer, range.startOffset);
  // Only text after the last <br> of the block counts: a <br> already starts a new line.
  const fragment = lineStart.cloneContents();
  const brs = fragment.querySelectorAll('br');
  const lastBr = brs[brs.length - 1];
  if (lastBr) {
    const after = root.ownerDocument.createRange();
    after.setStartAfter(lastBr);
    after.setEndAfter(fragment.lastChild ?? lastBr);
    return after.toString().trim() !== '';
  }
  return (fragment.textContent ?? '').trim() !== '';
}
