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
