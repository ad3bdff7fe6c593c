import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import {
  chunkText,
  diffItems,
  itemBytes,
  itemsToSettings,
  settingsToItems,
  SETTINGS_VERSION,
  SYNC_ITEM_QUOTA,
  VERSION_KEY,
} from '../../../src/platform/settings-items';
import { PARTNER_TENANT } from '../../fixtures/links';

const profile = {
  companyName: 'Fabrikam Cloud',
  partnerTenantId: PARTNER_TENANT,
  mpnId: '1234567',
  country: 'IT',
  cloud: 'public' as const,
  indirectProviderTenantId: '',
  pastedLink: '',
};

describe('settingsToItems', () => {
  it('stores only the version for default settings', () => {
    expect(settingsToItems(DEFAULT_SETTINGS)).toEqual({ [VERSION_KEY]: SETTINGS_VERSION });
  });

  it('stores only the changed default fields', () => {
    const items = settingsToItems({
      ...DEFAULT_SETTINGS,
      defaults: { ...DEFAULT_SETTINGS.defaults, firstFollowUpDays: 5 },
    });
    expect(items.defaults).toEqual({ firstFollowUpDays: 5 });
  });

  it('round-trips every setting', () => {
    const settings: Settings = {
      profile,
      defaults: { dap: true, language: 'it', firstFollowUpDays: 2, followUpEveryDays: 10 },
      templates: { it: { subject: 'Invito', body: 'Ciao {{customerName}}, {{link}}' } },
      notifications: true,
    };
    expect(itemsToSettings(settingsToItems(settings))).toEqual({ settings, problems: [] });
  });

  it('splits a 20,000-character template into items that each fit the 8 KB quota', () => {
    const body = `${'é€😀\n"'.repeat(3300)}{{link}}`; // multi-byte, astral and escaped characters
    const items = settingsToItems({ ...DEFAULT_SETTINGS, templates: { en: { subject: 's', body } } });
    const parts = Object.keys(items).filter((k) => k.startsWith('template.en.'));
    expect(parts.length).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(items))
      expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_ITEM_QUOTA);
    expect(itemsToSettings(items).settings.templates.en?.body).toBe(body);
  });
});

describe('chunkText', () => {
  it('joins back to the input and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 8, max: 64 }), (text, budget) => {
        const chunks = chunkText(text, budget);
        expect(chunks.join('')).toBe(text);
        for (const chunk of chunks) {
          expect(/^[\uDC00-\uDFFF]/.test(chunk)).toBe(false);
          expect(/[\uD800-\uDBFF]$/.test(chunk)).toBe(false);
        }
      }),
    );
  });
});

describe('itemsToSettings', () => {
  it('ignores corrupt items, keeps the valid ones and names the problems', () => {
    const { settings, problems } = itemsToSettings({
      profile: { companyName: 'x', partnerTenantId: 'not-a-guid' },
      defaults: { firstFollowUpDays: 'soon', followUpEveryDays: 14 },
      notifications: 'yes',
      'template.en': { subject: 's', parts: 2 },
      'template.en.0': 'only the first part',
      'template.it': { subject: 's', parts: 1 },
      'template.it.0': 'no link placeholder',
    });
    expect(settings.profile).toBeNull();
    expect(settings.defaults).toEqual({ ...DEFAULT_SETTINGS.defaults, followUpEveryDays: 14 });
    expect(settings.notifications).toBe(false);
    expect(settings.templates).toEqual({});
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'profile',
      'defaults.firstFollowUpDays',
      'notifications',
      'template.en.1',
      'template.it',
    ]);
  });

  it('reads items written before the version key existed (version 0)', () => {
    expect(itemsToSettings({ notifications: true }).settings.notifications).toBe(true);
  });
});

describe('diffItems', () => {
  it('writes only changed keys and removes stale template parts, leaving foreign keys alone', () => {
    const current = {
      [VERSION_KEY]: 1,
      notifications: true,
      'template.en': { subject: 's', parts: 2 },
      'template.en.0': 'a',
      'template.en.1': 'b',
      other: 1,
    };
    const next = { [VERSION_KEY]: 1, 'template.en': { subject: 's', parts: 1 }, 'template.en.0': 'ab' };
    expect(diffItems(current, next)).toEqual({
      set: { 'template.en': { subject: 's', parts: 1 }, 'template.en.0': 'ab' },
      remove: ['notifications', 'template.en.1'],
    });
  });
});
