// How the settings are laid out in storage.sync, declared once for every reader and writer:
// the limits, the defaults, the keys, the layout version and its migrations, the byte count
// the browser charges, the chunking of long templates, the reading of stored items and the
// field-by-field write of a change. Zod-free on purpose: the popup's light reader
// (platform/settings-fast.ts) uses it without loading zod; the validation of each field is
// passed in (core/settings.ts with zod messages, core/settings-plain.ts without).
//
// Layout (only what differs from DEFAULT_SETTINGS is stored):
//   settingsVersion      layout version (SETTINGS_VERSION); migrations run from it
//   profile              Profile
//   defaults             the changed fields of Defaults only
//   notifications        boolean
//   template.<lang>      { subject, parts } and template.<lang>.<n> body chunks: a 20,000
//                        character body can exceed storage.sync's 8 KB per-item quota.
// Keys this version does not know (another feature's, a newer layout's, a language added by a
// newer version) are never written or removed here.
import { LANGUAGE_CODES, type Language } from './languages';
import type { Defaults, EmailTemplate, Profile, Settings } from './settings';
import { LIMITS } from './settings-limits';

/** The languages a template can be stored for: every language of the table (core/languages). */
export const TEMPLATE_LANGUAGES: readonly Language[] = LANGUAGE_CODES;

export const DEFAULT_SETTINGS: Settings = {
  profile: null,
  // language null: emails follow the browser's language until the partner chooses one.
  defaults: { dap: false, language: null, firstFollowUpDays: 3, followUpEveryDays: 7 },
  templates: {},
  notifications: false,
};

export const SETTINGS_VERSION = 1;
export const VERSION_KEY = 'settingsVersion';
export const templateKey = (lang: Language): string => `template.${lang}`;
export const partKey = (lang: Language, n: number): string => `template.${lang}.${n}`;

export type SyncItems = Record<string, unknown>;

/**
 * Upgrade steps for the stored layout, keyed by the version they upgrade FROM. Each is pure and
 * must return every key it does not rewrite unchanged. Version 0 is "no version key": the first
 * release wrote none, with the same layout. Add `1: (items) => …` here when the layout changes.
 */
const SETTINGS_MIGRATIONS: Record<number, (items: SyncItems) => SyncItems> = {
  0: (items) => items,
};

/** The layout version the items were written in (0 when none is stored). */
export function storedVersion(items: SyncItems): number {
  const v = items[VERSION_KEY];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** The items in this version's layout. Items of a newer layout (another device ahead) are read as they are. */
export function migrateItems(items: SyncItems): SyncItems {
  let out = items;
  for (let version = storedVersion(items); version < SETTINGS_VERSION; version += 1) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) out = step(out);
  }
  return out;
}

// --- Reading.

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** How each field is validated: with zod (core/settings.ts) or plain checks (core/settings-plain.ts). */
export interface FieldChecks {
  profile(value: unknown): Checked<Profile>;
  defaultsField<K extends keyof Defaults>(key: K, value: unknown): Checked<Defaults[K]>;
  template(subject: unknown, body: string): Checked<EmailTemplate>;
}

export type ReadResult = { settings: Settings; problems: string[]; version: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readTemplate(items: SyncItems, lang: Language, checks: FieldChecks, problems: string[]) {
  const head = items[templateKey(lang)];
  if (head === undefined) return undefined;
  if (!isObject(head)) {
    problems.push(`${templateKey(lang)}: invalid`);
    return undefined;
  }
  const parts = head.parts;
  if (typeof parts !== 'number' || !Number.isInteger(parts) || parts < 1 || parts > LIMITS.parts) {
    problems.push(`${templateKey(lang)}: invalid`);
    return undefined;
  }
  let body = '';
  for (let n = 0; n < parts; n += 1) {
    const part = items[partKey(lang, n)];
    // A missing part: another device's write has not fully synced yet, or a partial loss.
    if (typeof part !== 'string') {
      problems.push(`${partKey(lang, n)}: missing`);
      return undefined;
    }
    body += part;
  }
  const checked = checks.template(head.subject, body);
  if (!checked.ok) problems.push(`${templateKey(lang)}: ${checked.problem}`);
  return checked.ok ? checked.value : undefined;
}

/** Settings from stored items, migrated, defaults merged; each item that fails its check is skipped and named. */
export function itemsToSettings(raw: SyncItems, checks: FieldChecks): ReadResult {
  const items = migrateItems(raw);
  const problems: string[] = [];
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);

  if (items.profile !== undefined && items.profile !== null) {
    const checked = checks.profile(items.profile);
    if (checked.ok) settings.profile = checked.value;
    else problems.push(`profile: ${checked.problem}`);
  }
  if (items.defaults !== undefined) {
    if (isObject(items.defaults)) {
      const stored = items.defaults;
      // Field by field: one bad field keeps its default, the others still apply.
      for (const key of Object.keys(DEFAULT_SETTINGS.defaults) as (keyof Defaults)[]) {
        if (!(key in stored)) continue;
        const checked = checks.defaultsField(key, stored[key]);
        if (checked.ok) Object.assign(settings.defaults, { [key]: checked.value });
        else problems.push(`defaults.${key}: ${checked.problem}`);
      }
    } else problems.push('defaults: invalid');
  }
  if (items.notifications !== undefined) {
    if (typeof items.notifications === 'boolean') settings.notifications = items.notifications;
    else problems.push('notifications: invalid');
  }
  for (const lang of TEMPLATE_LANGUAGES) {
    const template = readTemplate(items, lang, checks, problems);
    if (template) settings.templates[lang] = template;
  }
  return { settings, problems, version: storedVersion(raw) };
}
