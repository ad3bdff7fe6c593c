// Read and compare Partner Center invitation links (docs/domain.md#reseller-relationship-link) leniently: what a URL says,
// right or wrong. The guard compares these; the strict parser in ./link.ts validates them.
// Split from ./link.ts so pages that only build and check links (the popup) do not load the
// parser and its messages; ./link.ts re-exports everything here.
import type { CloudId } from './ids';

const GDAP_FRAGMENT_RE = /^\/partners\/invitation\/granularAdminRelationships\/(.*)$/i;
const LEGACY_PATH = '/partner/partnersignup.aspx';

// Zod-free, so pages that only build and check links (the popup) do not load zod.
export type ResellerLink = {
  kind: 'reseller';
  cloud: CloudId;
  partnerId: string;
  msppId: string;
  dap: boolean;
  indirect: boolean;
  indirectCspId?: string;
  url: string;
};
export type GdapLink = { kind: 'gdap'; relationshipId: string; url: string };
export type InvitationLink = ResellerLink | GdapLink;

/** The parts of a link that matter: a change to any of them changes where the customer lands. */
export type LinkPart =
  | 'scheme'
  | 'host'
  | 'path'
  | 'invType'
  | 'partnerId'
  | 'msppId'
  | 'dap'
  | 'indirectCspId'
  | 'fragment'
  | 'relationshipId';

export interface LinkParts {
  /** 'https:' normally. */
  scheme: string;
  /** Lower-case host as the URL parser sees it (IDN already in xn-- form). */
  host: string;
  port: string;
  userinfo: boolean;
  path: string;
  form: 'modern' | 'legacy' | 'gdap';
  invType?: string;
  partnerId?: string;
  msppId?: string;
  dap?: string;
  indirectCspId?: string;
  /** Without the '#'. */
  fragment: string;
  relationshipId?: string;
  /** Parameter names that appear more than once with different values. */
  duplicates: ('invType' | 'partnerId' | 'msppId' | 'dap' | 'indirectCspId')[];
}

type ParamKey = LinkParts['duplicates'][number];
const MODERN_PARAMS: Record<string, ParamKey> = {
  invtype: 'invType',
  partnerid: 'partnerId',
  msppid: 'msppId',
  dap: 'dap',
  indirectcspid: 'indirectCspId',
};
const LEGACY_PARAMS: Record<string, ParamKey> = {
  type: 'invType',
  id: 'partnerId',
  msppid: 'msppId',
  dap: 'dap',
  indirectcsp: 'indirectCspId',
  indirectcspid: 'indirectCspId',
};

/** Parses `url` with the WHATWG URL parser and reads its invitation parts; null if it is not a URL. */
export function readLinkParts(url: string): LinkParts | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const fragment = safeDecode(u.hash.slice(1));
  const path = u.pathname;
  const gdap = GDAP_FRAGMENT_RE.exec(fragment);
  const form: LinkParts['form'] = gdap ? 'gdap' : path.toLowerCase() === LEGACY_PATH ? 'legacy' : 'modern';
  const parts: LinkParts = {
    scheme: u.protocol,
    host: u.hostname.toLowerCase(),
    port: u.port,
    userinfo: u.username !== '' || u.password !== '',
    path,
    form,
    fragment,
    duplicates: [],
  };
  if (gdap) parts.relationshipId = gdap[1] ?? '';
  const names = form === 'legacy' ? LEGACY_PARAMS : MODERN_PARAMS;
  for (const [name, value] of u.searchParams) {
    const key = names[name.toLowerCase()];
    if (!key) continue;
    const prev = parts[key];
    if (prev === undefined) parts[key] = value;
    else if (prev.toLowerCase() !== value.toLowerCase() && !parts.duplicates.includes(key)) parts.duplicates.push(key);
  }
  return parts;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when the parts look like an invitation link at all (right or wrong), as opposed to any other URL. */
export function looksLikeInvitation(p: LinkParts): boolean {
  if (p.form !== 'modern') return true;
  if (p.partnerId !== undefined) return true;
  if (p.invType !== undefined && /resellerrelationship/i.test(p.invType)) return true;
  return /partner-invitation/i.test(p.fragment);
}

