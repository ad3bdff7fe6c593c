// When an invitation's GDAP relationship request expires (docs/domain.md#dap-and-gdap: 90 days
// after it was created, if nobody approved it), and whether that is soon. Zod-free, so the
// popup's Pending list and the worker's badge use the same rule without loading schemas.
import type { Invitation } from './invitation';

export const DAY_MS = 86_400_000;
/** GDAP requests expire 90 days after creation if not approved (docs/domain.md#dap-and-gdap). */
export const GDAP_EXPIRY_DAYS = 90;
/** From this many days before expiry a pending GDAP request counts as about to expire (badge, Pending). */
export const GDAP_WARN_DAYS = 14;

type ExpiryFields = Pick<Invitation, 'kind' | 'status' | 'expiresAt' | 'gdap'>;

/**
 * When the GDAP request this record still waits on expires, or null when it waits on none:
 * the GDAP part sent with a reseller link, or the record itself when it is a GDAP-only one
 * (kind 'gdap', from before both parts were tracked).
 */
export function pendingGdapExpiry(inv: ExpiryFields): number | null {
  if (inv.gdap) return inv.gdap.status === 'pending' ? inv.gdap.expiresAt : null;
  return inv.kind === 'gdap' && inv.status === 'pending' ? inv.expiresAt : null;
}

/** Whole days left before `expiresAt` (rounded up: a request expiring in 2.1 days has 3 days left); 0 once past. */
export function daysLeft(expiresAt: number, now: number): number {
  return Math.max(0, Math.ceil((expiresAt - now) / DAY_MS));
}

/** The record waits on a GDAP request that expires within GDAP_WARN_DAYS and has not expired yet. */
export function gdapExpiringSoon(inv: ExpiryFields, now: number): boolean {
  const at = pendingGdapExpiry(inv);
  return at !== null && at > now && at - now <= GDAP_WARN_DAYS * DAY_MS;
}
