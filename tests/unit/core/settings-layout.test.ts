import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Settings } from '../../../src/core/settings';
import { zodFieldChecks } from '../../../src/core/settings-checks';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  VERSION_KEY,
  itemsToSettings as read,
  type SyncItems,
} from '../../../src/core/settings-layout';
import {
  SYNC_QUOTA,
  changeToWrite,
  chunkText,
  quotaProblem,
  replaceAll,
  syncItemBytes,
} from '../../../src/core/settings-write';
import { chromiumItemBytes } from '../../support/fake-browser';
import { PARTNER_TENANT } from '../../fixtures/links';

const itemsToSettings = (items: SyncItems) => read(items, zodFieldChecks);
/** The items a whole `settings` is stored as, in empty storage. */
const settingsToItems = (settings: Settings) => changeToWrite({}, replaceAll(settings)).set;

const profile = {
  companyName: 'Fabrikam Cloud',
  partnerTenantId: PARTNER_TENANT,
  mpnId: '1234567',
  country: 'IT',
  cloud: 'public' as const,
  indirectProviderTenantId: '',
  pastedLink: '',
};

describe('the stored layout', () => {
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
    expect(itemsToSettings(settingsToItems(settings))).toEqual({ settings, problems: [], version: SETTINGS_VERSION });
  });

  it('splits a 20,000-character template into items that each fit the 8 KB quota as Chromium counts it', () => {
    for (const unit of ['é€😀\n"', '<b>', '\u2028\u0001', '中']) {
      const body = `${unit.repeat(Math.floor(19_990 / unit.length))}{{link}}`;
      const items = settingsToItems({ ...DEFAULT_SETTINGS, templates: { en: { subject: 's', body } } });
      expect(Object.keys(items).filter((k) => k.startsWith('template.en.')).length).toBeGreaterThan(1);
      for (const [key, value] of Object.entries(items)) {
        expect(syncItemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
        expect(chromiumItemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
      }
      expect(itemsToSettings(items).settings.templates.en?.body).toBe(body);
    }
  });
});

describe('syncItemBytes', () => {
  it('counts what Chromium charges (measured): < and U+2028/2029 are 6 bytes, > and & one', () => {
    expect(syncItemBytes('x', '<&>\u2028')).toBe(17); // Chromium's getBytesInUse for this item
    expect(syncItemBytes('k', '<'.repeat(1364))).toBe(8187);
    expect(syncItemBytes('k', 'é')).toBe(1 + 2 + 2);
  });

  it('agrees with the Chromium-counting fake on any value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue(), (s, v) => {
        expect(syncItemBytes('key', s)).toBe(chromiumItemBytes('key', s));
        expect(syncItemBytes('key', v)).toBe(chromiumItemBytes('key', v));
      }),
    );
  });
});

describe('chunkText', () => {
  it('joins back to the input, never splits a surrogate pair, and each piece fits its budget', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 16, max: 64 }), (text, budget) => {
        const chunks = chunkText(text, budget);
        expect(chunks.join('')).toBe(text);
        for (const chunk of chunks) {
          expect(/^[\uDC00-\uDFFF]/.test(chunk) && !/^[\uDC00-\uDFFF]/.test(text)).toBe(false);
          if (chunk.length > 2) expect(syncItemBytes('', chunk)).toBeLessThanOrEqual(budget);
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

describe('changeToWrite', () => {
  it('writes only the changed keys, removes stale parts of the changed template, leaves every other key alone', () => {
    const stored = {
      [VERSION_KEY]: 1,
      notifications: true,
      'template.en': { subject: 's', parts: 2 },
      'template.en.0': 'a',
      'template.en.1': 'b {{link}}',
      'template.fr': { subject: 's', parts: 1 },
      'template.fr.0': 'x',
      other: 1,
    };
    expect(changeToWrite(stored, { templates: { en: { subject: 's', body: 'ab {{link}}' } } })).toEqual({
      set: { 'template.en': { subject: 's', parts: 1 }, 'template.en.0': 'ab {{link}}' },
      remove: ['template.en.1'],
    });
    expect(changeToWrite(stored, { templates: { en: null }, notifications: false })).toEqual({
      set: {},
      remove: ['notifications', 'template.en', 'template.en.0', 'template.en.1'],
    });
  });

  it('writes the version when the stored layout is older, never a lower one', () => {
    expect(changeToWrite({ notifications: true }, {})).toEqual({
      set: { [VERSION_KEY]: SETTINGS_VERSION },
      remove: [],
    });
  });

  it('names the quota a write would exceed', () => {
    const big = `${'中'.repeat(19_000)}{{link}}`;
    const stored = changeToWrite({}, { templates: { en: { subject: 'a', body: big } } }).set;
    expect(quotaProblem({}, { set: stored, remove: [] })).toBeNull();
    const write = changeToWrite(stored, { templates: { it: { subject: 'b', body: big } } });
    expect(quotaProblem(stored, write)).toMatchObject({ code: 'quota-total', limit: 102_400 });
  });
});
