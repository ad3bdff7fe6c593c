// Build, read and compare the Partner Center invitation links of DOMAIN.md:
// the reseller relationship request (current and legacy partnersignup forms) and GDAP.
import { CLOUDS, INVITATION_HOSTS, cloudForHost } from './clouds';
import type { CloudId } from './ids';
import { GUID_RE } from './guid';

/** Two GUIDs joined by '-' (73 characters). */
export const GDAP_ID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DIGITS_RE = /^\d{1,20}$/;
export const RESELLER_FRAGMENT = '/BillingAccounts/partner-invitation';
const GDAP_FRAGMENT_RE = /^\/partners\/invitation\/granularAdminRelationships\/(.*)$/i;
const MODERN_PATH = '/adminportal/home';
const LEGACY_PATH = '/partner/partnersignup.aspx';
const LEGACY_HOST = 'portal.office.com';

// The zod schemas for these shapes live in ./link-schema.ts: this module stays zod-free so
// pages that only build and check links (the popup) do not load zod.
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

/** Stable codes for parse errors, so the UI can translate them later. */
export type LinkErrorCode =
  | 'empty'
  | 'whitespace'
  | 'http'
  | 'no-scheme'
  | 'not-url'
  | 'userinfo'
  | 'port'
  | 'idn-lookalike'
  | 'lookalike-host'
  | 'host'
  | 'wrong-cloud-host'
  | 'path'
  | 'billing-link'
  | 'encoded-fragment'
  | 'missing-fragment'
  | 'wrong-fragment'
  | 'missing-invtype'
  | 'unknown-invtype'
  | 'duplicate-param'
  | 'missing-partner-id'
  | 'partner-id'
  | 'missing-mspp-id'
  | 'mspp-id'
  | 'missing-dap'
  | 'dap'
  | 'missing-indirect-csp-id'
  | 'indirect-csp-id'
  | 'unexpected-indirect-csp-id'
  | 'relationship-id'
  | 'several-links';

export type ParseLinkResult =
  | { ok: true; value: InvitationLink }
  | { ok: false; error: string; code: LinkErrorCode };

export interface BuildLinkOptions {
  cloud: CloudId;
  /** The partner's Entra tenant GUID (for an indirect reseller, the reseller's tenant). */
  partnerId: string;
  /** '0' for a direct partner (the default); the indirect reseller's MPN ID otherwise. */
  msppId?: string;
  /** Request delegated admin privileges. Must be true where the cloud requires it. */
  dap: boolean;
  /** The indirect provider's tenant GUID; present makes it an indirect (two-tier) link. */
  indirectCspId?: string;
}

/** Thrown by buildInvitationLink; `code` is stable for translation. */
export class LinkBuildError extends Error {
  override readonly name = 'LinkBuildError';
  constructor(
    message: string,
    readonly code: 'partner-id' | 'mspp-id' | 'indirect-csp-id' | 'dap-required',
  ) {
    super(message);
  }
}

/**
 * The reseller relationship link for these options, in Partner Center's current form.
 * Throws LinkBuildError (an Error) on a bad GUID or MPN ID, or `dap: false` in a cloud
 * that forces delegated admin on (US Government, Germany).
 */
export function buildInvitationLink(opts: BuildLinkOptions): string {
  const cloud = CLOUDS[opts.cloud];
  const partnerId = opts.partnerId.trim();
  const msppId = (opts.msppId ?? '').trim() || '0';
  const indirectCspId = (opts.indirectCspId ?? '').trim();
  if (!GUID_RE.test(partnerId)) {
    throw new LinkBuildError(`The partner tenant ID "${partnerId}" is not a GUID (like 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0).`, 'partner-id');
  }
  if (!DIGITS_RE.test(msppId)) {
    throw new LinkBuildError(`The MPN / Partner ID "${msppId}" must be digits only.`, 'mspp-id');
  }
  if (indirectCspId && !GUID_RE.test(indirectCspId)) {
    throw new LinkBuildError(`The indirect provider tenant ID "${indirectCspId}" is not a GUID.`, 'indirect-csp-id');
  }
  if (!opts.dap && cloud.dapRequired) {
    throw new LinkBuildError(`In ${cloud.label} the invitation must include delegated admin privileges: the option cannot be left off.`, 'dap-required');
  }
  const invType = indirectCspId ? 'IndirectResellerRelationship' : 'ResellerRelationship';
  const query =
    `invType=${invType}&partnerId=${partnerId}&msppId=${msppId}&DAP=${opts.dap ? 'true' : 'false'}` +
    (indirectCspId ? `&indirectCSPId=${indirectCspId}` : '');
  return `https://${cloud.linkHost}/Adminportal/Home?${query}#${RESELLER_FRAGMENT}`;
}

