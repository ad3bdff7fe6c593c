// Plain-text replies carry the earlier messages in one of two ways, and the link guard neither
// reads nor rewrites them, as it skips quoted blocks in HTML: an older invitation quoted there is
// not the partner's link, and a quoted copy re-wrapped by the mail app is not a broken one.
// - Line by line with ">" (Gmail's and Thunderbird's plain-text mode, Apple Mail, most apps),
//   under an attribution line ending in a colon ("On Monday, Anna wrote:").
// - Outlook's header: a rule of underscores (Outlook on the web) or "-----Original Message-----"
//   in the sender's language (Outlook for Windows), then "From: …" in any language, and the
//   earlier message below it unprefixed, to the end.

export type TextQuote = {
  /** Where the quoted thread starts (its attribution or header line); -1 when nothing is quoted. */
  start: number;
  /** Whether the text at `pos` belongs to the quoted thread. */
  has: (pos: number) => boolean;
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
/** "From:", "Da:", "Von:", "De :", "差出人:": a short label and a colon. */
const HEADER_FIELD = /^[^\s:：][^:：\n]{0,30}[:：]/;

/** Is the line at `lineStart` a ">" quoted one (after optional spaces)? */
function quotedLine(body: string, lineStart: number): boolean {
  let i = lineStart;
  while (body[i] === ' ' || body[i] === '\t') i++;
  return body[i] === '>';
}

/** Reads `body` once, line by line. */
export function textQuote(body: string): TextQuote {
  const lines: { start: number; text: string }[] = [];
  for (let start = 0; ;) {
    const nl = body.indexOf('\n', start);
    lines.push({ start, text: body.slice(start, nl === -1 ? body.length : nl).replace(/\r$/, '') });
    if (nl === -1) break;
    start = nl + 1;
  }
  let quoteStart = -1;
  let header = -1;
  let lastText: { start: number; text: string } | null = null; // the last non-blank line seen
  for (let i = 0; i < lines.length && header < 0; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (quoteStart < 0 && quotedLine(body, line.start)) {
      quoteStart = lastText && /[:：]$/.test(lastText.text) ? lastText.start : line.start;
    } else if (outlookRule(text)) {
      let next = i + 1;
      while (next < lines.length && lines[next]!.text.trim() === '') next++;
      if (next < lines.length && HEADER_FIELD.test(lines[next]!.text.trim())) header = line.start;
    }
    if (text !== '') lastText = { start: line.start, text };
  }
  const lineStart = (pos: number) => (pos <= 0 ? 0 : body.lastIndexOf('\n', pos - 1) + 1);
  return {
    start: header >= 0 && (quoteStart < 0 || header < quoteStart) ? header : quoteStart,
    has: (pos) => (header >= 0 && pos >= header) || quotedLine(body, lineStart(pos)),
  };
}
