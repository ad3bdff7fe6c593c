// The link guard's shared engine: the expected link, finding URLs in text, judging each one,
// the verdict and the repair pass. ./guard-text.ts and ./guard-html.ts collect findings from a
// plain-text or an HTML body; callers use ./guard.ts (or guard-text.ts alone, like the popup, so
// the HTML scanner is not loaded where only text is checked). Runs on every keystroke, so one
// linear pass over the body plus a URL parse per URL found; the expected link is prepared once.
import {
  cleanLinkInput,
  diffLinkParts,
  linkPartsKey,
  looksLikeInvitation,
  readLinkParts,
  type LinkPart,
  type LinkParts,
} from './link-read';
import { unwrapRedirects } from './redirects';

// Value lists for the result types (tests and translations enumerate them). The guard stays
// zod-free for pages that only check links (the popup).
export const BODY_FORMATS = ['text', 'html'] as const;
export type BodyFormat = (typeof BODY_FORMATS)[number];
export const LINK_STATUSES = ['intact', 'missing', 'altered', 'broken', 'conflict'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];
export const GUARD_PROBLEM_CODES = [
  'missing',
  'altered',
  'truncated',
  'split',
  'encoded-hash',
  'html-escaped',
  'anchor-text-differs',
  'conflict',
  'invalid-link',
] as const;
export type GuardProblemCode = (typeof GUARD_PROBLEM_CODES)[number];
export const LINK_PARTS = [
  'scheme',
  'host',
  'path',
  'invType',
  'partnerId',
  'msppId',
  'dap',
  'indirectCspId',
  'fragment',
  'relationshipId',
] as const satisfies readonly LinkPart[];
/** A problem found by checkLink: `code` is stable for translation, `message` is English. */
export type LinkProblem = { code: GuardProblemCode; part?: LinkPart; message: string };
export type LinkCheck = { status: LinkStatus; problems: LinkProblem[] };

const PART_NAMES: Record<LinkPart, string> = {
  scheme: 'the "https://" at the start',
  host: 'the website address (host)',
  path: 'the page path',
  invType: 'the invitation type (invType)',
  partnerId: 'the partner ID (partnerId)',
  msppId: 'the MPN ID (msppId)',
  dap: 'the delegated admin flag (DAP)',
  indirectCspId: 'the indirect provider ID (indirectCSPId)',
  fragment: 'the ending after "#"',
  relationshipId: 'the GDAP relationship ID',
};

// ---------------------------------------------------------------------------------------
// The expected link, prepared once.

export interface Expected {
  raw: string;
  lower: string;
  parts: LinkParts;
  key: string;
  /** Where in `raw` the first query parameter starts (or the fragment): cuts before it are not judged. */
  queryStart: number;
  /** Consecutive pieces of `raw` (end offsets, exclusive) and the part each belongs to. */
  segments: { end: number; part: LinkPart | undefined }[];
}

const PARAM_PARTS: Record<string, LinkPart> = {
  invtype: 'invType',
  type: 'invType',
  partnerid: 'partnerId',
  id: 'partnerId',
  msppid: 'msppId',
  dap: 'dap',
  indirectcspid: 'indirectCspId',
  indirectcsp: 'indirectCspId',
};

function segmentsOf(raw: string, parts: LinkParts): Expected['segments'] {
  const segs: Expected['segments'] = [];
  const hash = raw.indexOf('#');
  const queryAt = raw.indexOf('?');
  const q = queryAt >= 0 && (hash < 0 || queryAt < hash) ? queryAt : -1;
  const pathAt = raw.indexOf('/', raw.indexOf('//') + 2);
  const pathEnd = q >= 0 ? q : hash >= 0 ? hash : raw.length;
  segs.push({ end: pathAt < 0 ? pathEnd : pathAt, part: 'host' });
  segs.push({ end: pathEnd, part: 'path' });
  if (q >= 0) {
    const qEnd = hash >= 0 ? hash : raw.length;
    let s = q;
    while (s < qEnd) {
      let e = raw.indexOf('&', s + 1);
      if (e < 0 || e > qEnd) e = qEnd;
      const name =
        raw
          .slice(s + 1, e)
          .split('=')[0]
          ?.toLowerCase() ?? '';
      segs.push({ end: e, part: PARAM_PARTS[name] });
      s = e;
    }
  }
  if (hash >= 0) {
    if (parts.form === 'gdap' && parts.relationshipId) {
      segs.push({ end: raw.length - parts.relationshipId.length, part: 'fragment' });
      segs.push({ end: raw.length, part: 'relationshipId' });
    } else {
      segs.push({ end: raw.length, part: 'fragment' });
    }
  }
  return segs;
}

