// Writing the settings layout (./settings-layout.ts): the byte count storage.sync charges, the
// chunking of long templates, the field-by-field write of a change and the quota check. Apart
// from the layout's reading so that the popup, which only reads, never loads this.
import type { Language } from './ids';
import type { EmailTemplate, Profile, Settings, Defaults } from './settings';
import {
  DEFAULT_SETTINGS,
  migrateItems,
  partKey,
  SETTINGS_VERSION,
  TEMPLATE_LANGUAGES,
  templateKey,
  VERSION_KEY,
  type SyncItems,
} from './settings-layout';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// --- Quota: what storage.sync charges, measured in Chromium 156 (a real run storing growing
// strings until set() refused). An item costs its key plus the JSON of its value in UTF-8,
// where Chromium's JSON writer escapes '<', U+2028 and U+2029 as \uXXXX (6 bytes) and control
// characters as \uXXXX too (\b \f \n \r \t, '"' and '\' take 2); '>' and '&' cost 1, like any
// ASCII. Firefox charges the same JSON without those three escapes, never more, so this count
// fits both browsers. Lone surrogates are counted as their 6-byte escape (Chromium charges 3).

export const SYNC_QUOTA = { perItem: 8192, total: 102_400, maxItems: 512 } as const;

const utf8 = new TextEncoder();

/** Bytes storage.sync charges for `value`'s JSON. */
function syncJsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  // JSON.stringify leaves '<' (1 byte) and U+2028/2029 (3 bytes in UTF-8) unescaped: add the difference.
  const lt = json.split('<').length - 1;
  const separators = json.match(/[\u2028\u2029]/g)?.length ?? 0;
  return utf8.encode(json).length + 5 * lt + 3 * separators;
}

/** Bytes storage.sync charges for one item. */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8.encode(key).length + syncJsonBytes(value);
}

/** Bytes one code point costs inside a JSON string, as above. */
function charBytes(code: number, lone: boolean): number {
  if (lone) return 6;
  if (code === 0x3c || code === 0x2028 || code === 0x2029) return 6;
  if (code < 0x20) return code === 8 || code === 9 || code === 10 || code === 12 || code === 13 ? 2 : 6;
  if (code === 0x22 || code === 0x5c) return 2;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code > 0xffff ? 4 : 3;
}

/** Room kept below the per-item quota for the longest part key and the JSON quotes. */
const CHUNK_BUDGET = SYNC_QUOTA.perItem - 64;

/** Split text into pieces whose charged size fits `budget` bytes (quotes included), never inside a surrogate pair. */
export function chunkText(text: string, budget = CHUNK_BUDGET): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 2; // the JSON quotes
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const cost = charBytes(code, code >= 0xd800 && code <= 0xdfff);
    if (bytes + cost > budget && i > start) {
      chunks.push(text.slice(start, i));
      start = i;
      bytes = 2;
    }
    bytes += cost;
    i += width;
  }
  chunks.push(text.slice(start));
  return chunks;
}

// --- Writing: a change names only the fields the partner changed; each is written against the
// latest stored items, and nothing else is touched.

export type SettingsChange = {
  profile?: Profile | null;
  defaults?: Partial<Defaults>;
  /** A template per language; null goes back to the shipped default (core/template.ts). */
  templates?: Partial<Record<Language, EmailTemplate | null>>;
  notifications?: boolean;
};

/** The change that makes the stored settings equal `settings` (a backup restore). */
export function replaceAll(settings: Settings): SettingsChange {
  return {
    profile: settings.profile,
    defaults: settings.defaults,
    templates: Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [l, settings.templates[l] ?? null])),
    notifications: settings.notifications,
  };
}

export type ItemWrite = { set: SyncItems; remove: string[] };

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The stored part keys of a language's template: those its head names and any stray ones. */
function partKeys(items: SyncItems, lang: Language): string[] {
  const prefix = `${templateKey(lang)}.`;
  return Object.keys(items).filter((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)));
}

