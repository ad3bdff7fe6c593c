// Build, read and compare the Partner Center invitation links of docs/domain.md#reseller-relationship-link:
// the reseller relationship request (current and legacy partnersignup forms) and GDAP.
// Building lives in ./link-build.ts and lenient reading in ./link-read.ts (re-exported here);
// this module adds the strict parser for links the partner pastes.
import { CLOUDS, INVITATION_HOSTS, cloudForHost } from './clouds';
import { GUID_RE } from './guid';
import { DIGITS_RE, RESELLER_FRAGMENT } from './link-build';
import {
  cleanLinkInput,
  diffLinkParts,
  readLinkParts,
  type InvitationLink,
  type LinkPart,
  type ResellerLink,
} from './link-read';

export { LinkBuildError, buildInvitationLink, tryBuildInvitationLink, type BuildLinkOptions } from './link-build';
export { type InvitationLink, type LinkPart } from './link-read';

/** Two GUIDs joined by '-' (73 characters). */
const GDAP_ID_RE =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MODERN_PATH = '/adminportal/home';
const LEGACY_HOST = 'portal.office.com';

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

/** Stable codes for parse errors: the options page translates them (options_linkErr_*). */
export const LINK_ERROR_CODES = [
  'empty',
  'whitespace',
  'http',
  'no-scheme',
  'not-url',
  'userinfo',
  'port',
  'idn-lookalike',
  'lookalike-host',
  'host',
  'wrong-cloud-host',
  'path',
  'billing-link',
  'encoded-fragment',
  'missing-fragment',
  'wrong-fragment',
  'missing-invtype',
  'unknown-invtype',
  'duplicate-param',
  'missing-partner-id',
  'partner-id',
  'missing-mspp-id',
  'mspp-id',
  'missing-dap',
  'dap',
  'missing-indirect-csp-id',
  'indirect-csp-id',
  'unexpected-indirect-csp-id',
  'relationship-id',
  'several-links',
] as const;
type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

export type ParseLinkResult = { ok: true; value: InvitationLink } | { ok: false; error: string; code: LinkErrorCode };

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
    return fail(
      'several-links',
      `The text contains ${found.length} different invitation links. Paste only the one from your Partner Center.`,
    );
  }
  return direct;
}