/** The part of the expected link that starts being wrong or missing at offset `pos`. */
function partAt(exp: Expected, pos: number): LinkPart | undefined {
  for (const s of exp.segments) if (pos < s.end) return s.part;
  return exp.segments[exp.segments.length - 1]?.part;
}

// A few links at a time (an email may carry more than one expected link), each prepared once.
const cache = new Map<string, Expected | null>();
export function prepare(link: string): Expected | null {
  const hit = cache.get(link);
  if (hit !== undefined) return hit;
  const raw = cleanLinkInput(link);
  const parts = readLinkParts(raw);
  let exp: Expected | null = null;
  if (parts && looksLikeInvitation(parts)) {
    const segments = segmentsOf(raw, parts);
    const pathSeg = segments[1];
    exp = {
      raw,
      lower: raw.toLowerCase(),
      parts,
      key: linkPartsKey(parts),
      queryStart: pathSeg ? pathSeg.end + 1 : raw.length,
      segments,
    };
  }
  if (cache.size >= 8) cache.clear();
  cache.set(link, exp);
  return exp;
}

/** The other links expected in the same email (a second, customer-specific link, say), prepared. */
export function prepareOthers(exp: Expected, others: readonly string[] | undefined): Expected[] {
  const out: Expected[] = [];
  for (const other of others ?? []) {
    const o = prepare(other);
    if (o && o.key !== exp.key) out.push(o);
  }
  return out;
}

/**
 * The findings that are this link's business: an invitation link closer to another expected link
 * (fewer parts differ) is that link's copy, intact or damaged, judged and restored on its own, not
 * a "conflicting" copy of this one. Ties stay with this link.
 */
export function withoutOthers(findings: Finding[], exp: Expected, others: Expected[]): Finding[] {
  if (others.length === 0) return findings;
  // A GDAP link and a reseller link differ in their form first: a link of the other's form is the other's.
  const distance = (to: LinkParts, found: LinkParts) =>
    diffLinkParts(to, found).length + ((to.form === 'gdap') !== (found.form === 'gdap') ? 10 : 0);
  return findings.filter((f) => {
    const found = f.found;
    if (!found) return true;
    const mine = distance(exp.parts, found);
    return !others.some((o) => distance(o.parts, found) < mine);
  });
}

// ---------------------------------------------------------------------------------------
// Finding URLs in text.

/** Characters that can continue a URL in running text (RFC 3986 plus non-ASCII for IDN look-alikes). */
/** A letter or digit: what continues a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isUrlChar(c: number): boolean {
  if (c <= 32 || c === 127) return false;
  if (c < 127) {
    // " ' < > [ \ ] ^ ` { | }
    return !(
      c === 34 ||
      c === 39 ||
      c === 60 ||
      c === 62 ||
      c === 91 ||
      c === 92 ||
      c === 93 ||
      c === 94 ||
      c === 96 ||
      (c >= 123 && c <= 125)
    );
  }
  // no-break space, guillemets, general punctuation (zero-width spaces, smart quotes, ellipsis), CJK punctuation, BOM
  if (
    c === 0xa0 ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    c === 0xfeff
  )
    return false;
  return c < 0xfff0;
}
const TRAILING = new Set([46, 44, 59, 58, 33, 63, 41, 42]); // . , ; : ! ? ) *
const URL_START_RE = /https?:\/\//gi;

export function findUrls(s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  URL_START_RE.lastIndex = 0;
  for (let m = URL_START_RE.exec(s); m; m = URL_START_RE.exec(s)) {
    const head = m.index + m[0].length;
    let j = head;
    while (j < s.length && isUrlChar(s.charCodeAt(j))) j++;
    let end = j;
    while (end > head && TRAILING.has(s.charCodeAt(end - 1))) end--;
    out.push({ start: m.index, end });
    URL_START_RE.lastIndex = Math.max(j, head);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Judging one URL.

type Verdict =
  | { kind: 'other' }
  | { kind: 'prefix'; len: number; wrapped: boolean }
  | { kind: 'intact'; key: string; found: LinkParts }
  | { kind: 'altered'; key: string; parts: LinkPart[]; glued: boolean; found: LinkParts }
  | { kind: 'broken'; code: 'encoded-hash' | 'html-escaped'; part?: LinkPart; found: LinkParts };

/** Every URL that looksLikeInvitation() accepts contains one of these. */
const INVITATION_HINT_RE = /invtype|partnerid|partner-invitation|partnersignup|granularadminrelationships/i;

