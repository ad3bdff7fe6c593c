// Pure mapping between `Settings` and the flat items kept in storage.sync. No browser API
// here, so it is unit-tested directly; src/platform/settings.ts does the I/O.
//
// Layout (only what differs from DEFAULT_SETTINGS is stored):
//   settingsVersion      schema version of this layout (migrations run from it)
//   profile              Profile
//   defaults             the changed fields of Defaults only (so two devices editing
//                        different fields do not overwrite each other)
//   notifications        boolean
//   template.<lang>      { subject, parts } and template.<lang>.<n> body chunks: a 20,000
//                        character body can exceed storage.sync's 8 KB per-item quota.
import {
  DEFAULT_SETTINGS,
  defaultsSchema,
  emailTemplateSchema,
  profileSchema,
  type Defaults,
  type EmailTemplate,
  type Settings,
} from '../core/settings';
import { languageSchema, type Language } from '../core/ids';

export const SETTINGS_VERSION = 1;
export const VERSION_KEY = 'settingsVersion';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM counts key + JSON of the value, in UTF-8 bytes. */
export const SYNC_ITEM_QUOTA = 8192;
/** Room kept below the quota for the key name and JSON quotes. */
const CHUNK_BUDGET = SYNC_ITEM_QUOTA - 256;

export type SyncItems = Record<string, unknown>;

/**
 * Upgrade steps for the stored layout, keyed by the version they upgrade FROM. Version 0 is
 * "no version key": the first release wrote none, with the same layout, so there is nothing
 * to rewrite yet. Add `1: (items) => …` here when the layout changes.
 */
const SETTINGS_MIGRATIONS: Record<number, (items: SyncItems) => SyncItems> = {
  0: (items) => items,
};

/** Run the migrations from the stored version up to SETTINGS_VERSION. A newer version (another device ahead of this one) is read as is. */
function migrateItems(items: SyncItems): SyncItems {
  const stored = items[VERSION_KEY];
  let version = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
  let out = items;
  while (version < SETTINGS_VERSION) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) out = step(out);
    version += 1;
  }
  return out;
}

/** Byte size storage.sync charges for one item. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Split text into pieces whose JSON encoding fits the chunk budget, never inside a surrogate pair. */
export function chunkText(text: string, budget = CHUNK_BUDGET): string[] {
  const chunks: string[] = [];
  let start = 0;
  let bytes = 2; // the JSON quotes
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const cost = new TextEncoder().encode(JSON.stringify(String.fromCodePoint(code))).length - 2;
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

const templateKey = (lang: Language) => `template.${lang}`;
const partKey = (lang: Language, n: number) => `template.${lang}.${n}`;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The items that represent `settings`: only what differs from the defaults, plus the version. */
export function settingsToItems(settings: Settings): SyncItems {
  const items: SyncItems = { [VERSION_KEY]: SETTINGS_VERSION };
  if (settings.profile) items.profile = settings.profile;
  const changed: Partial<Defaults> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS.defaults) as (keyof Defaults)[]) {
    if (settings.defaults[key] !== DEFAULT_SETTINGS.defaults[key])
      Object.assign(changed, { [key]: settings.defaults[key] });
  }
  if (Object.keys(changed).length > 0) items.defaults = changed;
  if (settings.notifications !== DEFAULT_SETTINGS.notifications) items.notifications = settings.notifications;
  for (const lang of languageSchema.options) {
    const template = settings.templates[lang];
    if (!template) continue;
    const parts = chunkText(template.body);
    items[templateKey(lang)] = { subject: template.subject, parts: parts.length };
    parts.forEach((part, n) => {
      items[partKey(lang, n)] = part;
    });
  }
  return items;
}

export type ReadResult = { settings: Settings; problems: string[] };

function readTemplate(items: SyncItems, lang: Language, problems: string[]): EmailTemplate | undefined {
  const head = items[templateKey(lang)];
  if (head === undefined) return undefined;
  if (typeof head !== 'object' || head === null) {
    problems.push(`${templateKey(lang)}: not an object`);
    return undefined;
  }
  const { subject, parts } = head as { subject?: unknown; parts?: unknown };
  if (typeof parts !== 'number' || !Number.isInteger(parts) || parts < 1 || parts > 512) {
    problems.push(`${templateKey(lang)}: bad part count`);
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
  const parsed = emailTemplateSchema.safeParse({ subject, body });
  if (!parsed.success) {
    problems.push(`${templateKey(lang)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return undefined;
  }
  return parsed.data;
}

/** Settings from stored items: defaults merged; each corrupt item is skipped and named in `problems`. */
export function itemsToSettings(raw: SyncItems): ReadResult {
  const items = migrateItems(raw);
  const problems: string[] = [];
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);

  if (items.profile !== undefined && items.profile !== null) {
    const parsed = profileSchema.safeParse(items.profile);
    if (parsed.success) settings.profile = parsed.data;
    else problems.push(`profile: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }

  if (items.defaults !== undefined) {
    if (typeof items.defaults === 'object' && items.defaults !== null) {
      const stored = items.defaults as Record<string, unknown>;
      // Field by field: one bad field keeps its default, the others still apply.
      for (const key of Object.keys(defaultsSchema.shape) as (keyof Defaults)[]) {
        if (!(key in stored)) continue;
        const parsed = defaultsSchema.shape[key].safeParse(stored[key]);
        if (parsed.success) Object.assign(settings.defaults, { [key]: parsed.data });
        else problems.push(`defaults.${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      }
    } else problems.push('defaults: not an object');
  }

  if (items.notifications !== undefined) {
    if (typeof items.notifications === 'boolean') settings.notifications = items.notifications;
    else problems.push('notifications: not a boolean');
  }

  for (const lang of languageSchema.options) {
    const template = readTemplate(items, lang, problems);
    if (template) settings.templates[lang] = template;
  }
  return { settings, problems };
}

/** What to write and what to remove to turn `current` stored items into `next`. */
export function diffItems(current: SyncItems, next: SyncItems): { set: SyncItems; remove: string[] } {
  const set: SyncItems = {};
  for (const [key, value] of Object.entries(next)) {
    if (!sameJson(current[key], value)) set[key] = value;
  }
  const remove = Object.keys(current).filter((key) => isOurKey(key) && !(key in next));
  return { set, remove };
}

/** Keys this layout owns in storage.sync (others are left alone). */
export function isOurKey(key: string): boolean {
  return (
    key === VERSION_KEY ||
    key === 'profile' ||
    key === 'defaults' ||
    key === 'notifications' ||
    key.startsWith('template.')
  );
}
