import { describe, expect, it } from 'vitest';
import { afterAcceptanceSteps, learnUrl } from '../../../src/core/next-steps';

describe('next steps after acceptance', () => {
  it('links Partner Center’s Customers page and Microsoft’s guides in the UI language', () => {
    expect(afterAcceptanceSteps('en')).toEqual([
      { key: 'customers', url: 'https://partner.microsoft.com/dashboard/v2/customers/list' },
      { key: 'support-contacts', url: 'https://learn.microsoft.com/en-us/partner-center/assign-support-contacts' },
      { key: 'remove-relationship', url: 'https://learn.microsoft.com/en-us/partner-center/remove-a-relationship' },
    ]);
    expect(afterAcceptanceSteps('it').map((s) => s.url)).toEqual([
      'https://partner.microsoft.com/dashboard/v2/customers/list',
      'https://learn.microsoft.com/it-it/partner-center/assign-support-contacts',
      'https://learn.microsoft.com/it-it/partner-center/remove-a-relationship',
    ]);
  });

  it('maps the languages still to come, and falls back to the locale-less page', () => {
    expect(learnUrl('partner-center/x', 'pt-BR')).toBe('https://learn.microsoft.com/pt-br/partner-center/x');
    expect(learnUrl('partner-center/x', 'pt_BR')).toBe('https://learn.microsoft.com/pt-br/partner-center/x');
    expect(learnUrl('partner-center/x', 'ja')).toBe('https://learn.microsoft.com/ja-jp/partner-center/x');
    expect(learnUrl('partner-center/x', 'de-AT')).toBe('https://learn.microsoft.com/de-de/partner-center/x');
    expect(learnUrl('partner-center/x', 'sv')).toBe('https://learn.microsoft.com/partner-center/x');
    expect(learnUrl('partner-center/x', '')).toBe('https://learn.microsoft.com/partner-center/x');
  });
});