function judgeUrl(found: string, exp: Expected, format: BodyFormat): Verdict {
  const { url, wrappers } = unwrapRedirects(found);
  const lower = url.toLowerCase();
  if (lower.length < exp.lower.length && exp.lower.startsWith(lower))
    return { kind: 'prefix', len: url.length, wrapped: wrappers.length > 0 };
  // Most URLs in a mail (signatures, documents) cannot be invitation links: skip parsing them.
  if (!INVITATION_HINT_RE.test(url)) return { kind: 'other' };
  if (format === 'text' && /&amp;/i.test(url)) {
    const p = readLinkParts(url.replace(/&amp;/gi, '&'));
    if (p && looksLikeInvitation(p)) return { kind: 'broken', code: 'html-escaped', found: p };
  }
  if (!url.includes('#') && /%23/i.test(url)) {
    const p = readLinkParts(url.replace(/%23/i, '#'));
    if (p && looksLikeInvitation(p)) return { kind: 'broken', code: 'encoded-hash', part: 'fragment', found: p };
  }
  const p = readLinkParts(url);
  if (!p || !looksLikeInvitation(p)) return { kind: 'other' };
  const parts = diffLinkParts(exp.parts, p);
  const key = linkPartsKey(p);
  if (parts.length === 0) return { kind: 'intact', key, found: p };
  return { kind: 'altered', key, parts, glued: wrappers.length === 0 && lower.startsWith(exp.lower), found: p };
}

export interface Finding {
  kind: 'intact' | 'altered' | 'broken' | 'mismatch';
  key?: string;
  /**
   * The parts of the invitation link found (intact, altered and re-encoded findings): which
   * expected link a copy belongs to, when the email carries two (see withoutOthers).
   */
  found?: LinkParts;
  problems: LinkProblem[];
  /** Source range to replace with the link on restore (none for intact). */
  start: number;
  end: number;
  where: 'text' | 'href';
  /** For a complete link with text glued on: source offset where the glued text starts (kept on restore). */
  keepFrom?: number;
}

const alteredProblems = (parts: LinkPart[]): LinkProblem[] =>
  parts.map((part) => ({
    code: 'altered',
    part,
    message: `The invitation link was changed: ${PART_NAMES[part]} is not what Partner Center gave you.`,
  }));

/**
 * Judges the URL at text[start, end). `map` turns text offsets into source offsets (identity for text).
 * Returns null for URLs that are not invitation links.
 */
