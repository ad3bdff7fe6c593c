// The visible text of a rich editor's DOM, read the way core reads HTML (core/html-scan.ts: block
// elements and <br> are line breaks, quoted earlier messages are left out), with a way back from
// any text offset to a DOM position. The guard finds damaged links and the link's former place in
// this text with core's rules, then selects those DOM ranges for the editor to replace.
import { BLOCK_TAGS, quoteKind } from '../core/html-scan';

type Point = { node: Node; offset: number };
type Segment = { start: number; end: number; text: Text } | { start: number; end: number; before: Point; after: Point };

type TextAnchor = { el: Element; start: number; end: number };

export type TextMap = {
  text: string;
  anchors: TextAnchor[];
  /** A Range over text[start, end); a collapsed one when start === end. */
  range(start: number, end: number): Range;
  /** A caret at offset `t`: at a boundary, in what follows (forward) or in what precedes it. */
  caret(t: number, forward: boolean): Range;
};

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Line breaks editors render only to keep an empty line open, not part of their content. */
function isFiller(el: Element): boolean {
  return el.hasAttribute('data-cke-filler') || el.classList.contains('ProseMirror-trailingBreak');
}

const indexIn = (node: Node): number => Array.prototype.indexOf.call(node.parentNode?.childNodes ?? [], node);
const beforeNode = (node: Node): Point => ({ node: node.parentNode ?? node, offset: indexIn(node) });
const afterNode = (node: Node): Point => ({ node: node.parentNode ?? node, offset: indexIn(node) + 1 });

export function textMap(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  const anchors: TextAnchor[] = [];
  const pieces: string[] = [];
  let len = 0;
  const brk = (before: Point, after: Point) => {
    segments.push({ start: len, end: len + 1, before, after });
    pieces.push('\n');
    len += 1;
  };

  /** Walks the children of `parent`, in document order. */
  const walk = (parent: Node): void => {
    const children = Array.from(parent.childNodes);
    for (let i = 0; i < children.length; i++) {
      const node = children[i] as Node;
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node as Text;
        if (text.length === 0) continue;
        segments.push({ start: len, end: len + text.length, text });
        pieces.push(text.data);
        len += text.length;
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      const name = el.tagName.toLowerCase();
      if (SKIP.has(el.tagName)) continue;
      const kind = quoteKind(name, {
        id: el.id,
        cls: el.getAttribute('class') ?? '',
        type: el.getAttribute('type') ?? '',
      });
      if (kind === 'element') {
        brk(beforeNode(el), afterNode(el));
        continue;
      }
      if (kind === 'rest') {
        // Everything from here to the end of the parent is the quoted thread.
        brk(beforeNode(el), { node: parent, offset: parent.childNodes.length });
        return;
      }
      if (name === 'br') {
        if (!isFiller(el)) brk(beforeNode(el), afterNode(el));
        continue;
      }
      const block = BLOCK_TAGS.has(name);
      if (block) brk(beforeNode(el), { node: el, offset: 0 });
      const start = len;
      walk(el);
      if (name === 'a' && el.hasAttribute('href')) anchors.push({ el, start, end: len });
      if (block) brk({ node: el, offset: el.childNodes.length }, afterNode(el));
    }
  };
  walk(root);
  const text = pieces.join('');

  /** The segment index holding offset `t` with `forward` bias at boundaries (binary search). */
  const segmentAt = (t: number, forward: boolean): number => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const s = segments[mid] as Segment;
      if (forward ? s.start <= t : s.start < t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const point = (t: number, forward: boolean): Point => {
    if (segments.length === 0) return { node: root, offset: forward ? 0 : root.childNodes.length };
    const s = segments[segmentAt(t, forward)] as Segment;
    if ('text' in s) return { node: s.text, offset: Math.max(0, Math.min(s.text.length, t - s.start)) };
    return t <= s.start ? s.before : s.after;
  };
  return {
    text,
    anchors,
    caret(t, forward) {
      const r = root.ownerDocument.createRange();
      const p = point(t, forward);
      r.setStart(p.node, p.offset);
      r.collapse(true);
      return r;
    },
    range(start, end) {
      const doc = root.ownerDocument;
      const r = doc.createRange();
      const a = point(start, true);
      r.setStart(a.node, a.offset);
      if (end === start) {
        r.collapse(true);
        return r;
      }
      const b = point(end, false);
      r.setEnd(b.node, b.offset);
      return r;
    },
  };
}
