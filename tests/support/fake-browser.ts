// The one in-memory browser for unit tests, in node and in Vitest's browser mode. It is
// installed as both `browser` and `chrome` before any module loads (tests/support/setup.ts),
// so src/platform/browser.ts (webextension-polyfill hands back an existing `browser` global),
// page-api.ts and i18n.ts all reach it: no test mocks a module of ours to reach a fake.
//
// It keeps the behaviour our code observes in Chrome: storage values are copied as JSON,
// storage.sync enforces its quotas (counted as Chromium counts them), onChanged fires
// only for values that changed and leaves out an absent old or new value, messages and replies
// cross as JSON, `notifications` exists only once its optional permission is granted, and
// i18n reads the real public/_locales files. @webext-core/fake-browser was considered: it
// returns missing keys as `undefined`, reports absent old values as null, deletes on set(null)
// and has no quotas or i18n, all of which our settings and guard code would notice.
//
// Test-side controls (not browser API) are marked "test:" below; reset() runs before each test.
/// <reference types="vite/client" />
import type { Runtime } from 'webextension-polyfill';

type Listener = (...args: never[]) => unknown;

/** chrome.events.Event, plus `dispatch` (as Chrome's own test hook is called) to fire it. */
class FakeEvent<L extends Listener> {
  private readonly listeners: L[] = [];
  addListener(listener: L): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }
  removeListener(listener: L): void {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  hasListener(listener: L): boolean {
    return this.listeners.includes(listener);
  }
  hasListeners(): boolean {
    return this.listeners.length > 0;
  }
  /** test: calls every listener, as the browser does when the event fires; returns what they returned. */
  dispatch(...args: Parameters<L>): ReturnType<L>[] {
    return [...this.listeners].map((l) => l(...args) as ReturnType<L>);
  }
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type AreaName = 'local' | 'sync' | 'session';
type Keys = null | undefined | string | string[] | Record<string, unknown>;

/** Chrome's documented quotas (chrome.storage.sync / local / session). */
const QUOTAS = {
  sync: { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 },
  local: { QUOTA_BYTES: 10_485_760 },
  session: { QUOTA_BYTES: 10_485_760 },
} as const;

const utf8 = new TextEncoder();
/**
 * What Chromium charges for an item, as measured in Chromium 156 (a real run storing growing
 * strings until set() refused): key + JSON of the value in UTF-8, where Chromium's JSON writer
 * also escapes '<', U+2028 and U+2029 as \uXXXX (6 bytes each). Written apart from the product's
 * counting on purpose: a test compares two readings of the same measurement.
 */
const bytes = (key: string, json: string) =>
  utf8.encode(key + json.replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
    .length;

/** The bytes Chromium charges against storage quotas for one item. */
export const chromiumItemBytes = (key: string, value: unknown): number => bytes(key, JSON.stringify(value));
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A listener error must fail the test, as an uncaught error would, without breaking the write. */
function rethrowLater(error: unknown): void {
  setTimeout(() => {
    throw error;
  });
}

class FakeStorageArea {
  /** test: the stored values (as JSON text, which is what the browser keeps). */
  private readonly items = new Map<string, string>();
  /** test: how many set/remove/clear calls changed storage or were accepted. */
  writes = 0;
  /** test: the next set() fails with this error as a browser's would (write rate, storage error). */
  failNextSet: Error | null = null;
  readonly onChanged = new FakeEvent<(changes: StorageChanges) => void>();

  constructor(
    private readonly name: AreaName,
    private readonly fire: (changes: StorageChanges, area: AreaName) => void,
  ) {
    Object.assign(this, QUOTAS[name]);
  }

  /** test: a snapshot of the stored values. */
  get data(): Map<string, unknown> {
    return new Map([...this.items].map(([k, json]) => [k, JSON.parse(json) as unknown]));
  }

  async get(keys?: Keys): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    if (keys === null || keys === undefined) {
      for (const [k, json] of this.items) out[k] = JSON.parse(json);
      return out;
    }
    const defaults = typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
    const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    for (const k of wanted) {
      const json = this.items.get(k);
      if (json !== undefined) out[k] = JSON.parse(json);
      else if (k in defaults) out[k] = asJson(defaults[k]);
    }
    return out;
  }

  async getBytesInUse(keys?: null | string | string[]): Promise<number> {
    const wanted = keys == null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    return wanted.reduce((sum, k) => sum + (this.items.has(k) ? bytes(k, this.items.get(k)!) : 0), 0);
  }

  async set(values: Record<string, unknown>): Promise<void> {
    const failure = this.failNextSet;
    this.failNextSet = null;
    if (failure) throw failure;
    const next = new Map(this.items);
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) continue;
      next.set(k, JSON.stringify(v));
    }
    this.checkQuota(values, next);
    this.commit(next);
  }

  async remove(keys: string | string[]): Promise<void> {
    const next = new Map(this.items);
    for (const k of typeof keys === 'string' ? [keys] : keys) next.delete(k);
    this.commit(next);
  }

  async clear(): Promise<void> {
    this.commit(new Map());
  }

  /** test: empties the area without events (a fresh profile). */
  reset(): void {
    this.items.clear();
    this.writes = 0;
    this.failNextSet = null;
  }

  private checkQuota(values: Record<string, unknown>, next: Map<string, string>): void {
    const quota: { QUOTA_BYTES: number; QUOTA_BYTES_PER_ITEM?: number; MAX_ITEMS?: number } = QUOTAS[this.name];
    if (quota.QUOTA_BYTES_PER_ITEM !== undefined) {
      for (const k of Object.keys(values)) {
        const json = next.get(k);
        if (json !== undefined && bytes(k, json) > quota.QUOTA_BYTES_PER_ITEM)
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
    }
    if (quota.MAX_ITEMS !== undefined && next.size > quota.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    let total = 0;
    for (const [k, json] of next) total += bytes(k, json);
    if (total > quota.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
  }

  private commit(next: Map<string, string>): void {
    const changes: StorageChanges = {};
    for (const k of new Set([...this.items.keys(), ...next.keys()])) {
      const before = this.items.get(k);
      const after = next.get(k);
      if (before === after) continue;
      changes[k] = {
        ...(before !== undefined ? { oldValue: JSON.parse(before) as unknown } : {}),
        ...(after !== undefined ? { newValue: JSON.parse(after) as unknown } : {}),
      };
    }
    this.items.clear();
    for (const [k, json] of next) this.items.set(k, json);
    this.writes += 1;
    if (Object.keys(changes).length === 0) return;
    for (const listener of [this.onChanged, null]) {
      try {
        if (listener) listener.dispatch(structuredClone(changes));
        else this.fire(structuredClone(changes), this.name);
      } catch (error) {
        rethrowLater(error);
      }
    }
  }
}

const FAKE_EXTENSION_ID = 'fakeextensionidfakeextensionidab';
const ORIGIN = `chrome-extension://${FAKE_EXTENSION_ID}`;

type Sender = Runtime.MessageSender;
type MessageListener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => unknown;

/** Chrome's wording when no listener answers a runtime message. */
export const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

function createRuntime() {
  const onMessage = new FakeEvent<MessageListener>();
  const runtime = {
    id: FAKE_EXTENSION_ID,
    lastError: undefined as undefined | { message: string },
    /** test: who runtime.sendMessage says sent the message (an extension page by default). */
    sender: { id: FAKE_EXTENSION_ID, url: `${ORIGIN}/src/popup/index.html` } as Sender,
    /** test: every options page opening, in order. */
    optionsPageOpened: 0,
    getURL: (path: string) => `${ORIGIN}/${path.replace(/^\//, '')}`,
    // What our code reads of the manifest (manifest.config.ts): the optional permission.
    getManifest: () => ({
      manifest_version: 3,
      name: 'Partner Invite',
      version: '0.0.0-test',
      permissions: ['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
      optional_permissions: ['notifications'],
    }),
    openOptionsPage: async () => {
      runtime.optionsPageOpened += 1;
    },
    /**
     * Delivers to this realm's onMessage listeners (the page and the "worker" share one realm
     * here), as JSON both ways. Like the polyfill: a listener answers by returning a promise,
     * or by returning true and calling sendResponse; the first answer wins.
     */
    sendMessage: (message: unknown): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const sent = asJson(message);
        let answered = false;
        const answer = (reply: unknown) => {
          if (answered) return;
          answered = true;
          resolve(reply === undefined ? undefined : asJson(reply));
        };
        const results = onMessage.dispatch(sent, structuredClone(runtime.sender), answer);
        if (results.length === 0) return reject(new Error(NO_RECEIVER));
        const promises = results.filter((r): r is Promise<unknown> => r instanceof Promise);
        if (promises.length === 0 && !results.includes(true))
          return reject(new Error('The message port closed before a response was received.'));
        for (const p of promises) p.then(answer, reject);
      }),
    onMessage,
    onInstalled: new FakeEvent<(details: { reason: string }) => void>(),
    onStartup: new FakeEvent<() => void>(),
  };
  return runtime;
}

function createAction() {
  const action = {
    /** test: the badge as the user sees it. */
    badgeText: '',
    badgeColor: '',
    /** test: every setBadgeText, in order (to see that an unchanged badge is not rewritten). */
    badgeWrites: [] as string[],
    getBadgeText: async (_details: object) => action.badgeText,
    setBadgeText: async ({ text }: { text: string }) => {
      action.badgeText = text;
      action.badgeWrites.push(text);
    },
    getBadgeBackgroundColor: async (_details: object) => action.badgeColor,
    setBadgeBackgroundColor: async ({ color }: { color: string }) => {
      action.badgeColor = color;
    },
  };
  return action;
}

type Alarm = { name: string; scheduledTime: number; periodInMinutes?: number };

function createAlarms() {
  const alarms = new Map<string, Alarm>();
  const api = {
    onAlarm: new FakeEvent<(alarm: Alarm) => void>(),
    create: async (name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) => {
      const delay = info.delayInMinutes ?? info.periodInMinutes ?? 0;
      alarms.set(name, {
        name,
        scheduledTime: info.when ?? Date.now() + delay * 60_000,
        ...(info.periodInMinutes !== undefined ? { periodInMinutes: info.periodInMinutes } : {}),
      });
    },
    get: async (name: string) => (alarms.has(name) ? { ...alarms.get(name)! } : undefined),
    getAll: async () => [...alarms.values()].map((a) => ({ ...a })),
    clear: async (name: string) => alarms.delete(name),
    clearAll: async () => {
      const had = alarms.size > 0;
      alarms.clear();
      return had;
    },
    /** test: the alarm goes off (a one-shot alarm is then gone, as in the browser). */
    fire: (name: string) => {
      const alarm = alarms.get(name);
      if (!alarm) throw new Error(`no alarm named ${name}`);
      if (alarm.periodInMinutes === undefined) alarms.delete(name);
      api.onAlarm.dispatch({ ...alarm });
    },
    /** test: */ reset: () => alarms.clear(),
  };
  return api;
}

type NotificationOptions = { type?: string; iconUrl?: string; title?: string; message: string };

function createNotifications() {
  const shown = new Map<string, NotificationOptions>();
  /** test: every notification created, in order. */
  const created: { id: string; options: NotificationOptions }[] = [];
  return {
    created,
    create: async (id: string, options: NotificationOptions) => {
      created.push({ id, options });
      shown.set(id, options);
      return id;
    },
    clear: async (id: string) => shown.delete(id),
    getAll: async () => Object.fromEntries([...shown.keys()].map((id) => [id, true])),
    onClicked: new FakeEvent<(id: string) => void>(),
    /** test: */ reset: () => {
      shown.clear();
      created.length = 0;
    },
  };
}

function createPermissions() {
  const granted = new Set<string>();
  const permissions = {
    /** test: what the user answers to the next permission prompts (Chrome's prompt cannot be answered here). */
    answer: false,
    /** test: every permissions.request, in order. */
    requests: [] as string[][],
    contains: async ({ permissions: wanted = [] }: { permissions?: string[] }) => wanted.every((p) => granted.has(p)),
    getAll: async () => ({ permissions: [...granted], origins: [] as string[] }),
    request: async ({ permissions: wanted = [] }: { permissions?: string[] }) => {
      permissions.requests.push(wanted);
      if (wanted.every((p) => granted.has(p))) return true;
      if (!permissions.answer) return false;
      permissions.grant(...wanted);
      return true;
    },
    remove: async ({ permissions: wanted = [] }: { permissions?: string[] }) => {
      const had = wanted.some((p) => granted.has(p));
      for (const p of wanted) granted.delete(p);
      if (had) permissions.onRemoved.dispatch({ permissions: wanted });
      return had;
    },
    onAdded: new FakeEvent<(p: { permissions: string[] }) => void>(),
    onRemoved: new FakeEvent<(p: { permissions: string[] }) => void>(),
    /** test: the permission is already granted (as after an earlier prompt). */
    grant: (...names: string[]) => {
      for (const p of names) granted.add(p);
      permissions.onAdded.dispatch({ permissions: names });
    },
    has: (name: string) => granted.has(name),
    /** test: */ reset: () => {
      granted.clear();
      permissions.answer = false;
      permissions.requests = [];
    },
  };
  return permissions;
}

type MessageEntry = { message: string; placeholders?: Record<string, { content: string }> };
type Table = Record<string, MessageEntry>;

/** Every public/_locales/<locale>/messages.json, by locale folder name (en, it, pt_BR, …). */
const LOCALES: Record<string, Table> = Object.fromEntries(
  Object.entries(
    import.meta.glob<Table>('../../public/_locales/*/messages.json', { eager: true, import: 'default' }),
  ).map(([path, table]) => [path.split('/').at(-2)!, table]),
);
const DEFAULT_LOCALE = 'en';

/** The locale folder Chrome picks for a UI language: the exact one (pt_BR), then the base (pt), then the default. */
function localeFor(uiLanguage: string): string {
  const exact = uiLanguage.replace('-', '_');
  const base = exact.split('_')[0] ?? DEFAULT_LOCALE;
  return [exact, base].find((l) => l in LOCALES) ?? DEFAULT_LOCALE;
}

/** chrome.i18n.getMessage over one locale table: case-insensitive names, $name$ placeholders, $1…$9, $$. */
function lookup(table: Table, key: string): MessageEntry | undefined {
  const name = key.toLowerCase();
  return Object.entries(table).find(([k]) => k.toLowerCase() === name)?.[1];
}

function createI18n() {
  const i18n = {
    /** test: the browser's UI language; the extension's locale follows it ('en' is the default_locale). */
    uiLanguage: 'en-US',
    getUILanguage: () => i18n.uiLanguage,
    getMessage(key: string, substitutions?: string | string[]): string {
      if (key === '@@ui_locale') return i18n.uiLanguage.replace('-', '_');
      if (key === '@@extension_id') return FAKE_EXTENSION_ID;
      const entry =
        lookup(LOCALES[localeFor(i18n.uiLanguage)] ?? {}, key) ?? lookup(LOCALES[DEFAULT_LOCALE] ?? {}, key);
      if (!entry) return '';
      const subs = (typeof substitutions === 'string' ? [substitutions] : (substitutions ?? [])).slice(0, 9);
      const numbered = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
      // One pass, so a substituted value is never read for placeholders again.
      return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$|\$(\d)/g, (whole, name?: string, n?: string) => {
        if (n) return subs[Number(n) - 1] ?? '';
        if (!name) return '$';
        const placeholder = Object.entries(entry.placeholders ?? {}).find(
          ([k]) => k.toLowerCase() === name.toLowerCase(),
        );
        return placeholder ? numbered(placeholder[1].content) : whole;
      });
    },
  };
  return i18n;
}

