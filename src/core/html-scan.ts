// A small, tolerant HTML scanner for email bodies: the visible text (entities decoded,
// block tags as line breaks) and the anchors with their hrefs, with offsets back into the
// source so a caller can repair the HTML in place. Core has no DOM (it runs in the worker
// and in unit tests), and a full parser would be overkill for what the link guard needs.
// Linear time: every character is looked at a bounded number of times.

export interface ScannedAnchor {
  /** Decoded href, with the tabs and newlines that URL parsers drop already removed; null without href. */
  href: string | null;
  /** Source offsets of the href value (inside the quotes). */
  hrefStart: number;
  hrefEnd: number;
  /** Range of the anchor's visible text in `text`. */
  textStart: number;
  textEnd: number;
}

export interface HtmlScan {
  /** Visible text, entities decoded; block-level tags become '\n'. */
  text: string;
  /** The source range that text[a, b) came from (b > a), including any tags in between. */
  toSource(a: number, b: number): { start: number; end: number };
  anchors: ScannedAnchor[];
  /**
   * What would close a construct left open at the end of the source (an unterminated comment,
   * quoted attribute, tag or script/style element), so that markup appended after it is
   * visible; '' when the source ends in plain content.
   */
  unclosed: string;
  /**
   * Source offset where the first quoted earlier message starts (see isQuoteStart), or -1. Text
   * and anchors inside quoted messages are left out of `text` and `anchors`: the guard neither
   * judges nor rewrites what the customer wrote before.
   */
  quoteStart: number;
}

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Elements that have no end tag (never on the open-element stack). */
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Class names that mark a quoted earlier message: Gmail's quote and its wrapper, Yahoo's, Thunderbird's attribution line. */
const QUOTE_CLASSES = ['gmail_quote', 'gmail_quote_container', 'yahoo_quoted', 'moz-cite-prefix'];
/** Ids after which the rest of the parent is the quoted thread: Outlook on the web's marker and reply/forward header. */
const QUOTE_MARKER_IDS = new Set(['appendonsend', 'divrplyfwdmsg']);

/**
 * How an element starts a quoted earlier message: 'element' (the element is the quote),
 * 'rest' (it and everything after it in its parent), or null.
 */
export function quoteKind(name: string, attrs: { id: string; cls: string; type: string }): 'element' | 'rest' | null {
  if (name === 'blockquote' && attrs.type.toLowerCase() === 'cite') return 'element';
  if (attrs.id && QUOTE_MARKER_IDS.has(attrs.id.toLowerCase())) return 'rest';
  if (attrs.cls && attrs.cls.split(/\s+/).some((c) => QUOTE_CLASSES.includes(c))) return 'element';
  return null;
}

/** Elements whose content is not visible text. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'template', 'title', 'head']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  euro: '\u20ac',
};

/** Decodes the entity starting at `amp` (an '&'); returns the text and the source length, or null. */
function decodeEntityAt(s: string, amp: number, limit: number): { text: string; len: number } | null {
  let j = amp + 1;
  if (s.charCodeAt(j) === 35 /* # */) {
    j++;
    const hex = s[j] === 'x' || s[j] === 'X';
    if (hex) j++;
    const start = j;
    while (j < limit && j - start < 8 && (hex ? /[0-9a-f]/i : /[0-9]/).test(s[j] ?? '')) j++;
    if (j === start) return null;
    const code = parseInt(s.slice(start, j), hex ? 16 : 10);
    if (s[j] === ';') j++;
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return { text: valid ? String.fromCodePoint(code) : '\ufffd', len: j - amp };
  }
  const start = j;
  while (j < limit && j - start < 10 && /[a-z0-9]/i.test(s[j] ?? '')) j++;
  if (s[j] !== ';') return null;
  const text = NAMED_ENTITIES[s.slice(start, j).toLowerCase()];
  return text === undefined ? null : { text, len: j + 1 - amp };
}