const eq = (a: string | undefined, b: string | undefined): boolean =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** Which parts that matter differ between two read links; empty when they are the same link. */
export function diffLinkParts(a: LinkParts, b: LinkParts): LinkPart[] {
  const out: LinkPart[] = [];
  if (a.scheme !== b.scheme) out.push('scheme');
  if (a.host !== b.host || a.port !== b.port || a.userinfo !== b.userinfo) out.push('host');
  if ((a.form === 'gdap') !== (b.form === 'gdap')) {
    out.push('invType');
    return out;
  }
  if (!eq(a.path, b.path)) out.push('path');
  if (a.form === 'gdap') {
    if (!eq(a.relationshipId, b.relationshipId)) out.push('relationshipId');
    return out;
  }
  if (!eq(a.invType, b.invType) || a.duplicates.includes('invType') || b.duplicates.includes('invType'))
    out.push('invType');
  if (!eq(a.partnerId, b.partnerId) || a.duplicates.includes('partnerId') || b.duplicates.includes('partnerId'))
    out.push('partnerId');
  // MPN IDs are digits: compared exactly.
  if ((a.msppId ?? '') !== (b.msppId ?? '') || a.duplicates.includes('msppId') || b.duplicates.includes('msppId'))
    out.push('msppId');
  if (!eq(a.dap, b.dap) || a.duplicates.includes('dap') || b.duplicates.includes('dap')) out.push('dap');
  if (
    !eq(a.indirectCspId, b.indirectCspId) ||
    a.duplicates.includes('indirectCspId') ||
    b.duplicates.includes('indirectCspId')
  ) {
    out.push('indirectCspId');
  }
  if (!eq(a.fragment, b.fragment)) out.push('fragment');
  return out;
}

/** A string that is equal for two links exactly when diffLinkParts finds no difference. */
export function linkPartsKey(p: LinkParts): string {
  const head = `${p.scheme}//${p.userinfo ? '@' : ''}${p.host}:${p.port}${p.path.toLowerCase()}`;
  if (p.form === 'gdap') return `${head}|gdap|${(p.relationshipId ?? '').toLowerCase()}`;
  const l = (s: string | undefined) => (s ?? '').toLowerCase();
  const dup = p.duplicates.length > 0 ? `|dup:${p.duplicates.join(',')}` : '';
  return `${head}|${l(p.invType)}|${l(p.partnerId)}|${p.msppId ?? ''}|${l(p.dap)}|${l(p.indirectCspId)}|${l(p.fragment)}${dup}`;
}

// Wrapper pairs as char codes: < > " " ' ' “ ” ‘ ’ ( ) [ ].
const WRAPPERS = [
  [60, 62],
  [34, 34],
  [39, 39],
  [0x201c, 0x201d],
  [0x2018, 0x2019],
  [40, 41],
  [91, 93],
] as const;
const TRAILING_PUNCTUATION = '.,;:!';

/** The characters String.prototype.trim removes: ECMAScript WhiteSpace and LineTerminator (the \s set). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Trims whitespace, wrapping brackets or quotes and trailing sentence punctuation; decodes `&amp;`.
 * Linear time: the text is narrowed by two indices and never copied or re-scanned, so pasted
 * junk such as 100,000 dots or nested brackets costs one pass (a strip-and-retry regex was quadratic).
 */
export function cleanLinkInput(input: string): string {
  let start = 0;
  let end = input.length;
  const trim = () => {
    while (start < end && isSpace(input.charCodeAt(start))) start++;
    while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
  };
  trim();
  // Each round that changes something removes at least one character, so the rounds are bounded
  // by the length, and each costs O(1) plus the characters it removes.
  for (let changed = true; changed;) {
    changed = false;
    for (const [open, close] of WRAPPERS) {
      if (end - start >= 2 && input.charCodeAt(start) === open && input.charCodeAt(end - 1) === close) {
        start++;
        end--;
        trim();
        changed = true;
      }
    }
    const before = end;
    while (end > start && TRAILING_PUNCTUATION.includes(input.charAt(end - 1))) end--;
    if (end !== before) changed = true;
  }
  // HTML copies carry &amp; (docs/domain.md#reseller-relationship-link); an href decodes it, so do we.
  return input.slice(start, end).replace(/&(?:amp|#0*38|#x0*26);/gi, '&');
}
