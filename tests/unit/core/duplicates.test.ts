import { describe, expect, it } from 'vitest';
import { duplicatesOf, duplicateTerms } from '../../../src/core/duplicates';
import { makeInvitation } from '../../support/invitations';

describe('duplicateTerms', () => {
  it('the address and the company domain, folded as the search index stores them', () => {
    expect(duplicateTerms(' Anna.Rossi@Contoso.IT ', '')).toEqual(['anna.rossi@contoso.it', 'contoso.it']);
    expect(duplicateTerms('anna@contoso.it', 'Contoso.com')).toEqual(['anna@contoso.it', 'contoso.com']);
    expect(duplicateTerms('', 'contoso.com')).toEqual(['contoso.com']);
  });

  it('a shared mail domain is not a company: only the address is checked', () => {
    expect(duplicateTerms('mario.rossi@gmail.com', '')).toEqual(['mario.rossi@gmail.com']);
    expect(duplicateTerms('luigi@libero.it', 'libero.it')).toEqual(['luigi@libero.it']);
  });

  it('nothing to check while the address is half typed', () => {
    expect(duplicateTerms('anna', '')).toEqual([]);
    expect(duplicateTerms('', '')).toEqual([]);
  });
});

describe('duplicatesOf', () => {
  const sameAddress = makeInvitation({
    id: 'a',
    customerEmail: 'Anna@Contoso.it',
    customerDomain: 'contoso.it',
    createdAt: 50,
  });
  const sameDomainOld = makeInvitation({ id: 'b', customerEmail: 'bob@contoso.it', customerDomain: '', createdAt: 10 });
  const sameDomainNew = makeInvitation({
    id: 'c',
    customerEmail: 'x@other.example',
    customerDomain: 'contoso.it',
    createdAt: 20,
  });
  const accepted = makeInvitation({ id: 'd', customerEmail: 'anna@contoso.it', status: 'accepted', dueAt: null });
  const unrelated = makeInvitation({
    id: 'e',
    customerEmail: 'it@contoso.community',
    customerDomain: 'contoso.community',
  });

  it('the same address first, then the same domain oldest first; never a record no longer pending', () => {
    const found = duplicatesOf([unrelated, sameDomainNew, accepted, sameDomainOld, sameAddress], 'anna@contoso.it', '');
    expect(found.map((d) => [d.id, d.reason])).toEqual([
      ['a', 'email'],
      ['b', 'domain'],
      ['c', 'domain'],
    ]);
    expect(found[0]).toEqual({
      id: 'a',
      customerName: sameAddress.customerName,
      customerEmail: 'Anna@Contoso.it',
      customerDomain: 'contoso.it',
      createdAt: 50,
      followUps: 0,
      reason: 'email',
    });
  });

  it("leaves out the draft's own record, and counts only the address on a shared domain", () => {
    expect(duplicatesOf([sameAddress, sameDomainOld], 'anna@contoso.it', '', ['a']).map((d) => d.id)).toEqual(['b']);
    const gmail = makeInvitation({ id: 'g', customerEmail: 'mario@gmail.com', customerDomain: '' });
    expect(duplicatesOf([gmail], 'luigi@gmail.com', '')).toEqual([]);
    expect(duplicatesOf([gmail], 'MARIO@gmail.com', '').map((d) => d.reason)).toEqual(['email']);
  });
});
