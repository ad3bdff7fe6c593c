// Where a link stood in an email, described by the text around it, so a link the partner deleted
// can be put back at its former place ("open the link below" must still be followed by the link)
// rather than after the signature. The description is text only, so it survives the editor
// re-creating every node, and the same rules serve plain text and the visible text of HTML.

/** The visible text just before and just after the link, as it was while the link was intact. */
export type LinkPlace = { before: string; after: string };

/** Where to put the link back: an offset in the current text, and whether it stood on a line of its own. */
export type PlaceMatch = { offset: number; lineStart: boolean; lineEnd: boolean };

const CONTEXT = 80;
/** Shorter context than this (and not all there is) could match anywhere: not trusted. */
const MIN_MATCH = 8;

/** The place of text[start, end) (the link's own text). */
export function placeAround(text: string, start: number, end: number): LinkPlace {
  return { before: text.slice(Math.max(0, start - CONTEXT), start), after: text.slice(end, end + CONTEXT) };
}

/**
 * Length of the longest suffix (or prefix) of `context` found in `text`, at least `min`; 0 when
 * none. Finding a piece means every shorter piece on the same side is found too, so a binary
 * search over the length is exact.
 */
function longestFound(text: string, context: string, fromEnd: boolean, min: number): number {
  const piece = (len: number) => (fromEnd ? context.slice(context.length - len) : context.slice(0, len));
  if (context.length < min || !text.includes(piece(min))) return 0;
  let lo = min;
  let hi = context.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.includes(piece(mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where in `text` the link described by `place` belongs: right after the longest remaining piece
 * of the text that preceded it, else right before the text that followed it. null when neither
 * is found (the surrounding text was rewritten too): the caller falls back to its default place.
 */
export function findPlace(text: string, place: LinkPlace): PlaceMatch | null {
  const before = place.before.trimEnd();
  const gapBefore = place.before.slice(before.length);
  const after = place.after.trimStart();
  const gapAfter = place.after.slice(0, place.after.length - after.length);
  const lineStart = before === '' || gapBefore.includes('\n');
  const lineEnd = after === '' || gapAfter.includes('\n');
  const minBefore = Math.min(MIN_MATCH, before.length);
  const b = minBefore > 0 ? longestFound(text, before, true, minBefore) : 0;
  if (b > 0) {
    let offset = text.indexOf(before.slice(before.length - b)) + b;
    // Take the line break that ended the preceding line too, when it is still there.
    if (text.startsWith(gapBefore, offset)) offset += gapBefore.length;
    else if (lineStart && text[offset] === '\n') offset += 1;
    return { offset, lineStart, lineEnd };
  }
  const minAfter = Math.min(MIN_MATCH, after.length);
  const a = minAfter > 0 ? longestFound(text, after, false, minAfter) : 0;
  if (a > 0) {
    let offset = text.indexOf(after.slice(0, a));
    if (gapAfter && text.slice(0, offset).endsWith(gapAfter)) offset -= gapAfter.length;
    return { offset, lineStart, lineEnd };
  }
  return null;
}