export function judgeAt(
  text: string,
  start: number,
  end: number,
  exp: Expected,
  format: BodyFormat,
  where: 'text' | 'href',
  map: (a: number, b: number) => { start: number; end: number },
): Finding | null {
  const found = text.slice(start, end);
  const v = judgeUrl(found, exp, format);
  switch (v.kind) {
    case 'other':
      return null;
    case 'intact':
      return { kind: 'intact', key: v.key, found: v.found, problems: [], ...map(start, end), where };
    case 'altered': {
      const f: Finding = {
        kind: 'altered',
        key: v.key,
        found: v.found,
        problems: alteredProblems(v.parts),
        ...map(start, end),
        where,
      };
      if (v.glued && where === 'text') f.keepFrom = map(start + exp.raw.length, end).start;
      return f;
    }
    case 'broken': {
      const message =
        v.code === 'encoded-hash'
          ? 'The "#" in the invitation link was re-encoded as "%23", so the invitation page will not open.'
          : 'The invitation link contains "&amp;": HTML escaping leaked into plain text, so the link will not work.';
      return {
        kind: 'broken',
        found: v.found,
        problems: [{ code: v.code, ...(v.part ? { part: v.part } : {}), message }],
        ...map(start, end),
        where,
      };
    }
    case 'prefix': {
      // A cut link: does the rest follow after a line break or spaces (split), or is it gone (truncated)?
      let pos = v.len;
      let cursor = end;
      let split = false;
      let cutAt = v.len;
      let cutEnd = end;
      if (!v.wrapped && where === 'text') {
        // Punctuation trimmed off the end of the URL (a '?' or ':') may still be the link's own.
        while (pos < exp.lower.length && cursor < text.length && text[cursor]?.toLowerCase() === exp.lower[pos]) {
          pos++;
          cursor++;
        }
        cutAt = pos;
        cutEnd = cursor;
        while (pos < exp.raw.length) {
          let k = cursor;
          while (k < text.length && k - cursor < 12 && !isUrlChar(text.charCodeAt(k))) k++;
          if (k === cursor) break;
          let m = 0;
          while (pos + m < exp.lower.length && k + m < text.length && text[k + m]?.toLowerCase() === exp.lower[pos + m])
            m++;
          if (m < Math.min(4, exp.raw.length - pos)) break;
          // A last piece under 4 characters is the link's end only as written and not the start
          // of a word: "invitatio" + "\nNext steps" is a cut link and a word, and a repair must
          // not take the word's "N".
          if (m < 4 && (text.slice(k, k + m) !== exp.raw.slice(pos, pos + m) || WORD_CHAR.test(text[k + m] ?? '')))
            break;
          pos += m;
          cursor = k + m;
          split = true;
        }
      }
      if (!split && cutAt < exp.queryStart) return null; // just the site address, e.g. "https://admin.microsoft.com"
      const part = partAt(exp, cutAt);
      const problem: LinkProblem = split
        ? {
            code: 'split',
            message: 'The invitation link was split by a line break or spaces, so only its first piece is clickable.',
          }
        : {
            code: 'truncated',
            message: `The invitation link was cut short: ${part ? PART_NAMES[part] : 'its end'} is missing or incomplete.`,
          };
      if (part) problem.part = part;
      return { kind: 'broken', problems: [problem], ...map(start, split ? cursor : cutEnd), where };
    }
  }
}

export function judge(findings: Finding[]): LinkCheck {
  const keys = new Set<string>();
  for (const f of findings) if (f.key !== undefined) keys.add(f.key);
  const problems = findings.flatMap((f) => f.problems);
  if (keys.size >= 2) {
    problems.unshift({
      code: 'conflict',
      message: `The email contains ${keys.size} different invitation links. Keep only the one from your Partner Center.`,
    });
    return { status: 'conflict', problems };
  }
  if (findings.some((f) => f.kind === 'broken')) return { status: 'broken', problems };
  if (findings.some((f) => f.kind === 'altered' || f.kind === 'mismatch')) return { status: 'altered', problems };
  if (findings.some((f) => f.kind === 'intact')) return { status: 'intact', problems: [] };
  return {
    status: 'missing',
    problems: [{ code: 'missing', message: 'The invitation link is not in the email. Add it back before sending.' }],
  };
}

export const INVALID: LinkCheck = {
  status: 'missing',
  problems: [
    { code: 'invalid-link', message: 'There is no valid invitation link to look for: check the link in your profile.' },
  ],
};

/**
 * One repair pass over `findings` of `body`: unchanged when the link is intact; otherwise every
 * damaged copy is replaced in place (`asText` in text, `asAttr` in an href) and, when there is
 * nothing to replace, `addMissing` adds the link.
 */
export function restorePass(
  body: string,
  findings: Finding[],
  asText: string,
  asAttr: string,
  addMissing: (body: string) => string,
): string {
  const status = judge(findings).status;
  if (status === 'intact') return body;
  const fixes = findings
    .filter((f) => f.kind !== 'intact')
    .map((f) => {
      const link = f.where === 'href' ? asAttr : asText;
      const text = f.keepFrom !== undefined ? `${link} ${body.slice(f.keepFrom, f.end)}` : link;
      return { start: f.start, end: f.end, text };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (fixes.length > 0) {
    const out: string[] = [];
    let at = 0;
    for (const fix of fixes) {
      if (fix.start < at) continue; // overlaps a fix already applied (e.g. an href fixed twice)
      out.push(body.slice(at, fix.start), fix.text);
      at = fix.end;
    }
    out.push(body.slice(at));
    return out.join('');
  }
  return addMissing(body);
}

/** Repeats `pass` (at most three times) until the body stops changing: one fix can reveal another. */
export function restoreRepeated(body: string, pass: (body: string) => string): string {
  let out = body;
  for (let i = 0; i < 3; i++) {
    const next = pass(out);
    if (next === out) break;
    out = next;
  }
  return out;
}
