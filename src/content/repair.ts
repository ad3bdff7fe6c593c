// "Restore link" in a rich editor, through the editor's own input route: each damaged copy of the
// link is selected and replaced with the exact link, and a deleted link is put back at its former
// place, as if the partner had pasted it there. Nothing writes an href or text node behind the
// editor's back: a model editor would show the fix while its model (what gets sent) kept the
// damage. Quoted earlier messages are never touched (text-map.ts leaves them out).
import { checkLink, linkPlace, type LinkPlace } from '../core/guard';
import { damagedRanges } from '../core/guard-text';
import { findPlace, placeAround } from '../core/link-place';
import { textQuote } from '../core/text-quote';
import { endOfOwnText } from './quote';
import { select, selectionSettled } from './selection';
import { settled } from './settle';
import { textMap, type TextMap } from './text-map';
import type { Content, RichAdapter } from './editors/types';

const DAMAGED = new Set(['altered', 'broken', 'conflict']);

/** Where `link` stands in the editor's visible text while it is intact (for restoring it later). */
export function richLinkPlace(map: TextMap, link: string): LinkPlace | null {
  const anchor = map.anchors.find((a) => a.el.getAttribute('href') === link);
  return anchor ? placeAround(map.text, anchor.start, anchor.end) : linkPlace(map.text, link, 'text');
}

/** The link as the partner's editor should receive it: an anchor showing `label`, in its own DOM nodes. */
function anchorContent(root: HTMLElement, link: string, label: string, block: boolean): Content {
  const doc = root.ownerDocument.implementation.createHTMLDocument('');
  const a = doc.createElement('a');
  a.setAttribute('href', link);
  a.textContent = label;
  const box = doc.createElement(block ? 'p' : 'span');
  box.append(a);
  // Serialising nodes built here from the link; nothing is parsed from data.
  return { html: block ? box.outerHTML : box.innerHTML, text: label === link ? link : `${label} (${link})` };
}

/** A text range to replace; `anchor` when the whole anchor element goes. */
type Repair = { start: number; end: number; label: string; anchor?: Element };

/** The damaged copies of `link`, as text ranges; one that touches an anchor takes the whole anchor. */
function repairsFor(map: TextMap, link: string, others: readonly string[]): Repair[] {
  const out: Repair[] = [];
  const wholeAnchor = new Set<Element>();
  for (const a of map.anchors) {
    const href = a.el.getAttribute('href') ?? '';
    const shown = map.text.slice(a.start, a.end).trim();
    const hrefDamaged = href !== link && DAMAGED.has(checkLink(href, link, 'text', { others }).status);
    const showsLink = href !== link && shown === link;
    if (hrefDamaged || showsLink) wholeAnchor.add(a.el);
  }
  for (const r of damagedRanges(map.text, link, { others })) {
    const a = map.anchors.find((x) => x.start < r.end && r.start < x.end);
    if (a) wholeAnchor.add(a.el);
    else out.push({ ...r, label: link });
  }
  for (const a of map.anchors) {
    if (!wholeAnchor.has(a.el)) continue;
    const shown = map.text.slice(a.start, a.end).trim();
    // Words as the anchor's text ("Accept the invitation") stay; a shown address becomes the link.
    const label = /^\s*https?:\/\//i.test(shown) || shown === '' ? link : shown;
    out.push({ start: a.start, end: a.end, label, anchor: a.el });
  }
  return out.sort((x, y) => y.start - x.start);
}

async function replaceAt(editor: RichAdapter, range: Range, content: Content): Promise<void> {
  const { root } = editor;
  root.focus({ preventScroll: true });
  select(root, range);
  await selectionSettled(root.ownerDocument);
  if (editor.kind === 'prosemirror' && !range.collapsed) {
    // TipTap's link extension turns a URL pasted over a selection into "link the selected text",
    // which would keep a damaged address as the text: clear the selection first (the deletion and
    // the paste fall into one ProseMirror history group, so one Ctrl+Z still undoes the repair).
    root.ownerDocument.execCommand('delete');
    await selectionSettled(root.ownerDocument);
  }
  // Then the editor's own rendering of it has gone quiet before the next one is measured.
  if (await editor.put(content)) await settled(root, () => true);
}

/**
 * Repairs `link` (one of `links`) in the editor, each fix one paste of the exact link: damaged
 * copies in place, a missing link at `place` (else at the end of the partner's own text, above
 * any quoted thread).
 */
export async function restoreRich(
  editor: RichAdapter,
  link: string,
  links: readonly string[],
  place: LinkPlace | null,
): Promise<void> {
  const { root } = editor;
  const others = links.filter((l) => l !== link);
  const status = checkLink(editor.body(), link, 'html', { others }).status;
  if (status === 'intact') return;
  if (status === 'missing') {
    const map = textMap(root);
    // Looked for outside a plain-text quoted thread: the same template's words may be quoted there.
    const quote = textQuote(map.text);
    const at = place ? findPlace(quote.start >= 0 ? quote.own() : map.text, place) : null;
    if (at) {
      const { text } = map;
      let caret = map.range(at.offset, at.offset);
      let before = at.lineStart && at.offset > 0 && text[at.offset - 1] !== '\n';
      let after = at.lineEnd && at.offset < text.length && text[at.offset] !== '\n';
      if (editor.lineBreak === 'br' && at.lineStart) {
        // A line of its own where lines end in <br>: the browser would merge the link into the next
        // paragraph (and drop a trailing <br>), so it goes at the end of the previous line, after a
        // break of its own.
        let end = at.offset;
        while (end > 0 && text[end - 1] === '\n') end--;
        if (end > 0) {
          caret = map.caret(end, false);
          before = true;
          after = false;
        }
      }
      // A paragraph of its own where the editor splits lines with paragraphs; the link inline between
      // line breaks where it splits them with <br> (a pasted paragraph would merge into the line).
      const content = editor.frame(
        editor.shape(anchorContent(root, link, link, editor.lineBreak === 'paragraph')),
        before,
        after,
      );
      await replaceAt(editor, caret, content);
    } else {
      const block = editor.lineBreak === 'paragraph';
      await replaceAt(editor, endOfOwnText(root), editor.frame(anchorContent(root, link, link, block), true, false));
    }
    return;
  }
  // One at a time from the end, re-reading the editor after each: its DOM changes under every fix.
  for (let round = 0; round < 5; round++) {
    const map = textMap(root);
    const next = repairsFor(map, link, others)[0];
    if (!next) return;
    const range = map.range(next.start, next.end);
    // A model editor maps a selection over the anchor's text to its link; a plain contenteditable
    // would nest the new anchor in the old one, so there the element itself is selected.
    if (next.anchor && editor.kind === 'contenteditable') range.selectNode(next.anchor);
    await replaceAt(editor, range, anchorContent(root, link, next.label, false));
    if (checkLink(editor.body(), link, 'html', { others }).status === 'intact') return;
  }
}
