import { describe, expect, it } from 'vitest';
import { matchesAll, queryWords, searchTerms } from '../../../src/core/search-terms';

const contoso = {
  customerName: 'Contoso Società S.r.l.',
  customerDomain: 'contoso.it',
  customerEmail: 'Anna.Rossi@contoso.it',
};

describe('searchTerms', () => {
  it('indexes name words without accents, the domain, its labels and the email parts', () => {
    expect(searchTerms(contoso).sort()).toEqual(
      ['anna', 'anna.rossi@contoso.it', 'contoso', 'contoso.it', 'it', 'rossi', 's', 'r', 'l', 'societa'].sort(),
    );
  });

  it('finds a record by word prefixes in any order and case', () => {
    const terms = searchTerms(contoso);
    expect(matchesAll(terms, queryWords('  SOCIET contoso '))).toBe(true);
    expect(matchesAll(terms, queryWords('anna.rossi@'))).toBe(true);
    expect(matchesAll(terms, queryWords('"Contoso.it",'))).toBe(true);
    expect(matchesAll(terms, queryWords('fabrikam'))).toBe(false);
    expect(matchesAll(terms, queryWords('toso'))).toBe(false); // prefix, not substring: an index range
  });
});
