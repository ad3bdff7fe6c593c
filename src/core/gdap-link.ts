// The GDAP relationship request link (docs/domain.md#dap-and-gdap): one per customer and
// request, on the admin center (`/AdminPortal/Home#/partners/invitation/granularAdminRelationships/<id>`)
// or the newer host (`admin.cloud.microsoft/?#/partners/...`), the id being two GUIDs joined by "-".
// Codes only, no sentences and no zod: the popup checks its GDAP field with this on every
// keystroke; ./link.ts words the same codes in English for the options page.
import { CLOUDS } from './clouds';
import type { CloudId } from './ids';
import { checkLinkHost, wrappedLink, type HostProblem } from './link-host';
import { cleanLinkInput, looksLikeInvitation, type GdapLink, type LinkParts } from './link-read';
import type { RedirectWrapper } from './redirects';

/** Two GUIDs joined by '-' (73 characters). */
const GDAP_ID_RE =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why the GDAP part of a link is wrong, once its host is known to be Microsoft's. */
export type GdapPartsProblem =
  { code: 'wrong-cloud-host'; host: string } | { code: 'path'; path: string } | { code: 'relationship-id' };

export type GdapLinkProblem =
  | HostProblem
  | GdapPartsProblem
  /** The reseller relationship link (or another invitation link that is not GDAP). */
  | { code: 'reseller-link' }
  /** A Microsoft admin portal link, but not an invitation of any kind. */
  | { code: 'not-gdap' }
  /** A valid GDAP link inside a Safe Links or Google redirect: `unwrapped` is offered instead. */
  | { code: 'wrapped'; wrapper: RedirectWrapper; unwrapped: string };

/** Stable codes of the GDAP field's refusals (translated by code: popup_gdapErr_*, else options_linkErr_*). */
export const GDAP_LINK_ERROR_CODES = [
  'empty',
  'http',
  'no-scheme',
  'not-url',
  'whitespace',
  'port',
  'userinfo',
  'idn-lookalike',
  'host',
  'lookalike-host',
  'wrong-cloud-host',
  'path',
  'relationship-id',
  'reseller-link',
  'not-gdap',
  'wrapped',
] as const satisfies readonly GdapLinkProblem['code'][];

export type GdapLinkResult = { ok: true; value: GdapLink } | { ok: false; problem: GdapLinkProblem };

/** The GDAP checks on a link already known to be on `cloud`'s admin portal and in the GDAP form. */
export function checkGdapParts(parts: LinkParts, cloud: CloudId): GdapPartsProblem | null {
  const host = parts.host;
  if (!CLOUDS[cloud].gdapHosts.includes(host)) return { code: 'wrong-cloud-host', host };
  // admin.cloud.microsoft opens it at the root ("/?#/partners/..."); the admin center under /AdminPortal/Home.
  const okPath =
    host === 'admin.cloud.microsoft' ? parts.path === '/' : parts.path.toLowerCase() === '/adminportal/home';
  if (!okPath) return { code: 'path', path: parts.path };
  if (!GDAP_ID_RE.test(parts.relationshipId ?? '')) return { code: 'relationship-id' };
  return null;
}

/**
 * Reads what the partner pasted into the GDAP link field: the link itself, or a text holding
 * exactly one GDAP link (the invitation email Partner Center drafts for the request).
 */
export function readGdapLink(input: string): GdapLinkResult {
  const url = cleanLinkInput(input);
  const direct = readOne(url);
  if (direct.ok || !/\s/.test(url)) return direct;
  const found = new Map<string, GdapLink>();
  for (const m of url.matchAll(/https:\/\/[^\s<>"')\]]+/gi)) {
    const r = readOne(cleanLinkInput(m[0]));
    if (r.ok) found.set(r.value.relationshipId.toLowerCase(), r.value);
  }
  const [only, ...more] = found.values();
  return only && more.length === 0 ? { ok: true, value: only } : direct;
}

function readOne(url: string): GdapLinkResult {
  const wrapped = /\s/.test(url) ? null : wrappedLink(url);
  if (wrapped) {
    const inner = readOne(cleanLinkInput(wrapped.inner));
    return inner.ok
      ? { ok: false, problem: { code: 'wrapped', wrapper: wrapped.wrapper, unwrapped: inner.value.url } }
      : inner;
  }
  const host = checkLinkHost(url);
  if (!host.ok) return { ok: false, problem: host.problem };
  const { parts, cloud } = host;
  if (parts.form !== 'gdap') {
    return { ok: false, problem: { code: looksLikeInvitation(parts) ? 'reseller-link' : 'not-gdap' } };
  }
  const problem = checkGdapParts(parts, cloud);
  if (problem) return { ok: false, problem };
  return { ok: true, value: { kind: 'gdap', relationshipId: parts.relationshipId ?? '', url } };
}
