// The languages the product writes the customer email in, and speaks in its UI: one file per
// language (./en.ts, ./it.ts, …) listed here. Every list and schema of languages derives from
// this table (core/ids.ts languageSchema, the settings' templates, the popup's draft and
// settings readers, the pickers). Adding a language is its file here plus its
// public/_locales/<code>/messages.json; tests/unit/i18n/locales.test.ts fails while either is
// missing or incomplete.
import { en } from './en';
import { it } from './it';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { ptBR } from './pt-BR';
import { nl } from './nl';
import { ja } from './ja';
import type { LanguageEntry } from './types';

/** In the order the pickers list them. */
export const LANGUAGES = [en, it, de, fr, es, ptBR, nl, ja] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

// Pure annotations: bundles that import only a helper (the injected script, through t()) must be
// able to drop the table and its templates.
export const LANGUAGE_CODES: readonly Language[] = /* @__PURE__ */ LANGUAGES.map((l) => l.code);

/** The language used when nothing else applies (the manifest's default_locale). */
export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageEntry(code: Language): LanguageEntry<Language> {
  return LANGUAGES.find((l) => l.code === code) ?? en;
}

/**
 * The email's language when the partner has chosen none: the UI's language, which the browser
 * picked among the table's locales. `chosen` comes from settings (a choice synced from another
 * device included) and always wins. Nothing here is stored: following the browser writes nothing.
 */
export function emailLanguage(chosen: Language | null | undefined, uiLanguage: Language): Language {
  return chosen ?? uiLanguage;
}
