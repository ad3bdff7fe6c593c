// The popup's zod-free settings reader must agree with the platform's zod-validated one on
// every layout the platform writes, and fall back to defaults where that one does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Settings } from '../../../src/core/settings';
import { zodFieldChecks } from '../../../src/core/settings-checks';
import { DEFAULT_SETTINGS, itemsToSettings as read } from '../../../src/core/settings-layout';
import { changeToWrite, replaceAll } from '../../../src/core/settings-write';
import { readSettingsItems } from '../../../src/platform/settings-fast';
import { PARTNER_TENANT } from '../../fixtures/links';

const itemsToSettings = (items: Record<string, unknown>) => read(items, zodFieldChecks);
const settingsToItems = (settings: Settings) => changeToWrite({}, replaceAll(settings)).set;

const PROFILE = {
  companyName: 'Fabrikam',
  partnerTenantId: PARTNER_TENANT,
  mpnId: '1234567',
  country: 'IT',
  cloud: 'usgov' as const,
  indirectProviderTenantId: '',
  pastedLink: '',
};

describe('readSettingsItems', () => {
  it('has the same defaults as the full reader', () => {
    expect(readSettingsItems({})).toEqual(DEFAULT_SETTINGS);
    expect(readSettingsItems({})).toEqual(itemsToSettings({}).settings);
  });

  it('reads what settingsToItems writes, like itemsToSettings (profile, defaults, chunked templates)', () => {
    const settings: Settings = {
      profile: PROFILE,
      defaults: { dap: true, language: 'it', firstFollowUpDays: 5, followUpEveryDays: 10 },
      templates: { it: { subject: 'Invito', body: `Ciao {{customerName}}\n\n{{link}}\n${'x'.repeat(20_000 - 40)}` } },
      notifications: true,
    };
    const items = settingsToItems(settings);
    expect(readSettingsItems(items)).toEqual(itemsToSettings(items).settings);
    expect(readSettingsItems(items)).toEqual(settings);
  });

  it('agrees with itemsToSettings on arbitrary, partly corrupt items', () => {
    const profileArb = fc.record(
      {
        companyName: fc.oneof(fc.constant('Fabrikam'), fc.constant(''), fc.string()),
        partnerTenantId: fc.oneof(fc.constant(PROFILE.partnerTenantId), fc.constant('not-a-guid')),
        mpnId: fc.oneof(fc.constant(''), fc.constant('42'), fc.constant('x1')),
        country: fc.oneof(fc.constant('IT'), fc.constant('it'), fc.constant('')),
        cloud: fc.constantFrom('public', 'usgov', 'germany', 'mars'),
        indirectProviderTenantId: fc.oneof(fc.constant(''), fc.constant(PROFILE.partnerTenantId), fc.constant('bad')),
        pastedLink: fc.oneof(fc.constant(''), fc.constant('https://example.com')),
      },
      { requiredKeys: ['companyName', 'partnerTenantId', 'country', 'cloud'] },
    );
    const defaultsArb = fc.record(
      {
        dap: fc.oneof(fc.boolean(), fc.constant('yes')),
        language: fc.constantFrom('en', 'it', 'fr'),
        firstFollowUpDays: fc.oneof(fc.integer({ min: -2, max: 100 }), fc.constant(2.5)),
        followUpEveryDays: fc.integer({ min: 0, max: 91 }),
      },
      { requiredKeys: [] },
    );
    const itemsArb = fc.record(
      {
        settingsVersion: fc.constant(1),
        profile: fc.oneof(profileArb, fc.constant(null), fc.constant('junk')),
        defaults: fc.oneof(defaultsArb, fc.constant(7)),
        notifications: fc.oneof(fc.boolean(), fc.constant('on')),
      },
      { requiredKeys: ['settingsVersion'] },
    );
    fc.assert(
      fc.property(itemsArb, (items) => {
        expect(readSettingsItems(items)).toEqual(itemsToSettings(items).settings);
      }),
      { numRuns: 400 },
    );
  });

  it('drops a template whose parts are missing or that lost its {{link}}, like the platform', () => {
    for (const items of [
      { 'template.en': { subject: 'S', parts: 2 }, 'template.en.0': 'Hi {{link}}' },
      { 'template.en': { subject: 'S', parts: 1 }, 'template.en.0': 'Hi, no placeholder' },
    ]) {
      expect(readSettingsItems(items).templates).toEqual({});
      expect(itemsToSettings(items).settings.templates).toEqual({});
    }
  });
});
