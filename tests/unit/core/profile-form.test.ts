import { describe, expect, it } from 'vitest';
import { checkProfile, EMPTY_DRAFT, type ProfileDraft } from '../../../src/core/profile-form';
import { countryOptions, isCountryCode } from '../../../src/core/countries';
import { PARTNER_TENANT } from '../../fixtures/links';

const good: ProfileDraft = {
  ...EMPTY_DRAFT,
  companyName: ' Contoso IT ',
  partnerTenantId: PARTNER_TENANT.toUpperCase(),
  mpnId: '1234567',
  country: 'it',
  cloud: 'public',
};

describe('checkProfile', () => {
  it('accepts a complete profile and normalises it', () => {
    const r = checkProfile(good);
    expect(r).toEqual({
      ok: true,
      profile: {
        companyName: 'Contoso IT',
        partnerTenantId: PARTNER_TENANT,
        mpnId: '1234567',
        country: 'IT',
        cloud: 'public',
        indirectProviderTenantId: '',
        pastedLink: '',
      },
    });
  });

  it('names every bad field with its reason', () => {
    const r = checkProfile({ ...EMPTY_DRAFT, partnerTenantId: 'not-a-guid', mpnId: '12ab', country: 'ZZ' });
    expect(r).toEqual({
      ok: false,
      problems: { companyName: 'required', partnerTenantId: 'invalid', mpnId: 'invalid', country: 'invalid' },
    });
  });

  it('an indirect reseller needs its MPN ID and a provider tenant other than its own', () => {
    const r = checkProfile({ ...good, mpnId: '', indirectProviderTenantId: good.partnerTenantId });
    expect(r).toEqual({
      ok: false,
      problems: { mpnId: 'indirectNeedsMpn', indirectProviderTenantId: 'sameAsPartner' },
    });
  });

  it('refuses an indirect provider id that is not a GUID', () => {
    const r = checkProfile({ ...good, indirectProviderTenantId: '1234' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.indirectProviderTenantId).toBe('invalid');
  });
});

describe('countries', () => {
  it('lists names in the requested language, sorted, with known codes only', () => {
    const it_ = countryOptions('it');
    expect(it_.find((c) => c.code === 'DE')?.name).toBe('Germania');
    const names = it_.map((c) => c.name);
    expect([...names].sort(new Intl.Collator('it').compare)).toEqual(names);
    expect(isCountryCode('IT')).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
  });
});