function parseOne(url: string): ParseLinkResult {
  if (url === '') return fail('empty', 'Paste the invitation link from Partner Center.');
  const lower = url.toLowerCase();
  if (lower.startsWith('http://')) {
    return fail(
      'http',
      'The link starts with http://. Invitation links always use https://; copy it again from Partner Center.',
    );
  }
  if (!lower.startsWith('https://')) {
    if (/^[a-z0-9.-]+\.[a-z]{2,}\//i.test(url)) {
      return fail(
        'no-scheme',
        'The link is missing its beginning "https://". Copy the whole link from Partner Center.',
      );
    }
    return fail('not-url', 'This is not a web link. Paste the invitation link that starts with https://.');
  }
  if (/\s/.test(url)) {
    return fail(
      'whitespace',
      'The link contains spaces or line breaks: it was probably split. Copy it again as one piece.',
    );
  }
  const authority = /^https:\/\/([^/?#\\]*)/i.exec(url)?.[1] ?? '';
  if (authority.includes('@')) {
    return fail(
      'userinfo',
      `The link hides its real destination with "@": it leads to ${authority.slice(authority.lastIndexOf('@') + 1)}, not Microsoft.`,
    );
  }
  if (authority.includes(':')) {
    return fail('port', "The link names a port number after the host. Microsoft's admin portal links never do.");
  }
  // Non-ASCII letters in the host are look-alikes of Latin ones (e.g. a Cyrillic "а").
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(authority) || /(^|\.)xn--/i.test(authority)) {
    return fail(
      'idn-lookalike',
      `The host "${authority}" uses look-alike international characters: it is not Microsoft's admin portal.`,
    );
  }
  const parts = readLinkParts(url);
  if (!parts) return fail('not-url', 'This is not a valid web address. Copy the invitation link again.');
  const host = parts.host;
  if (!INVITATION_HOSTS.has(host)) {
    const base = [...INVITATION_HOSTS].find(
      (h) => host.startsWith(`${h}.`) || host.endsWith(`.${h}`) || host === `${h}.`,
    );
    if (base) {
      return fail(
        'lookalike-host',
        `The host "${host}" only looks like ${base}: it is a different website, not Microsoft's admin portal.`,
      );
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
      return fail(
        'relationship-id',
        'The GDAP relationship ID at the end of the link is incomplete or changed: it must be two GUIDs joined by "-" (73 characters).',
      );
    }
    return { ok: true, value: { kind: 'gdap', relationshipId: id, url } };
  }

  if (
    parts.form === 'modern' &&
    parts.invType === undefined &&
    /billingaccounts\/billing-accounts/i.test(parts.fragment)
  ) {
    return fail(
      'billing-link',
      'This is the link to the billing profile page, not the invitation. Use the link that contains "invType=ResellerRelationship".',
    );
  }
  if (!CLOUDS[cloud].resellerHosts.includes(host) || (parts.form === 'legacy') !== (host === LEGACY_HOST)) {
    return fail('wrong-cloud-host', `Reseller invitations are not opened on ${host} with this page.`);
  }
  if (parts.form === 'modern' && parts.path.toLowerCase() !== MODERN_PATH) {
    return fail(
      'path',
      `The page "${parts.path}" is not where invitations open; the link should continue with /Adminportal/Home?invType=…`,
    );
  }
  if (parts.form === 'modern' && parts.fragment === '' && /%23/i.test(url)) {
    return fail(
      'encoded-fragment',
      'The "#" before "/BillingAccounts/partner-invitation" was re-encoded as "%23", so the invitation page will not open. Copy the link again.',
    );
  }
  if (parts.duplicates.length > 0) {
    return fail(
      'duplicate-param',
      `The link repeats "${parts.duplicates[0]}" with different values. Copy it again from Partner Center.`,
    );
  }
  const invType = parts.invType;
  if (invType === undefined || invType === '') {
    return fail(
      'missing-invtype',
      'The link has no invitation type (invType). Copy the whole link from Partner Center.',
    );
  }
  const indirect = /^indirectresellerrelationship$/i.test(invType);
  if (!indirect && !/^resellerrelationship$/i.test(invType)) {
    return fail(
      'unknown-invtype',
      `The invitation type "${invType}" is unknown: expected ResellerRelationship or IndirectResellerRelationship.`,
    );
  }
  const partnerId = parts.partnerId;
  if (partnerId === undefined || partnerId === '') {
    return fail('missing-partner-id', 'The link has no partner ID. Copy the whole link from Partner Center.');
  }
  if (!GUID_RE.test(partnerId)) {
    const hint = DIGITS_RE.test(partnerId) ? ' It looks like an MPN / Partner ID; the link needs the tenant ID.' : '';
    return fail(
      'partner-id',
      `The partner ID "${partnerId}" is not a tenant GUID (like 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0).${hint}`,
    );
  }
  const msppId = parts.msppId;
  if (msppId === undefined || msppId === '') {
    return fail(
      'missing-mspp-id',
      'The link has no msppId (0 for a direct partner). Copy the whole link from Partner Center.',
    );
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
      return fail(
        'missing-indirect-csp-id',
        'This indirect reseller link has no indirect provider ID (indirectCSPId). Copy the whole link from Partner Center.',
      );
    }
    if (!GUID_RE.test(indirectCspId)) {
      return fail('indirect-csp-id', `The indirect provider ID "${indirectCspId}" is not a tenant GUID.`);
    }
  } else if (indirectCspId !== undefined) {
    return fail(
      'unexpected-indirect-csp-id',
      'A direct reseller link must not carry an indirect provider ID (indirectCSPId).',
    );
  }
  if (parts.form === 'modern') {
    if (parts.fragment === '') {
      return fail(
        'missing-fragment',
        'The end of the link "#/BillingAccounts/partner-invitation" is missing, so the invitation page will not open.',
      );
    }
    if (parts.fragment.toLowerCase() !== RESELLER_FRAGMENT.toLowerCase()) {
      return fail('wrong-fragment', `The end of the link "#${parts.fragment}" should be "#${RESELLER_FRAGMENT}".`);
    }
  }
  const value: ResellerLink = {
    kind: 'reseller',
    cloud,
    partnerId,
    msppId,
    dap: /^true$/i.test(dapText),
    indirect,
    url,
  };
  if (indirect && indirectCspId) value.indirectCspId = indirectCspId;
  return { ok: true, value };
}