/**
 * What to set and remove in storage.sync to apply `change` over `stored` (the latest stored
 * items, in any older layout): the migrated layout and version when they differ, then only the
 * keys of the changed fields. Values equal to what is stored are not rewritten.
 * Callers refuse first when storedVersion(stored) > SETTINGS_VERSION.
 */
export function changeToWrite(stored: SyncItems, change: SettingsChange): ItemWrite {
  const next: SyncItems = { ...migrateItems(stored) };
  const removed = new Set(Object.keys(stored).filter((k) => !(k in next)));
  const put = (key: string, value: unknown) => {
    next[key] = value;
    removed.delete(key);
  };
  const drop = (key: string) => {
    if (key in next || key in stored) removed.add(key);
    delete next[key];
  };
  put(VERSION_KEY, SETTINGS_VERSION);

  if (change.profile !== undefined) {
    if (change.profile === null) drop('profile');
    else put('profile', change.profile);
  }
  if (change.defaults !== undefined) {
    // Fields this version does not know stay in the object as they are.
    const fields: Record<string, unknown> = isObject(next.defaults) ? { ...next.defaults } : {};
    for (const [key, value] of Object.entries(change.defaults) as [keyof Defaults, unknown][]) {
      if (value === undefined) continue;
      if (value === DEFAULT_SETTINGS.defaults[key]) delete fields[key];
      else fields[key] = value;
    }
    if (Object.keys(fields).length === 0) drop('defaults');
    else put('defaults', fields);
  }
  if (change.notifications !== undefined) {
    if (change.notifications === DEFAULT_SETTINGS.notifications) drop('notifications');
    else put('notifications', change.notifications);
  }
  for (const [lang, template] of Object.entries(change.templates ?? {}) as [Language, EmailTemplate | null][]) {
    if (template === undefined) continue;
    const stale = new Set(partKeys(next, lang));
    if (template === null) drop(templateKey(lang));
    else {
      const parts = chunkText(template.body);
      put(templateKey(lang), { subject: template.subject, parts: parts.length });
      parts.forEach((part, n) => {
        put(partKey(lang, n), part);
        stale.delete(partKey(lang, n));
      });
    }
    for (const key of stale) drop(key);
  }

  const set: SyncItems = {};
  for (const [key, value] of Object.entries(next))
    if (!(key in stored) || !sameJson(stored[key], value)) set[key] = value;
  return { set, remove: [...removed].filter((k) => k in stored) };
}

/** Why a settings write is refused before anything is written (messages refusal_<code>). */
export const SETTINGS_WRITE_CODES = ['quota-item', 'quota-total', 'quota-items', 'newer-settings'] as const;

export type QuotaProblem =
  | { code: 'quota-item'; key: string; bytes: number; limit: number }
  | { code: 'quota-total'; bytes: number; limit: number }
  | { code: 'quota-items'; count: number; limit: number };

/** Whether storing `write` over `stored` stays within storage.sync's quotas; the first problem otherwise. */
export function quotaProblem(stored: SyncItems, write: ItemWrite): QuotaProblem | null {
  for (const [key, value] of Object.entries(write.set)) {
    const bytes = syncItemBytes(key, value);
    if (bytes > SYNC_QUOTA.perItem) return { code: 'quota-item', key, bytes, limit: SYNC_QUOTA.perItem };
  }
  const after: SyncItems = { ...stored, ...write.set };
  for (const key of write.remove) delete after[key];
  let bytes = 0;
  for (const [key, value] of Object.entries(after)) bytes += syncItemBytes(key, value);
  if (bytes > SYNC_QUOTA.total) return { code: 'quota-total', bytes, limit: SYNC_QUOTA.total };
  const count = Object.keys(after).length;
  if (count > SYNC_QUOTA.maxItems) return { code: 'quota-items', count, limit: SYNC_QUOTA.maxItems };
  return null;
}
