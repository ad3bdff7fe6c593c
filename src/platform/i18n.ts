// UI strings come from _locales through chrome.i18n (synchronous, no worker round trip).
// Falls back to the key so a missing string is visible instead of blank.
import { FALLBACK_LANGUAGE, isLanguage, type Language } from '../core/languages';

export function t(key: string, substitutions?: string | string[]): string {
  const api = globalThis.chrome?.i18n;
  const text = api ? api.getMessage(key, substitutions) : '';
  return text || key;
}

/**
 * The UI language: the language of the table (core/languages) whose _locales folder the browser
 * chose for this extension. Each messages.json names its own code in `languageCode`, so this is
 * the browser's own choice, with its own fallbacks (de-AT → de; a language with no folder →
 * the default locale, English), rather than a second guess from getUILanguage().
 */
export function uiLanguage(): Language {
  const code = globalThis.chrome?.i18n?.getMessage('languageCode');
  return isLanguage(code) ? code : FALLBACK_LANGUAGE;
}

let plurals: { lang: string; rules: Intl.PluralRules; numbers: Intl.NumberFormat } | undefined;

/**
 * A message with a count. chrome.i18n has no plural forms, so a counted message is a set of
 * keys `<key>_<category>`, one per CLDR plural category of the language (`_one`, `_other` in
 * English; Japanese has only `_other`; French, Italian, Spanish and Portuguese add `_many` for
 * round millions), picked with Intl.PluralRules; a missing category falls back to `_other`.
 * The count, formatted for the UI language, is $1; `more` are $2, $3, …
 */
export function tPlural(key: string, count: number, more: string[] = []): string {
  const lang = uiLanguage();
  if (plurals?.lang !== lang)
    plurals = { lang, rules: new Intl.PluralRules(lang), numbers: new Intl.NumberFormat(lang) };
  const subs = [plurals.numbers.format(count), ...more];
  const exact = `${key}_${plurals.rules.select(count)}`;
  const text = t(exact, subs);
  return text === exact ? t(`${key}_other`, subs) : text;
}
