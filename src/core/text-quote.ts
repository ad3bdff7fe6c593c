// Plain-text replies quote the earlier messages line by line with ">" (Gmail's and Thunderbird's
// plain-text mode, most mail apps). Those lines are the earlier message's, so the link guard
// neither reads nor rewrites them, as it skips quoted blocks in HTML: an older invitation quoted
// there is not the partner's link, and a quoted copy re-wrapped with "> " is not a broken one.

/** Offset of the start of the line holding `pos`. */
function lineStartOf(body: string, pos: number): number {
  return pos <= 0 ? 0 : body.lastIndexOf('\n', pos - 1) + 1;
}

/** Is the line at `lineStart` a quoted one: ">" after optional spaces? */
function isQuoted(body: string, lineStart: number): boolean {
  let i = lineStart;
  while (body[i] === ' ' || body[i] === '\t') i++;
  return body[i] === '>';
}

/** True when `pos` lies on a quoted line ("> …"). */
export function onQuotedLine(body: string, pos: number): boolean {
  return isQuoted(body, lineStartOf(body, pos));
}

/**
 * Where the quoted thread starts: the first quoted line, or the attribution line above it ("On
 * Monday, Anna wrote:", "Il giorno … ha scritto:") when the last non-blank line before it ends
 * with a colon. -1 when nothing is quoted. Linear in the body's length.
 */
export function textQuoteStart(body: string): number {
  let lastText = -1; // the last non-blank line seen: its start, and its text
  let lastLine = '';
  for (let start = 0; start <= body.length;) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    if (isQuoted(body, start)) return /[:：]$/.test(lastLine) ? lastText : start;
    const line = body.slice(start, end).trim();
    if (line !== '') {
      lastText = start;
      lastLine = line;
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return -1;
}
