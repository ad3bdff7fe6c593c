// Settings in storage.sync: validated on the way in and out, defaults from code, only what the
// partner changed is stored (layout: core/settings-layout.ts). A write names the fields that
// changed and is applied to the latest stored items under a lock, so it never overwrites a
// newer value of another field, never removes what this version cannot read, never moves the
// layout version backwards, and is refused before writing when storage.sync would refuse it.
import { defaultsSchema, emailTemplateSchema, profileSchema, type Settings } from '../core/settings';
import { zodFieldChecks } from '../core/settings-checks';
import {
  DEFAULT_SETTINGS,
  itemsToSettings,
  SETTINGS_VERSION,
  storedVersion,
  type SyncItems,
} from '../core/settings-layout';
import {
  changeToWrite,
  quotaProblem,
  replaceAll,
  SETTINGS_WRITE_CODES,
  type QuotaProblem,
  type SettingsChange,
} from '../core/settings-write';
import browser from './browser';

export type { SettingsChange };

/** Why a write was refused; `subs` fill the translated message (refusal_<code>). */
export class SettingsWriteError extends Error {
  constructor(
    message: string,
    readonly code: (typeof SETTINGS_WRITE_CODES)[number],
    readonly subs: string[],
  ) {
    super(message);
    this.name = 'SettingsWriteError';
  }
}

const n = (x: number) => x.toLocaleString('en-US');

function quotaError(q: QuotaProblem): SettingsWriteError {
  if (q.code === 'quota-item')
    return new SettingsWriteError(
      `Not saved: ${q.key} would take ${n(q.bytes)} bytes of the browser's sync storage, over its limit of ${n(q.limit)} bytes for one item.`,
      q.code,
      [n(q.bytes), n(q.limit), q.key],
    );
  if (q.code === 'quota-total')
    return new SettingsWriteError(
      `Not saved: the settings would take ${n(q.bytes)} bytes of the browser's sync storage, over its limit of ${n(q.limit)} bytes for all settings together. Shorten the template: accented letters take 2 bytes, most other scripts 3, and the sign < takes 6.`,
      q.code,
      [n(q.bytes), n(q.limit)],
    );
  return new SettingsWriteError(
    `Not saved: the settings would need ${n(q.count)} items of the browser's sync storage, over its limit of ${n(q.limit)}.`,
    q.code,
    [n(q.count), n(q.limit)],
  );
}

async function readItems(): Promise<SyncItems> {
  return await browser.storage.sync.get(null);
}

/** The partner's settings with defaults merged. A corrupt stored item is ignored with a warning, never thrown. */
export async function loadSettings(): Promise<Settings> {
  let items: SyncItems;
  try {
    items = await readItems();
  } catch (error) {
    console.warn('Partner Invite: could not read settings, using defaults', error);
    return structuredClone(DEFAULT_SETTINGS);
  }
  const { settings, problems } = itemsToSettings(items, zodFieldChecks);
  if (problems.length > 0) console.warn('Partner Invite: ignored corrupt stored settings:', problems.join('; '));
  return settings;
}

function invalid(path: string, issues: readonly { message: string }[]): Error {
  return new Error(`${path}: ${issues[0]?.message ?? 'invalid'}`);
}

/** The change with every field validated (trimmed and defaulted by the schemas); throws on the first invalid one. */
function validated(change: SettingsChange): SettingsChange {
  const out: SettingsChange = {};
  if (change.profile !== undefined) {
    if (change.profile === null) out.profile = null;
    else {
      const r = profileSchema.safeParse(change.profile);
      if (!r.success) throw invalid(`profile.${String(r.error.issues[0]?.path[0] ?? '')}`, r.error.issues);
      out.profile = r.data;
    }
  }
  if (change.defaults !== undefined) {
    const defaults: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(change.defaults)) {
      if (value === undefined) continue;
      const field = defaultsSchema.shape[key as keyof typeof defaultsSchema.shape];
      if (!field) throw new Error(`defaults.${key}: unknown setting`);
      const r = field.safeParse(value);
      if (!r.success) throw invalid(`defaults.${key}`, r.error.issues);
      defaults[key] = r.data;
    }
    out.defaults = defaults;
  }
  if (change.templates !== undefined) {
    const templates: NonNullable<SettingsChange['templates']> = {};
    for (const [lang, template] of Object.entries(change.templates) as [keyof typeof templates, unknown][]) {
      if (template === undefined) continue;
      if (template === null) templates[lang] = null;
      else {
        const r = emailTemplateSchema.safeParse(template);
        if (!r.success) throw invalid(`templates.${lang}`, r.error.issues);
        templates[lang] = r.data;
      }
    }
    out.templates = templates;
  }
  if (change.notifications !== undefined) {
    if (typeof change.notifications !== 'boolean') throw new Error('notifications: not a boolean');
    out.notifications = change.notifications;
  }
  return out;
}

// Writes are read-modify-write: one at a time across every page and the worker (Web Locks
// reach all of the extension's contexts), else within this context.
let queue: Promise<unknown> = Promise.resolve();
function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('partner-invite/settings', work);
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Apply `change` (only the fields the partner changed) to the latest stored settings and return
 * the settings now stored. Throws before writing anything when a field is invalid, when the
 * result would exceed storage.sync's quotas (SettingsWriteError 'quota-*', naming the limit), or
 * when a newer version of the extension wrote the layout (SettingsWriteError 'newer-settings').
 */
export async function updateSettings(change: SettingsChange): Promise<Settings> {
  const clean = validated(change);
  return await exclusively(async () => {
    const stored = await readItems();
    const version = storedVersion(stored);
    if (version > SETTINGS_VERSION)
      throw new SettingsWriteError(
        `Not saved: these settings were last saved by a newer version of Partner Invite (settings version ${version}; this one writes version ${SETTINGS_VERSION}). Update the extension in this browser, then try again.`,
        'newer-settings',
        [String(version), String(SETTINGS_VERSION)],
      );
    const write = changeToWrite(stored, clean);
    const over = quotaProblem(stored, write);
    if (over) throw quotaError(over);
    // New parts before the removal of stale ones, so a reader never sees fewer parts than the head names.
    if (Object.keys(write.set).length > 0) await browser.storage.sync.set(write.set);
    if (write.remove.length > 0) await browser.storage.sync.remove(write.remove);
    const after: SyncItems = { ...stored, ...write.set };
    for (const key of write.remove) delete after[key];
    return itemsToSettings(after, zodFieldChecks).settings;
  });
}

/** Make the stored settings equal `settings` (a backup restore), leaving what this version cannot read alone. */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return updateSettings(replaceAll(settings));
}

/** Call `cb` with the fresh settings whenever they change (in any extension context or on another device). Returns an unsubscribe function. */
export function onSettingsChanged(cb: (settings: Settings) => void): () => void {
  const listener = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'sync') void loadSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
