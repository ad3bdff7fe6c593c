// UI strings come from _locales through chrome.i18n (synchronous, no worker round trip).
// Falls back to the key so a missing string is visible instead of blank.
export function t(key: string, substitutions?: string | string[]): string {
  const api = globalThis.chrome?.i18n;
  const text = api ? api.getMessage(key, substitutions) : '';
  return text || key;
}

/** The UI language the browser chose for this extension ('en' or 'it'). */
export function uiLanguage(): 'en' | 'it' {
  const lang = globalThis.chrome?.i18n?.getUILanguage?.() ?? 'en';
  return lang.toLowerCase().startsWith('it') ? 'it' : 'en';
}
