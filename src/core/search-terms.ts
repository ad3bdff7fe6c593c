// Words an invitation can be found by, for the IndexedDB multi-entry search index: prefix
// matching of a query word against these terms is an index range, not a scan.
import { foldText } from './company-name';
import type { Invitation } from './invitation';

const MAX_TERMS = 64;
const MAX_TERM_LENGTH = 100;

function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Name words, the domain and its labels, the email address, its local part and host. */
export function searchTerms(inv: Pick<Invitation, 'customerName' | 'customerDomain' | 'customerEmail'>): string[] {
  const terms = new Set<string>(words(inv.customerName));
  const domain = foldText(inv.customerDomain.trim());
  if (domain) {
    terms.add(domain);
    for (const w of words(domain)) terms.add(w);
  }
  const email = foldText(inv.customerEmail.trim());
  if (email) {
    terms.add(email);
    const host = email.slice(email.lastIndexOf('@') + 1);
    if (host !== email) terms.add(host);
    for (const w of words(email)) terms.add(w);
  }
  return [...terms].map((t) => t.slice(0, MAX_TERM_LENGTH)).slice(0, MAX_TERMS);
}

/** The words of a search box query, folded like the terms, outer punctuation trimmed. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** True when every query word is the start of some term. */
export function matchesAll(terms: readonly string[], query: readonly string[]): boolean {
  return query.every((q) => terms.some((t) => t.startsWith(q)));
}
