// Words an invitation can be found by, for the IndexedDB multi-entry search index, and the
// reading of a search box query against them. Prefix matching of a query word against the
// terms is an index range, not a scan. Names are read through core/company-name.ts, so case,
// accents, punctuation and the spelling of a legal form do not matter: "Contoso S.p.A.",
// "contoso spa" and "CONTOSO, S. p. A." find the same record, and "srl" finds every S.r.l.
import { foldText, legalFormOf, splitCompanyName } from './company-name';
import type { Invitation } from './invitation';

const MAX_TERMS = 64;
const MAX_TERM_LENGTH = 100;
/** The longest legal form in query words ("gmbh & co kg" is four after dropping "&"). */
const MAX_FORM_WORDS = 4;

/** Folded words split at any punctuation: "O'Brien-Smith" gives o, brien, smith. */
function plainWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The name's own words as company-name.ts reads them (dots and apostrophes dropped: "A.B.C."
 * is "abc", "O'Brien" is "obrien"), its canonical legal form ("spa", "ltd"), and the plain
 * words of two letters or more (so "Brien" and "Limited" are found too, but the single letters
 * of "S. p. A." do not match every query starting with "s").
 */
function nameTerms(name: string): string[] {
  const { words, legalForm } = splitCompanyName(name);
  return [...words, ...(legalForm ? [legalForm] : []), ...plainWords(name).filter((w) => w.length > 1)];
}

/**
 * `terms` without those a prefix search finds through a longer term anyway: a term that starts
 * another one ("contoso" beside "contoso.it", "anna" beside "anna.rossi@contoso.it") matches
 * exactly the prefixes that the longer term matches too. Each term is one more index entry to
 * write, and the index writes are most of what storing an invitation costs (docs/performance.md).
 * `whole` terms are looked up exactly (addresses and domains, by the duplicate check) and are
 * always kept, and so is a term that reads as a legal form (a query's form matches exactly).
 * Order is kept; linear after one sort, since the terms a term starts are next to it in order.
 */
export function dropCoveredTerms(terms: readonly string[], whole: ReadonlySet<string>): string[] {
  const sorted = [...new Set(terms)].sort();
  const covered = new Set<string>();
  sorted.forEach((t, i) => {
    const next = sorted[i + 1];
    if (next?.startsWith(t) && !whole.has(t) && !legalFormOf(t)) covered.add(t);
  });
  return [...new Set(terms)].filter((t) => !covered.has(t));
}

/** Name terms, the domain and its labels, the email address, its local part and host. */
export function searchTerms(inv: Pick<Invitation, 'customerName' | 'customerDomain' | 'customerEmail'>): string[] {
  const terms: string[] = nameTerms(inv.customerName);
  const whole = new Set<string>();
  const domain = foldText(inv.customerDomain.trim());
  if (domain) {
    whole.add(domain);
    terms.push(domain, ...plainWords(domain));
  }
  const email = foldText(inv.customerEmail.trim());
  if (email) {
    const host = email.slice(email.lastIndexOf('@') + 1);
    whole.add(email).add(host);
    terms.push(email, host, ...plainWords(email));
  }
  const cut = (t: string) => t.slice(0, MAX_TERM_LENGTH);
  // Cut to MAX_TERMS first, so a term is dropped only for a longer one that is stored.
  const kept = [...new Set(terms.map(cut))].slice(0, MAX_TERMS);
  return dropCoveredTerms(kept, new Set([...whole].map(cut)));
}

/** One word of a query: it matches a record when one of `prefixes` starts a term, or `form` is a term. */
export type QueryWord = { prefixes: string[]; form?: string };

/** A parsed query: its words, and the prefix whose index range holds every record that can match. */
export type ParsedQuery = { words: QueryWord[]; lead: string };

const trimOuter = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const compact = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

/** "contoso.it", "anna.rossi": dotted labels, at least one longer than a letter ("s.p.a" is not one). */
function looksLikeAddress(token: string): boolean {
  const labels = token.split('.');
  return labels.length > 1 && labels.every((l) => /^[\p{L}\p{N}-]+$/u.test(l)) && labels.some((l) => l.length > 1);
}

/** The query words one whitespace-separated token gives. */
function tokenWords(token: string): QueryWord[] {
  const form = legalFormOf(token);
  if (form) return [{ prefixes: [compact(token)], form }];
  if (token.includes('@')) return [{ prefixes: [token] }];
  // A domain or an address's local part, or a dotted name ("Contoso.com Ltd" is indexed as "contosocom").
  if (looksLikeAddress(token)) return [{ prefixes: [token, token.replace(/\./g, '')] }];
  return token
    .replace(/['’.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => ({ prefixes: [w] }));
}

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? '';
  for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** The prefix of every term the word can match ("limited" may match "limited…" or "ltd": "l"). */
function rangeOf(word: QueryWord): string {
  const shared = commonPrefix(word.form ? [...word.prefixes, word.form] : word.prefixes);
  // "und co kg" reads as "cokg": nothing shared; the records with that legal form all hold it.
  return shared || word.form || '';
}

/**
 * Reads a search box query. Legal forms are recognised over several words too ("S. p. A.",
 * "GmbH & Co. KG"), and each becomes its canonical form as well as what was typed, so
 * "Limited" finds "Ltd" and "company" still finds "Company Services". Null for an empty query.
 */
export function parseQuery(query: string): ParsedQuery | null {
  const tokens = foldText(query).split(/\s+/).map(trimOuter).filter(Boolean);
  const words: QueryWord[] = [];
  for (let i = 0; i < tokens.length;) {
    let taken = 0;
    for (let n = Math.min(MAX_FORM_WORDS, tokens.length - i); n >= 2 && !taken; n -= 1) {
      const run = tokens.slice(i, i + n).join(' ');
      const form = legalFormOf(run);
      if (form) {
        words.push({ prefixes: [compact(run)], form });
        taken = n;
      }
    }
    if (!taken) {
      words.push(...tokenWords(tokens[i]!));
      taken = 1;
    }
    i += taken;
  }
  if (words.length === 0) return null;
  const lead = words.map(rangeOf).reduce((a, b) => (b.length > a.length ? b : a));
  return { words, lead };
}

/** True when every query word matches one of the record's terms. */
export function matchesQuery(terms: readonly string[], words: readonly QueryWord[]): boolean {
  return words.every(
    (w) =>
      (w.form !== undefined && terms.includes(w.form)) || terms.some((t) => w.prefixes.some((p) => t.startsWith(p))),
  );
}