function createTabs() {
  const tabs = {
    /** test: every tab opened, by URL. */
    opened: [] as string[],
    create: async ({ url }: { url?: string }) => {
      tabs.opened.push(url ?? 'about:blank');
      return { id: tabs.opened.length, url };
    },
    query: async (_query: object) => [] as { id: number; url?: string }[],
  };
  return tabs;
}

function createFakeBrowser() {
  const onChanged = new FakeEvent<(changes: StorageChanges, area: AreaName) => void>();
  const fire = (changes: StorageChanges, area: AreaName) => onChanged.dispatch(changes, area);
  const storage = {
    local: new FakeStorageArea('local', fire),
    sync: new FakeStorageArea('sync', fire),
    session: new FakeStorageArea('session', fire),
    onChanged,
  };
  const permissions = createPermissions();
  const notifications = createNotifications();
  const fake = {
    runtime: createRuntime(),
    storage,
    action: createAction(),
    alarms: createAlarms(),
    permissions,
    i18n: createI18n(),
    tabs: createTabs(),
    /** Present only while the optional permission is granted, as in Chrome. */
    get notifications() {
      return permissions.has('notifications') ? notifications : undefined;
    },
    /**
     * test: a fresh profile before each test (storage, badge, alarms, permissions, language,
     * records of what was opened). Listeners stay: modules register theirs once, at import, as
     * the worker and the content script do; a test that adds one removes it.
     */
    reset() {
      for (const area of [storage.local, storage.sync, storage.session]) area.reset();
      Object.assign(fake.action, { badgeText: '', badgeColor: '', badgeWrites: [] });
      fake.alarms.reset();
      permissions.reset();
      notifications.reset();
      fake.i18n.uiLanguage = 'en-US';
      fake.runtime.sender = { id: FAKE_EXTENSION_ID, url: `${ORIGIN}/src/popup/index.html` };
      fake.runtime.optionsPageOpened = 0;
      fake.tabs.opened = [];
    },
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** The fake every unit test shares (one per test file: Vitest isolates files). */
export const fakeBrowser: FakeBrowser = createFakeBrowser();

/** An extension page's sender, or a content script's in a web page (for dispatch tests). */
export const senders = {
  page: (path = 'src/options/index.html'): Sender => ({ id: FAKE_EXTENSION_ID, url: `${ORIGIN}/${path}` }),
  contentScript: (url = 'https://outlook.office.com/mail/'): Sender => ({
    id: FAKE_EXTENSION_ID,
    url,
    tab: { id: 1, index: 0, windowId: 1, url, highlighted: true, active: true, pinned: false, incognito: false },
    frameId: 0,
  }),
  otherExtension: (): Sender => ({ id: 'otherextensionid', url: 'chrome-extension://otherextensionid/page.html' }),
};

/** Makes `browser` and `chrome` the fake, before any module under test reads them. */
export function installFakeBrowser(): void {
  for (const name of ['browser', 'chrome'])
    Object.defineProperty(globalThis, name, { value: fakeBrowser, configurable: true, writable: true });
}
