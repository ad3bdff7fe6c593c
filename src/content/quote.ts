// Keeps the insertion out of the quoted thread. Webmail puts the previous messages in a
// marked block under the reply area; an invitation typed inside it would read as part of
// the customer's own old message. If the caret is inside such a block (or not in the
// editor at all), the caret moves to the end of the partner's own text, just before it.
import { select, selectionIn } from './selection';

const QUOTE_SELECTOR = [
  'blockquote',
  '.gmail_quote', // Gmail
  '.gmail_quote_container', // Gmail (newer): the attribution line and the quote
  '#divRplyFwdMsg', // Outlook on the web: header of the forwarded/replied message
  '#appendonsend', // Outlook on the web: marker above the quoted thread
  '.moz-cite-prefix', // Thunderbird-style citation line
  '[type="cite"]',
].join(',');

/**
 * The quoted thread of the editor, if any: the first quote-marked element in document order,
 * which is the outermost one (Gmail's container before its blockquote, Outlook's marker before
 * the header). It may sit inside a wrapper that also holds the partner's own lines.
 */
export function quoteBlock(root: HTMLElement): Element | null {
  return root.querySelector(QUOTE_SELECTOR);
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
 * Makes sure the selection is a caret or range inside `root` and outside the quoted thread, and
 * returns it. A caret placed between blocks gets pulled into the next block by the browser (into
 * the quote), so a moved caret goes to the end of the last block above the quote instead.
 */
export function placeCaret(root: HTMLElement): Caret {
  const current = selectionIn(root);
  const quote = quoteBlock(root);
  if (current && !(quote && quote.contains(current.commonAncestorContainer))) return { range: current, moved: false };
  const range = endOfOwnText(root);
  select(root, range);
  return { range, moved: true };
}

/** A caret at the end of the partner's own text: the last block above the quoted thread, or the end. */
export function endOfOwnText(root: HTMLElement): Range {
  const quote = quoteBlock(root);
  const range = root.ownerDocument.createRange();
  let above = quote ? quote.previousSibling : root.lastChild;
  // Past the empty lines that separate the reply from the quote.
  while (above && (above.nodeName === 'BR' || (above.nodeType === Node.TEXT_NODE && !above.textContent?.trim())))
    above = above.previousSibling;
  if (above) endOf(above, range);
  else if (quote) range.setStartBefore(quote);
  else range.selectNodeContents(root);
  range.collapse(false);
  return range;
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TD', 'BODY']);

function blockOf(root: HTMLElement, node: Node): Node {
  let block: Node | null = node;
  while (block && block !== root && !(block.nodeType === Node.ELEMENT_NODE && BLOCKS.has((block as Element).tagName)))
    block = block.parentNode;
  return block ?? root;
}

/** The text of `fragment` on the line that touches its end (`last`) or its start. */
function lineText(fragment: DocumentFragment, last: boolean): string {
  const text: string[] = [];
  const walker = fragment.ownerDocument.createTreeWalker(fragment, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeName === 'BR' || BLOCKS.has(n.nodeName)) {
      if (last) text.length = 0;
      else if (text.length > 0 || n.nodeName === 'BR') break;
      continue;
    }
    if (n.nodeType === Node.TEXT_NODE) text.push((n as Text).data);
  }
  return text.join('').replace(/[\s\u200b\ufeff]+/g, '');
}

/**
 * True when the caret has text before it on its line: the editor would glue the first inserted
 * paragraph onto that text ("Hello,Dear Contoso"), so the insertion starts on a line of its own.
 */
export function textBeforeCaret(root: HTMLElement, range: Range): boolean {
  const line = root.ownerDocument.createRange();
  line.setStart(blockOf(root, range.startContainer), 0);
  line.setEnd(range.startContainer, range.startOffset);
  return lineText(line.cloneContents(), true) !== '';
}

/**
 * True when the selection has text after it on its line: the editor would glue that text onto
 * the invitation's last line ("Fabrikam Partners Talk soon!"), so the insertion ends with a break.
 */
export function textAfterCaret(root: HTMLElement, range: Range): boolean {
  const block = blockOf(root, range.endContainer);
  const line = root.ownerDocument.createRange();
  line.setStart(range.endContainer, range.endOffset);
  line.setEnd(block, block.childNodes.length);
  return lineText(line.cloneContents(), false) !== '';
}
