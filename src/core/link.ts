// Build, read and compare the Partner Center invitation links of docs/domain.md#reseller-relationship-link:
// the reseller relationship request (current and legacy partnersignup forms) and GDAP.
// Building lives in ./link-build.ts and lenient reading in ./link-read.ts (re-exported here);
// this module adds the strict parser for links the partner pastes.
import { CLOUDS } from './clouds';
import { checkGdapParts } from './gdap-link';
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
import { checkLinkHost, wrappedLink, type HostProblem } from './link-host';
import type { RedirectWrapper } from './redirects';

export { LinkBuildError, buildInvitationLink, tryBuildInvitationLink, type BuildLinkOptions } from './link-build';
export { type InvitationLink, type LinkPart } from './link-read';

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
  'wrapped',
] as const;
type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

export type ParseLinkResult =
  | { ok: true; value: InvitationLink }
  /** `unwrapped` with 'wrapped': the invitation link inside a Safe Links or Google redirect, to offer instead. */
  | { ok: false; error: string; code: LinkErrorCode; unwrapped?: string };

const fail = (code: LinkErrorCode, error: string): ParseLinkResult => ({ ok: false, error, code });

/** Reads a link pasted by the partner; refuses anything that is not exactly an invitation link. */
export function parseInvitationLink(input: string): ParseLinkResult {
  const url = cleanLinkInput(input);
  const direct = parseOne(url);
  if (direct.ok || !/\s/.test(url)) return direct;
  // A whole email pasted (Partner Center's "Copy to clipboard"): take the one invitation link in it.
  // A link split across lines yields no valid piece, so it still gets the 'whitespace' refusal.
  const found: InvitationLink[] = [];
  let wrapped: ParseLinkResult | undefined;
  for (const m of url.matchAll(/https:\/\/[^\s<>"')\]]+/gi)) {
    const r = parseOne(cleanLinkInput(m[0]));
    if (r.ok && !found.some((v) => sameInvitationLink(v, r.value))) found.push(r.value);
    if (!r.ok && r.unwrapped !== undefined) wrapped ??= r;
  }
  const [only] = found;
  if (only && found.length === 1) return { ok: true, value: only };
  // Only a wrapped copy in the text: offer the link inside it, as for a single pasted link.
  if (found.length === 0 && wrapped) return wrapped;
  if (found.length > 1) {
    return fail(
      'several-links',
      `The text contains ${found.length} different invitation links. Paste only the one from your Partner Center.`,
    );
  }
  return direct;
}

const WRAPPER_NAMES: Record<RedirectWrapper, string> = {
  safelinks: 'Microsoft Defender Safe Links',
  google: "Google's redirect",
};

/** The English sentence for a problem found by checkLinkHost. */
function hostFailure(p: HostProblem): ParseLinkResult {
  switch (p.code) {
    case 'empty':
      return fail('empty', 'Paste the invitation link from Partner Center.');
    case 'http':
      return fail(
        'http',
        'The link starts with http://. Invitation links always use https://; copy it again from Partner Center.',
      );
    case 'no-scheme':
      return fail(
        'no-scheme',
        'The link is missing its beginning "https://". Copy the whole link from Partner Center.',
      );
    case 'not-url':
      return fail('not-url', 'This is not a web link. Paste the invitation link that starts with https://.');
    case 'whitespace':
      return fail(
        'whitespace',
        'The link contains spaces or line breaks: it was probably split. Copy it again as one piece.',
      );
    case 'userinfo':
      return fail('userinfo', `The link hides its real destination with "@": it leads to ${p.host}, not Microsoft.`);
    case 'port':
      return fail('port', "The link names a port number after the host. Microsoft's admin portal links never do.");
    case 'idn-lookalike':
      return fail(
        'idn-lookalike',
        `The host "${p.host}" uses look-alike international characters: it is not Microsoft's admin portal.`,
      );
    case 'lookalike-host':
      return fail(
        'lookalike-host',
        `The host "${p.host}" only looks like ${p.base}: it is a different website, not Microsoft's admin portal.`,
      );
    case 'host':
      return fail('host', `The link leads to ${p.host}, which is not Microsoft's admin portal (admin.microsoft.com).`);
  }
}

function parseOne(url: string): ParseLinkResult {
  // A link rewritten by mail security: the guard judges the link inside, so that is the one to offer.
  const wrapped = /\s/.test(url) ? null : wrappedLink(url);
  if (wrapped) {
    const inner = parseOne(cleanLinkInput(wrapped.inner));
    if (!inner.ok) return inner;
    return {
      ok: false,
      code: 'wrapped',
      unwrapped: inner.value.url,
      error: `This link is wrapped by ${WRAPPER_NAMES[wrapped.wrapper]}; the invitation inside it is ${inner.value.url}. Use that link instead.`,
    };
  }
  const checked = checkLinkHost(url);
  if (!checked.ok) return hostFailure(checked.problem);
  const { parts, cloud } = checked;
  const host = parts.host;

  if (parts.form === 'gdap') {
    const problem = checkGdapParts(parts, cloud);
    if (problem?.code === 'wrong-cloud-host') {
      return fail('wrong-cloud-host', `A GDAP invitation is not opened on ${host}.`);
    }
    if (problem?.code === 'path') {
      return fail('path', `The page "${parts.path}" is not where GDAP invitations open.`);
    }
    if (problem) {
      return fail(
        'relationship-id',
        'The GDAP relationship ID at the end of the link is incomplete or changed: it must be two GUIDs joined by "-" (73 characters).',
      );
    }
    return { ok: true, value: { kind: 'gdap', relationshipId: parts.relationshipId ?? '', url } };
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
