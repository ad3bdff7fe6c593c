// tPlural on the shared fake browser, whose chrome.i18n reads the real _locales tables and
// substitutes as Chrome does: the form each language's plural rules pick, the count formatted
// for the language.
import { describe, expect, it } from 'vitest';
import { tPlural } from '../../../src/platform/i18n';
import { fakeBrowser } from '../../support/fake-browser';

describe('tPlural', () => {
  it('English: one and other, the count formatted', () => {
    expect(tPlural('popup_followups', 1)).toBe('1 follow-up');
    expect(tPlural('popup_followups', 0)).toBe('0 follow-ups');
    expect(tPlural('popup_followups', 2001)).toBe('2,001 follow-ups');
    expect(tPlural('popup_snoozed', 1, ['Contoso'])).toBe('Reminder for Contoso snoozed for 1 day.');
    expect(tPlural('popup_snoozed', 3, ['Contoso'])).toBe('Reminder for Contoso snoozed for 3 days.');
  });

  it('Italian: one and other; "many" (round millions) falls back to other', () => {
    fakeBrowser.i18n.uiLanguage = 'it';
    expect(tPlural('popup_followups', 1)).toBe('1 sollecito');
    expect(tPlural('popup_followups', 0)).toBe('0 solleciti');
    expect(tPlural('options_andMore', 1)).toBe('…e un altro');
    expect(tPlural('options_andMore', 12)).toBe('…e altri 12');
    expect(new Intl.PluralRules('it').select(1_000_000)).toBe('many');
    expect(tPlural('popup_followups', 1_000_000)).toBe('1.000.000 solleciti');
  });
});
