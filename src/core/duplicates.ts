// The duplicate check before recording: is this customer already pending? The same email
// address, or the same domain (another contact at the same company: a reseller relationship
// is one per customer tenant). A domain shared by the public (gmail.com, outlook.com) says
// nothing about the company, so only the exact address counts there.
import { foldText } from './company-name';
import type { Invitation } from './invitation';

/** Free mail providers: many unrelated customers share these domains. */
const SHARED_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'libero.it',
  'virgilio.it',
  'alice.it',
  'tiscali.it',
  'hotmail.it',
  'yahoo.it',
  'outlook.it',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'wanadoo.fr',
  'yahoo.fr',
  'hotmail.fr',
  'yandex.com',
  'mail.ru',
  'qq.com',
  '163.com',
]);

type DuplicateReason = 'email' | 'domain';
export type Duplicate = Pick<
  Invitation,
  'id' | 'customerName' | 'customerEmail' | 'customerDomain' | 'createdAt' | 'followUps'
> & { reason: DuplicateReason };

const hostOf = (email: string) => (email.includes('@') ? email.slice(email.lastIndexOf('@') + 1) : '');

/** The domain a customer is known by: the one typed, else the email's. */
function domainOf(email: string, domain: string): string {
  return foldText(domain.trim()) || hostOf(email);
}

/**
 * The search terms (core/search-terms.ts stores addresses and domains folded, as whole terms)
 * a pending duplicate of this customer would hold. Empty when there is nothing to check yet.
 */
export function duplicateTerms(email: string, domain: string): string[] {
  const address = foldText(email.trim());
  const terms = address.includes('@') ? [address] : [];
  const company = domainOf(address, domain);
  if (company && !SHARED_DOMAINS.has(company)) terms.push(company);
  return terms;
}

/**
 * The pending records that are this customer, the same address first, then the oldest:
 * `found` are the records holding one of duplicateTerms(); `exclude` the draft's own record.
 */
export function duplicatesOf(
  found: readonly Invitation[],
  email: string,
  domain: string,
  exclude: readonly string[] = [],
): Duplicate[] {
  const address = foldText(email.trim());
  const company = domainOf(address, domain);
  const shared = SHARED_DOMAINS.has(company);
  const out: Duplicate[] = [];
  for (const inv of found) {
    if (inv.status !== 'pending' || exclude.includes(inv.id)) continue;
    const theirs = foldText(inv.customerEmail.trim());
    const reason: DuplicateReason | null =
      address && theirs === address
        ? 'email'
        : company && !shared && (foldText(inv.customerDomain.trim()) === company || hostOf(theirs) === company)
          ? 'domain'
          : null;
    if (!reason) continue;
    const { id, customerName, customerEmail, customerDomain, createdAt, followUps } = inv;
    out.push({ id, customerName, customerEmail, customerDomain, createdAt, followUps, reason });
  }
  return out.sort((a, b) =>
    a.reason !== b.reason ? (a.reason === 'email' ? -1 : 1) : a.createdAt - b.createdAt || a.id.localeCompare(b.id),
  );
}
