import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dropCoveredTerms, matchesQuery, parseQuery, searchTerms } from '../../../src/core/search-terms';

const contoso = {
  customerName: 'Contoso Società S.r.l.',
  customerDomain: 'contoso.it',
  customerEmail: 'Anna.Rossi@contoso.it',
};

const record = (customerName: string, customerEmail = '', customerDomain = '') =>
  searchTerms({ customerName, customerEmail, customerDomain });

/** What the database does with a query: the lead's index range, then every word must match. */
function finds(terms: string[], query: string): boolean {
  const parsed = parseQuery(query);
  if (!parsed) return false;
  return terms.some((t) => t.startsWith(parsed.lead)) && matchesQuery(terms, parsed.words);
}

describe('searchTerms', () => {
  it('indexes name words without accents, the canonical legal form, the domain and the email parts', () => {
    // "contoso" and "anna" are not terms of their own: "contoso.it" and "anna.rossi@…" start with them.
    expect(searchTerms(contoso).sort()).toEqual([
      'anna.rossi@contoso.it',
      'contoso.it',
      'it',
      'rossi',
      'societa',
      'srl',
    ]);
    expect(finds(searchTerms(contoso), 'contoso anna')).toBe(true);
  });

  it('keeps addresses, domains and legal forms that start a longer term, since they are matched whole', () => {
    // The domain (also the address's host) starts the address; the legal form "srl" starts "srlabs.it".
    expect(record('Srlabs Srl', 'srlabs.it@srlabs.it', 'srlabs.it').sort()).toEqual([
      'it',
      'srl',
      'srlabs.it',
      'srlabs.it@srlabs.it',
    ]);
    expect(record('Fabrikam GmbH & Co. KG')).toEqual(expect.arrayContaining(['gmbh', 'gmbhcokg']));
    // A term is dropped only for a longer one that is stored: past the 64-term cut, it stays.
    const many = record(['xy', ...Array.from({ length: 64 }, (_, i) => `w${i}a`), 'xyz'].join(' '));
    expect(many).toContain('xy');
    expect(many).toHaveLength(64);
  });

  it('keeps the spelled-out words of a legal form beside its canonical form, but no single letters', () => {
    expect(record('Northwind Traders Limited').sort()).toEqual(['limited', 'ltd', 'northwind', 'traders']);
    expect(record('Fabrikam GmbH & Co. KG')).toEqual(expect.arrayContaining(['fabrikam', 'gmbhcokg', 'gmbh', 'kg']));
    expect(record('Contoso, S. p. A.').sort()).toEqual(['contoso', 'spa']);
  });
});

describe('search: the cases partners type', () => {
  const spa = record('Contoso S.p.A.', 'it@contoso.it', 'contoso.it');
  const srl = record('Rossi S.r.l.', 'amministrazione@rossi-srl.it', 'rossi-srl.it');
  const rossiSpa = record('Rossi SpA', 'info@rossispa.it');
  const gmbh = record('Müller GmbH', 'it@mueller.de');
  const ltd = record('Northwind Traders Ltd.', 'admin@northwind.co.uk');
  const inc = record('Tailspin Toys, Inc.', 'it@tailspintoys.com');
  const bv = record('Litware B.V.', 'beheer@litware.nl');
  const sa = record('Adatum S.A.', 'ti@adatum.es');

  it.each([
    ['Contoso S.p.A.', spa],
    ['contoso spa', spa],
    ['CONTOSO SPA', spa],
    ['Contoso, S. p. A.', spa],
    ['spa', spa],
    ['S.p.A.', spa],
    ['srl', srl],
    ['S.r.l.', srl],
    ['Rossi Srl', srl],
    ['gmbh', gmbh],
    ['muller', gmbh],
    ['Müller GmbH', gmbh],
    ['ltd', ltd],
    ['Limited', ltd],
    ['northwind limited', ltd],
    ['inc', inc],
    ['Tailspin Toys Inc.', inc],
    ['Incorporated', inc],
    ['B.V.', bv],
    ['bv', bv],
    ['S.A.', sa],
    ['it@contoso.it', spa],
    ['contoso.it', spa],
    ['@contoso.it', spa],
    ['rossi-srl.it', srl],
    ['northwind.co.uk', ltd],
    ['admin@north', ltd],
  ])('%s', (query, terms) => expect(finds(terms, query)).toBe(true));

  it('does not confuse different legal forms or companies', () => {
    expect(finds(srl, 'Rossi SpA')).toBe(false);
    expect(finds(rossiSpa, 'Rossi Srl')).toBe(false);
    expect(finds(rossiSpa, 'Rossi SpA')).toBe(true);
    expect(finds(spa, 'srl')).toBe(false);
    expect(finds(gmbh, 'ltd')).toBe(false);
    expect(finds(spa, 'fabrikam')).toBe(false);
    // A prefix, not a substring: an index range.
    expect(finds(spa, 'toso')).toBe(false);
  });

  it('finds by prefixes in any order, as the partner types', () => {
    const terms = searchTerms(contoso);
    expect(finds(terms, '  SOCIET contoso ')).toBe(true);
    expect(finds(terms, 'anna.rossi@')).toBe(true);
    expect(finds(terms, '"Contoso.it",')).toBe(true);
    expect(finds(ltd, 'north trad')).toBe(true);
    expect(finds(record('Northwind Traders Limited'), 'lim')).toBe(true);
  });

  it('reads a query: legal forms over several words, addresses whole, the most selective word as the range', () => {
    expect(parseQuery('')).toBeNull();
    expect(parseQuery(' , ')).toBeNull();
    expect(parseQuery('Contoso S. p. A.')).toEqual({
      words: [{ prefixes: ['contoso'] }, { prefixes: ['spa'], form: 'spa' }],
      lead: 'contoso',
    });
    expect(parseQuery('Limited')).toEqual({ words: [{ prefixes: ['limited'], form: 'ltd' }], lead: 'l' });
    expect(parseQuery('anna.rossi@contoso.it')?.words).toEqual([{ prefixes: ['anna.rossi@contoso.it'] }]);
    expect(parseQuery('und co kg')?.lead).toBe('cokg');
  });
});

describe('dropCoveredTerms', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '@', 'l', 't', 'd'), maxLength: 6 });

  it('finds by every prefix exactly what the full terms find, and keeps whole terms and legal forms', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 3 }), word, (terms, whole, prefix) => {
        const wholeSet = new Set(whole.filter((t) => terms.includes(t)));
        const kept = dropCoveredTerms(terms, wholeSet);
        expect(kept.some((t) => t.startsWith(prefix))).toBe(terms.some((t) => t.startsWith(prefix)));
        for (const t of wholeSet) expect(kept).toContain(t);
        if (terms.includes('ltd')) expect(kept).toContain('ltd');
        // Only terms another kept term starts are dropped, and nothing is repeated.
        for (const t of terms) if (!kept.includes(t)) expect(kept.some((k) => k !== t && k.startsWith(t))).toBe(true);
        expect(new Set(kept).size).toBe(kept.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the order of the terms it keeps', () => {
    expect(dropCoveredTerms(['zeta', 'xy', 'x', 'xyz', 'zeta'], new Set())).toEqual(['zeta', 'xyz']);
  });
});
