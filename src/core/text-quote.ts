// Plain-text replies carry the earlier messages in one of two ways, and the link guard neither
// reads nor rewrites them, as it skips quoted blocks in HTML: an older invitation quoted there is
// not the partner's link, and a quoted copy re-wrapped by the mail app is not a broken one.
// - Line by line with ">" (Gmail's and Thunderbird's plain-text mode, Apple Mail, most apps),
//   under an attribution line ending in a colon ("On Monday, Anna wrote:").
// - Outlook's header: a rule of underscores (Outlook on the web) or "-----Original Message-----"
//   in the sender's language (Outlook for Windows, also Gmail's forwards), then at least two
//   header fields ("From: …", "Sent: …" in any language), and the earlier message below it,
//   unprefixed, to the end.
// A partner's own line starting with ">" reads as quoted too: plain text has no other mark.

export type TextQuote = {
  /** Where the quoted thread starts (its attribution or header line); -1 when nothing is quoted. */
  start: number;
  /** Whether the text at `pos` belongs to the quoted thread. */
  has: (pos: number) => boolean;
  /** The body with every quoted character but line breaks blanked out (offsets unchanged). */
  own: () => string;
  /**
   * Where a link with no known place goes: above the thread when the partner writes above it,
   * the end when the partner's own text follows the thread (a reply written below the quote).
   */
  fallback: number;
};

/** A trimmed line that is Outlook's rule: 20 or more underscores, or "-----Words-----" (short). */
function outlookRule(text: string): boolean {
  if (/^_{20,}$/.test(text)) return true;
  if (text.length > 120) return false;
  let a = 0;
  while (text[a] === '-') a++;
  let b = text.length;
  while (b > a && text[b - 1] === '-') b--;
  return a >= 5 && text.length - b >= 5 && b > a;
}

/** "From: …", "Da: …", "De : …", "差出人: …": a short label of letters, a colon, then a space or nothing. */
const HEADER_FIELD = /^\p{L}[\p{L}\p{M} .'-]{0,29}[:：](?:\s|$)/u;

type Line = { start: number; end: number; text: string };

function linesOf(body: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; ;) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    lines.push({ start, end, text: body.slice(start, end).trim() });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Anything that could start a quote; most bodies have none and are not split into lines. */
const MAY_QUOTE = /(?:^|\n)[ \t]*>|_{20}|-{5}/;

/** Reads `body` once, line by line. */
export function textQuote(body: string): TextQuote {
  if (!MAY_QUOTE.test(body)) return { start: -1, has: () => false, own: () => body, fallback: body.length };
  const lines = linesOf(body);
  const quoted = lines.map((l) => l.text.startsWith('>'));
  let first = -1; // the first quoted line
  let attribution = -1; // the line above it, when it ends with a colon
  let header = -1; // Outlook's rule line
  let lastText = -1;
  for (let i = 0; i < lines.length && header < 0; i++) {
    const text = lines[i]!.text;
    if (first < 0 && quoted[i]) {
      first = i;
      if (lastText >= 0 && /[:：]$/.test(lines[lastText]!.text)) attribution = lastText;
    } else if (!quoted[i] && outlookRule(text)) {
      let next = i + 1;
      while (next < lines.length && lines[next]!.text === '') next++;
      if (HEADER_FIELD.test(lines[next]?.text ?? '') && HEADER_FIELD.test(lines[next + 1]?.text ?? '')) header = i;
    }
    if (text !== '') lastText = i;
  }
  if (header >= 0) for (let i = header; i < lines.length; i++) quoted[i] = true;
  if (attribution >= 0) quoted[attribution] = true;
  const startLine = [header, attribution >= 0 ? attribution : first].filter((i) => i >= 0).sort((a, b) => a - b)[0];
  const start = startLine === undefined ? -1 : lines[startLine]!.start;
  // The partner's own words below the thread: the reply is written under the quote.
  const below = startLine !== undefined && lines.some((l, i) => i > startLine && !quoted[i] && l.text !== '');
  const lineAt = (pos: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    start,
    has: (pos) => quoted[lineAt(pos)] === true,
    own: () => lines.map((l, i) => (quoted[i] ? ' '.repeat(l.end - l.start) : body.slice(l.start, l.end))).join('\n'),
    fallback: start < 0 || below ? body.length : start,
  };
}