/** Like buildInvitationLink, but returns a result instead of throwing. */
export function tryBuildInvitationLink(
  opts: BuildLinkOptions,
): { ok: true; value: string } | { ok: false; error: string; code: LinkBuildError['code'] } {
  try {
    return { ok: true, value: buildInvitationLink(opts) };
  } catch (e) {
    if (e instanceof LinkBuildError) return { ok: false, error: e.message, code: e.code };
    throw e;
  }
}

// ---------------------------------------------------------------------------------------
// Lenient reading: what a URL says, right or wrong. The guard compares these; the strict
// parser below validates them.

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

const eq = (a: string | undefined, b: string | undefined): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

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
  if (!eq(a.invType, b.invType) || a.duplicates.includes('invType') || b.duplicates.includes('invType')) out.push('invType');
  if (!eq(a.partnerId, b.partnerId) || a.duplicates.includes('partnerId') || b.duplicates.includes('partnerId')) out.push('partnerId');
  // MPN IDs are digits: compared exactly.
  if ((a.msppId ?? '') !== (b.msppId ?? '') || a.duplicates.includes('msppId') || b.duplicates.includes('msppId')) out.push('msppId');
  if (!eq(a.dap, b.dap) || a.duplicates.includes('dap') || b.duplicates.includes('dap')) out.push('dap');
  if (!eq(a.indirectCspId, b.indirectCspId) || a.duplicates.includes('indirectCspId') || b.duplicates.includes('indirectCspId')) {
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

const urlOf = (x: InvitationLink | string): string => (typeof x === 'string' ? cleanLinkInput(x) : x.url);

/**
 * Which parts that matter differ between two links (parsed links or raw strings).
 * Empty means the same link: parameter order and letter case of GUIDs and DAP do not matter.
 * A string that is not a URL at all differs in 'host'.
 */
export function diffLinks(a: InvitationLink | string, b: InvitationLink | string): LinkPart[] {
  const pa = readLinkParts(urlOf(a));
  const pb = readLinkParts(urlOf(b));
  if (!pa || !pb) return pa === pb ? [] : ['host'];
  return diffLinkParts(pa, pb);
}

/** True when both are the same invitation link (see diffLinks). */
export function sameInvitationLink(a: InvitationLink | string, b: InvitationLink | string): boolean {
  return diffLinks(a, b).length === 0;
}

// ---------------------------------------------------------------------------------------
// Strict parsing of a link the partner pasted.

const WRAPPERS: [string, string][] = [
  ['<', '>'],
  ['"', '"'],
  ["'", "'"],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['(', ')'],
  ['[', ']'],
];

/** Trims whitespace, wrapping brackets or quotes and trailing sentence punctuation; decodes `&amp;`. */
export function cleanLinkInput(input: string): string {
  let s = input.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [open, close] of WRAPPERS) {
      if (s.length >= 2 && s.startsWith(open) && s.endsWith(close)) {
        s = s.slice(open.length, s.length - close.length).trim();
        changed = true;
      }
    }
    const stripped = s.replace(/[.,;:!]+$/, '');
    if (stripped !== s) {
      s = stripped;
      changed = true;
    }
  }
  // HTML copies carry &amp; (DOMAIN.md); an href decodes it, so do we.
  return s.replace(/&(?:amp|#0*38|#x0*26);/gi, '&');
}

const fail = (code: LinkErrorCode, error: string): ParseLinkResult => ({ ok: false, error, code });

/** Reads a link pasted by the partner; refuses anything that is not exactly an invitation link. */
export function parseInvitationLink(input: string): ParseLinkResult {
  const url = cleanLinkInput(input);
  const direct = parseOne(url);
  if (direct.ok || !/\s/.test(url)) return direct;
  // A whole email pasted (Partner Center's "Copy to clipboard"): take the one invitation link in it.
  // A link split across lines yields no valid piece, so it still gets the 'whitespace' refusal.
  const found: InvitationLink[] = [];
  for (const m of url.matchAll(/https:\/\/[^\s<>"')\]]+/gi)) {
    const r = parseOne(cleanLinkInput(m[0]));
    if (r.ok && !found.some((v) => sameInvitationLink(v, r.value))) found.push(r.value);
  }
  const [only] = found;
  if (only && found.length === 1) return { ok: true, value: only };
  if (found.length > 1) {
    return fail('several-links', `The text contains ${found.length} different invitation links. Paste only the one from your Partner Center.`);
  }
  return direct;
}

function parseOne(url: string): ParseLinkResult {
  if (url === '') return fail('empty', 'Paste the invitation link from Partner Center.');
  const lower = url.toLowerCase();
  if (lower.startsWith('http://')) {
    return fail('http', 'The link starts with http://. Invitation links always use https://; copy it again from Partner Center.');
  }
  if (!lower.startsWith('https://')) {
    if (/^[a-z0-9.-]+\.[a-z]{2,}\//i.test(url)) {
      return fail('no-scheme', 'The link is missing its beginning "https://". Copy the whole link from Partner Center.');
    }
    return fail('not-url', 'This is not a web link. Paste the invitation link that starts with https://.');
  }
  if (/\s/.test(url)) {
    return fail('whitespace', 'The link contains spaces or line breaks: it was probably split. Copy it again as one piece.');
  }
  const authority = (/^https:\/\/([^/?#\\]*)/i.exec(url)?.[1] ?? '');
  if (authority.includes('@')) {
    return fail('userinfo', `The link hides its real destination with "@": it leads to ${authority.slice(authority.lastIndexOf('@') + 1)}, not Microsoft.`);
  }
  if (authority.includes(':')) {
    return fail('port', 'The link names a port number after the host. Microsoft\'s admin portal links never do.');
  }
  // Non-ASCII letters in the host are look-alikes of Latin ones (e.g. a Cyrillic "а").
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(authority) || /(^|\.)xn--/i.test(authority)) {
    return fail('idn-lookalike', `The host "${authority}" uses look-alike international characters: it is not Microsoft's admin portal.`);
  }
  const parts = readLinkParts(url);
  if (!parts) return fail('not-url', 'This is not a valid web address. Copy the invitation link again.');
  const host = parts.host;
  if (!INVITATION_HOSTS.has(host)) {
    const base = [...INVITATION_HOSTS].find((h) => host.startsWith(`${h}.`) || host.endsWith(`.${h}`) || host === `${h}.`);
    if (base) {
      return fail('lookalike-host', `The host "${host}" only looks like ${base}: it is a different website, not Microsoft's admin portal.`);
    }
    return fail('host', `The link leads to ${host}, which is not Microsoft's admin portal (admin.microsoft.com).`);
  }
  const cloud = cloudForHost(host);
  if (!cloud) return fail('host', `The link leads to ${host}, which is not Microsoft's admin portal.`);

  if (parts.form === 'gdap') {
    if (!CLOUDS[cloud].gdapHosts.includes(host)) {
      return fail('wrong-cloud-host', `A GDAP invitation is not opened on ${host}.`);
    }
    const okPath = host === 'admin.cloud.microsoft' ? parts.path === '/' : parts.path.toLowerCase() === MODERN_PATH;
    if (!okPath) return fail('path', `The page "${parts.path}" is not where GDAP invitations open.`);
    const id = parts.relationshipId ?? '';
    if (!GDAP_ID_RE.test(id)) {
      return fail('relationship-id', 'The GDAP relationship ID at the end of the link is incomplete or changed: it must be two GUIDs joined by "-" (73 characters).');
    }
    return { ok: true, value: { kind: 'gdap', relationshipId: id, url } };
  }

  if (parts.form === 'modern' && parts.invType === undefined && /billingaccounts\/billing-accounts/i.test(parts.fragment)) {
    return fail('billing-link', 'This is the link to the billing profile page, not the invitation. Use the link that contains "invType=ResellerRelationship".');
  }
  if (!CLOUDS[cloud].resellerHosts.includes(host) || (parts.form === 'legacy') !== (host === LEGACY_HOST)) {
    return fail('wrong-cloud-host', `Reseller invitations are not opened on ${host} with this page.`);
  }
  if (parts.form === 'modern' && parts.path.toLowerCase() !== MODERN_PATH) {
    return fail('path', `The page "${parts.path}" is not where invitations open; the link should continue with /Adminportal/Home?invType=…`);
  }
  if (parts.form === 'modern' && parts.fragment === '' && /%23/i.test(url)) {
    return fail('encoded-fragment', 'The "#" before "/BillingAccounts/partner-invitation" was re-encoded as "%23", so the invitation page will not open. Copy the link again.');
  }
  if (parts.duplicates.length > 0) {
    return fail('duplicate-param', `The link repeats "${parts.duplicates[0]}" with different values. Copy it again from Partner Center.`);
  }
  const invType = parts.invType;
  if (invType === undefined || invType === '') {
    return fail('missing-invtype', 'The link has no invitation type (invType). Copy the whole link from Partner Center.');
  }
  const indirect = /^indirectresellerrelationship$/i.test(invType);
  if (!indirect && !/^resellerrelationship$/i.test(invType)) {
    return fail('unknown-invtype', `The invitation type "${invType}" is unknown: expected ResellerRelationship or IndirectResellerRelationship.`);
  }
  const partnerId = parts.partnerId;
  if (partnerId === undefined || partnerId === '') {
    return fail('missing-partner-id', 'The link has no partner ID. Copy the whole link from Partner Center.');
  }
  if (!GUID_RE.test(partnerId)) {
    const hint = DIGITS_RE.test(partnerId) ? ' It looks like an MPN / Partner ID; the link needs the tenant ID.' : '';
    return fail('partner-id', `The partner ID "${partnerId}" is not a tenant GUID (like 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0).${hint}`);
  }
  const msppId = parts.msppId;
  if (msppId === undefined || msppId === '') {
    return fail('missing-mspp-id', 'The link has no msppId (0 for a direct partner). Copy the whole link from Partner Center.');
  }
  if (!DIGITS_RE.test(msppId)) return fail('mspp-id', `The msppId "${msppId}" must be digits only.`);
  // The legacy form predates the DAP parameter; its flow always asked for delegated admin
  // (assumption: no public legacy sample without admin rights).
  const dapText = parts.dap ?? (parts.form === 'legacy' ? 'true' : undefined);
  if (dapText === undefined || dapText === '') {
    return fail('missing-dap', 'The link has no DAP value (true or false). Copy the whole link from Partner Center.');
  }
  if (!/^(true|false)$/i.test(dapText)) return fail('dap', `The DAP value "${dapText}" must be true or false.`);
  const indirectCspId = parts.indirectCspId;
  if (indirect) {
    if (indirectCspId === undefined || indirectCspId === '') {
      return fail('missing-indirect-csp-id', 'This indirect reseller link has no indirect provider ID (indirectCSPId). Copy the whole link from Partner Center.');
    }
    if (!GUID_RE.test(indirectCspId)) {
      return fail('indirect-csp-id', `The indirect provider ID "${indirectCspId}" is not a tenant GUID.`);
    }
  } else if (indirectCspId !== undefined) {
    return fail('unexpected-indirect-csp-id', 'A direct reseller link must not carry an indirect provider ID (indirectCSPId).');
  }
  if (parts.form === 'modern') {
    if (parts.fragment === '') {
      return fail('missing-fragment', 'The end of the link "#/BillingAccounts/partner-invitation" is missing, so the invitation page will not open.');
    }
    if (parts.fragment.toLowerCase() !== RESELLER_FRAGMENT.toLowerCase()) {
      return fail('wrong-fragment', `The end of the link "#${parts.fragment}" should be "#${RESELLER_FRAGMENT}".`);
    }
  }
  const value: ResellerLink = { kind: 'reseller', cloud, partnerId, msppId, dap: /^true$/i.test(dapText), indirect, url };
  if (indirect && indirectCspId) value.indirectCspId = indirectCspId;
  return { ok: true, value };
}
