// The shared fake browser behaves like Chrome where our code can tell the difference; every
// unit test that touches an extension API relies on it.
import { describe, expect, it } from 'vitest';
import { fakeBrowser, NO_RECEIVER, type StorageChanges } from '../../support/fake-browser';

describe('storage', () => {
  it('returns only stored keys (or the defaults given), as copies', async () => {
    const { local } = fakeBrowser.storage;
    await local.set({ a: { n: 1 }, skip: undefined });
    const got = await local.get(['a', 'missing']);
    expect(got).toEqual({ a: { n: 1 } });
    (got.a as { n: number }).n = 2;
    expect(await local.get('a')).toEqual({ a: { n: 1 } });
    expect(await local.get({ a: 0, b: 'default' })).toEqual({ a: { n: 1 }, b: 'default' });
    expect(await local.get(null)).toEqual({ a: { n: 1 } });
  });

  it('fires onChanged for changed values only, without an absent old or new value', async () => {
    const seen: [StorageChanges, string][] = [];
    const listener = (changes: StorageChanges, area: string) => void seen.push([changes, area]);
    fakeBrowser.storage.onChanged.addListener(listener);
    const { sync } = fakeBrowser.storage;
    await sync.set({ x: 1 });
    await sync.set({ x: 1 }); // unchanged: no event
    await sync.set({ x: 2 });
    await sync.remove(['x', 'never-there']);
    fakeBrowser.storage.onChanged.removeListener(listener);
    expect(seen).toEqual([
      [{ x: { newValue: 1 } }, 'sync'],
      [{ x: { oldValue: 1, newValue: 2 } }, 'sync'],
      [{ x: { oldValue: 2 } }, 'sync'],
    ]);
  });

  it("enforces storage.sync's per-item quota (key + JSON, UTF-8 bytes) and writes nothing over it", async () => {
    const { sync } = fakeBrowser.storage;
    // 1 byte of key + 2 JSON quotes + 4,094 two-byte "ü" + 1 = exactly 8,192 bytes.
    const fits = `${'ü'.repeat(4_094)}a`;
    await sync.set({ k: fits });
    await expect(sync.set({ k: `${fits}x`, other: 1 })).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(await sync.get(null)).toEqual({ k: fits });
    expect(await sync.getBytesInUse('k')).toBe(8192);
  });
});

describe('runtime messages', () => {
  it('reach the listeners as JSON, answer with the first reply, and fail when nobody listens', async () => {
    await expect(fakeBrowser.runtime.sendMessage({ type: 'x' })).rejects.toThrow(NO_RECEIVER);
    const listener = (message: unknown, sender: { url?: string }) =>
      Promise.resolve({ echo: message, from: sender.url, at: new Date(0) });
    fakeBrowser.runtime.onMessage.addListener(listener);
    expect(await fakeBrowser.runtime.sendMessage({ type: 'x', skip: undefined, n: Infinity })).toEqual({
      echo: { type: 'x', n: null },
      from: fakeBrowser.runtime.getURL('src/popup/index.html'),
      at: '1970-01-01T00:00:00.000Z',
    });
    fakeBrowser.runtime.onMessage.removeListener(listener);
  });
});

describe('permissions and notifications', () => {
  it('has no notifications API until the optional permission is granted', async () => {
    expect(fakeBrowser.notifications).toBeUndefined();
    expect(await fakeBrowser.permissions.request({ permissions: ['notifications'] })).toBe(false);
    fakeBrowser.permissions.answer = true;
    expect(await fakeBrowser.permissions.request({ permissions: ['notifications'] })).toBe(true);
    expect(await fakeBrowser.permissions.contains({ permissions: ['notifications'] })).toBe(true);
    expect(fakeBrowser.notifications).toBeDefined();
  });
});

describe('alarms', () => {
  it('a periodic alarm fires and stays; a one-shot alarm fires once', async () => {
    const fired: string[] = [];
    const listener = (alarm: { name: string }) => void fired.push(alarm.name);
    fakeBrowser.alarms.onAlarm.addListener(listener);
    await fakeBrowser.alarms.create('tick', { delayInMinutes: 1, periodInMinutes: 30 });
    await fakeBrowser.alarms.create('once', { when: Date.now() + 1 });
    fakeBrowser.alarms.fire('tick');
    fakeBrowser.alarms.fire('once');
    expect(fired).toEqual(['tick', 'once']);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['tick']);
    fakeBrowser.alarms.onAlarm.removeListener(listener);
  });
});

describe('i18n', () => {
  it('reads the real locale files, with named placeholders, $1 and the Italian table', () => {
    const { i18n } = fakeBrowser;
    expect(i18n.getMessage('notify_due_other', ['3'])).toBe(
      '3 customers have not accepted your invitation yet. Time to follow up.',
    );
    expect(i18n.getMessage('NOTIFY_DUE_OTHER', '3')).toMatch(/^3 customers/); // names are case-insensitive
    expect(i18n.getMessage('no_such_key')).toBe('');
    i18n.uiLanguage = 'it';
    expect(i18n.getMessage('insert_menu')).not.toBe('Insert invitation');
    expect(i18n.getMessage('@@ui_locale')).toBe('it');
  });
});