/** Decodes character references in an attribute value or text. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', i)) {
    const e = decodeEntityAt(s, amp, s.length);
    out += s.slice(i, amp) + (e ? e.text : '&');
    i = amp + (e ? e.len : 1);
  }
  return out + s.slice(i);
}

const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

export function scanHtml(html: string): HtmlScan {
  const n = html.length;
  // Text is built from runs: a verbatim slice of the source, or one decoded unit (entity,
  // or '\n' for a block tag) standing for a source range. Offsets map back run by run.
  const runText: number[] = [];
  const runSrc: number[] = [];
  const runSrcEnd: number[] = [];
  const runVerbatim: boolean[] = [];
  const pieces: string[] = [];
  let len = 0;
  const anchors: ScannedAnchor[] = [];
  let open: ScannedAnchor | null = null;
  let unclosed = '';
  // Open elements (names), kept only to tell where a quoted message ends; a close tag pops back
  // to its element, so stray or missing end tags do not derail it for long.
  const stack: string[] = [];
  let quoteStart = -1;
  /** While set, a quote is open until the open-element stack is shorter than this. */
  let quoteDepth = -1;

  const pushUnit = (ch: string, from: number, to: number) => {
    runText.push(len);
    runSrc.push(from);
    runSrcEnd.push(to);
    runVerbatim.push(false);
    pieces.push(ch);
    len += ch.length;
  };
  const emitText = (a: number, b: number) => {
    let i = a;
    while (i < b) {
      const amp = html.indexOf('&', i);
      const stop = amp < 0 || amp >= b ? b : amp;
      if (stop > i) {
        runText.push(len);
        runSrc.push(i);
        runSrcEnd.push(stop);
        runVerbatim.push(true);
        pieces.push(html.slice(i, stop));
        len += stop - i;
      }
      if (stop === b) break;
      const e = decodeEntityAt(html, stop, b);
      if (e) pushUnit(e.text, stop, stop + e.len);
      else pushUnit('&', stop, stop + 1);
      i = stop + (e ? e.len : 1);
    }
  };
  const closeAnchor = () => {
    if (open) {
      open.textEnd = len;
      anchors.push(open);
      open = null;
    }
  };

  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const quoted = quoteDepth >= 0;
    if (lt < 0) {
      if (!quoted) emitText(i, n);
      break;
    }
    if (!quoted) emitText(i, lt);
    const c = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) unclosed = '-->';
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const end = html.indexOf('>', lt);
      if (end < 0) unclosed = '>';
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = c === 47; /* / */
    let j = closing ? lt + 2 : lt + 1;
    const nameStart = j;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    if (j === nameStart) {
      // Not a tag: a literal '<' in text.
      if (!quoted) pushUnit('<', lt, lt + 1);
      i = lt + 1;
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    // Attributes, honouring quotes so a '>' inside a value does not end the tag.
    let href: string | null = null;
    let hrefStart = -1;
    let hrefEnd = -1;
    const attrs = { id: '', cls: '', type: '' };
    while (j < n) {
      const ch = html.charCodeAt(j);
      if (ch === 62 /* > */) break;
      if (isSpace(ch) || ch === 47) {
        j++;
        continue;
      }
      const an = j;
      for (
        let c2 = html.charCodeAt(j);
        j < n && !isSpace(c2) && c2 !== 61 && c2 !== 62 && c2 !== 47;
        c2 = html.charCodeAt(++j)
      );
      const attrName = j - an <= 5 ? html.slice(an, j).toLowerCase() : '';
      const isHref = attrName === 'href';
      if (j === an) j++; // a stray character: step over it
      let k = j;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      if (html.charCodeAt(k) !== 61 /* = */) continue;
      k++;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      let vs: number;
      let ve: number;
      const q = html.charCodeAt(k);
      if (q === 34 || q === 39) {
        vs = k + 1;
        const close = html.indexOf(q === 34 ? '"' : "'", vs);
        ve = close < 0 ? n : close;
        if (close < 0) unclosed = q === 34 ? '">' : "'>";
        j = close < 0 ? n : close + 1;
      } else {
        vs = k;
        while (k < n && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== 62) k++;
        ve = k;
        j = k;
      }
      if (attrName === 'id') attrs.id = html.slice(vs, ve);
      else if (attrName === 'class') attrs.cls = html.slice(vs, ve);
      else if (attrName === 'type') attrs.type = html.slice(vs, ve);
      if (isHref && href === null) {
        // URL parsers drop tabs and newlines inside a URL and trim the ends (WHATWG URL spec).
        href = decodeEntities(html.slice(vs, ve))
          .replace(/[\t\n\r]/g, '')
          .trim();
        hrefStart = vs;
        hrefEnd = ve;
      }
    }
    const tagEnd = Math.min(j + 1, n);
    if (j >= n && !unclosed) unclosed = '>';
    if (!closing && RAW_TEXT_TAGS.has(name)) {
      const endRe = new RegExp(`</${name}`, 'gi');
      endRe.lastIndex = tagEnd;
      const endTag = endRe.exec(html)?.index ?? -1;
      const gt = endTag < 0 ? -1 : html.indexOf('>', endTag);
      if (gt < 0) unclosed = endTag < 0 ? `</${name}>` : '>';
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else if (!VOID_TAGS.has(name)) {
      stack.push(name);
    }
    if (quoteDepth >= 0) {
      if (stack.length < quoteDepth) quoteDepth = -1;
      i = tagEnd;
      continue;
    }
    const kind = closing ? null : quoteKind(name, attrs);
    const isVoid = VOID_TAGS.has(name);
    if (kind && !(kind === 'element' && isVoid)) {
      // The rest stays out of text and anchors until the quote (or, for a marker, its parent) closes.
      closeAnchor();
      if (quoteStart < 0) quoteStart = lt;
      pushUnit('\n', lt, tagEnd);
      quoteDepth = kind === 'element' || isVoid ? stack.length : stack.length - 1;
    } else if (name === 'a') {
      closeAnchor();
      if (!closing) open = { href, hrefStart, hrefEnd, textStart: len, textEnd: len };
    } else if (BLOCK_TAGS.has(name)) {
      pushUnit('\n', lt, tagEnd);
    }
    i = tagEnd;
  }
  closeAnchor();
  /** Index of the run holding text offset t (the last run starting at or before it). */
  const runAt = (t: number): number => {
    let lo = 0;
    let hi = runText.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runText[mid] ?? 0) <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const toSource = (a: number, b: number) => {
    if (runText.length === 0) return { start: n, end: n };
    const ra = runAt(a);
    const rb = runAt(b - 1);
    const start = runVerbatim[ra] ? (runSrc[ra] ?? 0) + a - (runText[ra] ?? 0) : (runSrc[ra] ?? 0);
    const end = runVerbatim[rb] ? (runSrc[rb] ?? 0) + b - (runText[rb] ?? 0) : (runSrcEnd[rb] ?? n);
    return { start, end };
  };
  return { text: pieces.join(''), toSource, anchors, unclosed, quoteStart };
}
