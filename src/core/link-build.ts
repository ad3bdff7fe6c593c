// Build the reseller relationship link of docs/domain.md#reseller-relationship-link in Partner Center's current form.
// Split from ./link.ts (which re-exports it) so the popup does not load the link parser.
import { CLOUDS } from './clouds';
import type { CloudId } from './ids';
import { GUID_RE } from './guid';

export const DIGITS_RE = /^\d{1,20}$/;
export const RESELLER_FRAGMENT = '/BillingAccounts/partner-invitation';

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

/** Why a link cannot be built from a profile; the popup translates them (popup_linkBuild_*). */
export const LINK_BUILD_ERROR_CODES = ['partner-id', 'mspp-id', 'indirect-csp-id', 'dap-required'] as const;

/** Thrown by buildInvitationLink; `code` is stable for translation. */
export class LinkBuildError extends Error {
  override readonly name = 'LinkBuildError';
  constructor(
    message: string,
    readonly code: (typeof LINK_BUILD_ERROR_CODES)[number],
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
    throw new LinkBuildError(
      `The partner tenant ID "${partnerId}" is not a GUID (like 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0).`,
      'partner-id',
    );
  }
  if (!DIGITS_RE.test(msppId)) {
    throw new LinkBuildError(`The MPN / Partner ID "${msppId}" must be digits only.`, 'mspp-id');
  }
  if (indirectCspId && !GUID_RE.test(indirectCspId)) {
    throw new LinkBuildError(`The indirect provider tenant ID "${indirectCspId}" is not a GUID.`, 'indirect-csp-id');
  }
  if (!opts.dap && cloud.dapRequired) {
    throw new LinkBuildError(
      `In ${cloud.label} the invitation must include delegated admin privileges: the option cannot be left off.`,
      'dap-required',
    );
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
