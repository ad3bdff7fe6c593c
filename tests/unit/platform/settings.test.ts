import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { loadSettings, saveSettings, onSettingsChanged } from '../../../src/platform/settings';

// storage.sync is the shared fake browser's (with Chrome's per-item quota); the code under
// test (load/save/merge/validate) is ours.
const sync = fakeBrowser.storage.sync;

describe('platform settings', () => {
  it('loads defaults from empty storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch, stores only what differs, and loads it back', async () => {
    const saved = await saveSettings({ notifications: true });
    expect(saved.notifications).toBe(true);
    expect(Object.fromEntries(sync.data)).toEqual({ settingsVersion: 1, notifications: true });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, notifications: true });
    await saveSettings({ notifications: false });
    expect(Object.fromEntries(sync.data)).toEqual({ settingsVersion: 1 });
  });

  it('refuses an invalid patch with a clear message and writes nothing', async () => {
    await saveSettings({ notifications: true });
    const writes = sync.writes;
    await expect(saveSettings({ defaults: { ...DEFAULT_SETTINGS.defaults, firstFollowUpDays: 0 } })).rejects.toThrow(
      /defaults\.firstFollowUpDays/,
    );
    await expect(saveSettings({ templates: { en: { subject: 's', body: 'no placeholder' } } })).rejects.toThrow(
      /\{\{link\}\}/,
    );
    expect(sync.writes).toBe(writes);
  });

  it('stores a maximum-size template in each language within the per-item quota, and shrinks it cleanly', async () => {
    const big = `${'ü'.repeat(19_990)}{{link}}`;
    await saveSettings({ templates: { en: { subject: 'a', body: big }, it: { subject: 'b', body: big } } });
    expect((await loadSettings()).templates.en?.body).toBe(big);
    await saveSettings({ templates: { en: { subject: 'a', body: 'short {{link}}' } } });
    const keys = [...sync.data.keys()].sort();
    expect(keys).toEqual(['settingsVersion', 'template.en', 'template.en.0']);
    expect((await loadSettings()).templates).toEqual({ en: { subject: 'a', body: 'short {{link}}' } });
  });

  it('ignores a corrupt stored value with a warning instead of failing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await sync.set({ defaults: 'garbage', notifications: true });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, notifications: true });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored corrupt'), expect.stringContaining('defaults'));
    warn.mockRestore();
  });

  it('overlapping saves of different settings lose neither (each writes only the keys it changed)', async () => {
    await Promise.all([
      saveSettings({ notifications: true }),
      saveSettings({ defaults: { ...DEFAULT_SETTINGS.defaults, followUpEveryDays: 14 } }),
    ]);
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      notifications: true,
      defaults: { ...DEFAULT_SETTINGS.defaults, followUpEveryDays: 14 },
    });
  });

  it('notifies listeners with the new settings and stops after unsubscribe', async () => {
    const seen: boolean[] = [];
    const off = onSettingsChanged((s) => seen.push(s.notifications));
    await saveSettings({ notifications: true });
    await vi.waitFor(() => expect(seen).toEqual([true]));
    off();
    await saveSettings({ notifications: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([true]);
  });
});
