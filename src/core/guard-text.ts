// The link guard for plain-text bodies (see ./guard-core.ts). Pages that only check text, like
// the popup, import this module rather than ./guard.ts, so the HTML scanner is not loaded.
import {
  findUrls,
  INVALID,
  judge,
  judgeAt,
  prepare,
  prepareOthers,
  restorePass,
  restoreRepeated,
  withoutOthers,
  type Expected,
  type Finding,
  type LinkCheck,
} from './guard-core';
import { findPlace, placeAround, type LinkPlace } from './link-place';
import { textQuote } from './text-quote';

/** Other links expected in the same email, and where the link stood (for restoring a deleted one). */
export type GuardOptions = { others?: readonly string[]; place?: LinkPlace | null };

function collectText(body: string, exp: Expected, others: Expected[]): Finding[] {
  const out: Finding[] = [];
  const identity = (a: number, b: number) => ({ start: a, end: b });
  const quote = textQuote(body);
  for (const { start, end } of findUrls(body)) {
    if (quote.has(start)) continue; // the earlier message's, not the partner's link
    const f = judgeAt(body, start, end, exp, 'text', 'text', identity);
    if (f) out.push(f);
  }
  return withoutOthers(out, exp, others);
}

/**
 * The ranges of `body` (plain text) holding a damaged copy of `link`: altered, cut, split,
 * re-encoded or another partner's; a copy of one of `options.others` is not one of them. Text
 * glued onto the end of a complete link is left out of its range. For editors that repair
 * through their own input (the in-page guard selects each range and replaces it).
 */
export function damagedRanges(
  body: string,
  link: string,
  options: GuardOptions = {},
): { start: number; end: number }[] {
  const exp = prepare(link);
  if (!exp) return [];
  return collectText(body, exp, prepareOthers(exp, options.others))
    .filter((f) => f.kind !== 'intact')
    .map((f) => ({ start: f.start, end: f.keepFrom ?? f.end }));
}

/** checkLink(body, link, 'text') of ./guard.ts. */
export function checkTextLink(body: string, link: string, options: GuardOptions = {}): LinkCheck {
  const exp = prepare(link);
  if (!exp) return INVALID;
  return judge(collectText(body, exp, prepareOthers(exp, options.others)));
}

/**
 * Where the link stands in `body`: its intact copy, else a copy that differs only in its parts (an
 * earlier rendering with the other DAP choice, say) still marks the place. null when there is none.
 */
export function textLinkPlace(body: string, link: string): LinkPlace | null {
  const exp = prepare(link);
  if (!exp) return null;
  let altered: LinkPlace | null = null;
  const quote = textQuote(body);
  for (const { start, end } of findUrls(body)) {
    if (quote.has(start)) continue;
    const kind = judgeAt(body, start, end, exp, 'text', 'text', (a, b) => ({ start: a, end: b }))?.kind;
    if (kind === 'intact') return placeAround(body, start, end);
    if (kind === 'altered') altered ??= placeAround(body, start, end);
  }
  return altered;
}

/**
 * restoreLink(body, link, 'text') of ./guard.ts: a missing link goes back to its former place
 * (`options.place`) when the text around it is still in the partner's own text, else on its own
 * line above a quoted thread the partner writes above (core/text-quote.ts), or at the end.
 */
export function restoreTextLink(body: string, link: string, options: GuardOptions = {}): string {
  const exp = prepare(link);
  if (!exp) return body;
  const others = prepareOthers(exp, options.others);
  const addMissing = (b: string) => {
    const quote = textQuote(b);
    // Looked for in the partner's own text only: the same template's words may be quoted.
    const at = options.place ? findPlace(quote.start >= 0 ? quote.own() : b, options.place) : null;
    if (!at && quote.fallback < b.length)
      return `${b.slice(0, quote.fallback)}${exp.raw}\n\n${b.slice(quote.fallback)}`;
    if (!at) return `${b}${b === '' || b.endsWith('\n') ? '' : '\n'}${exp.raw}\n`;
    const head = b.slice(0, at.offset);
    const tail = b.slice(at.offset);
    const lead =
      at.lineStart && head !== '' && !head.endsWith('\n')
        ? '\n'
        : !at.lineStart && head !== '' && !/\s$/.test(head)
          ? ' '
          : '';
    const trail =
      at.lineEnd && tail !== '' && !tail.startsWith('\n')
        ? '\n'
        : !at.lineEnd && tail !== '' && !/^\s/.test(tail)
          ? ' '
          : '';
    return `${head}${lead}${exp.raw}${trail}${tail}`;
  };
  return restoreRepeated(body, (b) => restorePass(b, collectText(b, exp, others), exp.raw, exp.raw, addMissing));
}
