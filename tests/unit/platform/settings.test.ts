import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/core/settings-layout';
import { loadSettings, updateSettings, onSettingsChanged } from '../../../src/platform/settings';

// storage.sync is the shared fake browser's (with Chrome's quotas, counted as Chromium counts
// them); the code under test (load/update/merge/validate) is ours.
const sync = fakeBrowser.storage.sync;

describe('platform settings', () => {
  it('loads defaults from empty storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch, stores only what differs, and loads it back', async () => {
    const saved = await updateSettings({ notifications: true });
    expect(saved.notifications).toBe(true);
    expect(Object.fromEntries(sync.data)).toEqual({ settingsVersion: 1, notifications: true });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, notifications: true });
    await updateSettings({ notifications: false });
    expect(Object.fromEntries(sync.data)).toEqual({ settingsVersion: 1 });
  });

  it('refuses an invalid patch with a clear message and writes nothing', async () => {
    await updateSettings({ notifications: true });
    const writes = sync.writes;
    await expect(updateSettings({ defaults: { firstFollowUpDays: 0 } })).rejects.toThrow(/defaults\.firstFollowUpDays/);
    await expect(updateSettings({ templates: { en: { subject: 's', body: 'no placeholder' } } })).rejects.toThrow(
      /\{\{link\}\}/,
    );
    expect(sync.writes).toBe(writes);
  });

  it('stores a maximum-size template in each language within the per-item quota, and shrinks it cleanly', async () => {
    const big = `${'ü'.repeat(19_990)}{{link}}`;
    await updateSettings({ templates: { en: { subject: 'a', body: big }, it: { subject: 'b', body: big } } });
    expect((await loadSettings()).templates.en?.body).toBe(big);
    await updateSettings({ templates: { en: { subject: 'a', body: 'short {{link}}' }, it: null } });
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
      updateSettings({ notifications: true }),
      updateSettings({ defaults: { followUpEveryDays: 14 } }),
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
    await updateSettings({ notifications: true });
    await vi.waitFor(() => expect(seen).toEqual([true]));
    off();
    await updateSettings({ notifications: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([true]);
  });

  it('a save never deletes what this version cannot read, nor moves settingsVersion backwards', async () => {
    const foreign = {
      // Written by a newer version on another device: a newer layout and a template language this one does not know.
      settingsVersion: 7,
      'template.fr': { subject: 'Invitation', parts: 1 },
      'template.fr.0': 'Bonjour {{link}}',
      // A template still arriving from another device: its head names two parts, one is here.
      'template.en': { subject: 'Hello', parts: 2 },
      'template.en.0': 'first half {{link}}',
      // Another extension feature's key, and a profile with a field this version does not know.
      'otherFeature.flag': true,
      profile: {
        companyName: 'Fabrikam',
        partnerTenantId: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
        country: 'IT',
        cloud: 'public',
        tier: 'gold',
      },
    };
    await sync.set(foreign);
    // Saving another setting must leave every one of those items as it was. Over a newer layout
    // this version refuses to write at all (it cannot know what its items mean there) and says so.
    await expect(updateSettings({ notifications: true })).rejects.toMatchObject({ code: 'newer-settings' });
    for (const [k, v] of Object.entries(foreign)) expect(sync.data.get(k), k).toEqual(v);
    // Over this version's layout, the unknown items survive a real write.
    await sync.set({ settingsVersion: 1 });
    await updateSettings({ notifications: true, defaults: { followUpEveryDays: 9 }, profile: null });
    for (const [k, v] of Object.entries(foreign))
      if (k !== 'settingsVersion' && k !== 'profile') expect(sync.data.get(k), k).toEqual(v);
    expect(sync.data.get('settingsVersion')).toBe(1);
    expect(sync.data.get('notifications')).toBe(true);
  });

  it('a stored defaults field this version does not know is kept when another field is saved', async () => {
    await sync.set({ defaults: { followUpEveryDays: 14, tone: 'formal' } });
    await updateSettings({ defaults: { dap: true } });
    expect(sync.data.get('defaults')).toEqual({ followUpEveryDays: 14, tone: 'formal', dap: true });
  });

  it('merges field by field with a change made elsewhere since this page read the settings', async () => {
    await updateSettings({ defaults: { firstFollowUpDays: 5 } });
    // Another tab or device changes followUpEveryDays; this page then saves only what it changed.
    await sync.set({ defaults: { firstFollowUpDays: 5, followUpEveryDays: 21 } });
    await updateSettings({ defaults: { dap: true } });
    expect((await loadSettings()).defaults).toEqual({
      ...DEFAULT_SETTINGS.defaults,
      dap: true,
      firstFollowUpDays: 5,
      followUpEveryDays: 21,
    });
  });

  it('a save of one section does not delete a template half-synced from another device', async () => {
    await sync.set({
      settingsVersion: 1,
      'template.it': { subject: 'Invito', parts: 2 },
      'template.it.0': 'prima parte {{link}}',
    });
    await updateSettings({ notifications: true });
    expect(sync.data.get('template.it')).toEqual({ subject: 'Invito', parts: 2 });
    expect(sync.data.get('template.it.0')).toBe('prima parte {{link}}');
    expect(sync.data.get('notifications')).toBe(true);
  });

  it('stores an 8,600-character template with an HTML signature (each < costs Chrome 6 bytes)', async () => {
    const signature =
      '<table><tr><td><b>Mario Rossi</b></td><td><a href="https://fabrikam.example">Fabrikam</a></td></tr></table>';
    let body = 'Dear {{customerName}},\n\n{{link}}\n\n';
    while (body.length < 8600) body += signature;
    body = body.slice(0, 8600);
    await updateSettings({ templates: { en: { subject: 'Invitation', body } } });
    expect((await loadSettings()).templates.en?.body).toBe(body);
  });

  it('refuses, before writing, templates over the total sync quota, naming the limit', async () => {
    const cjk = `${'中'.repeat(19_000)}{{link}}`; // 57 KB each in UTF-8: two are over 100 KB
    await updateSettings({ templates: { en: { subject: 'a', body: cjk } } });
    const writes = sync.writes;
    const before = Object.fromEntries(sync.data);
    const error = await updateSettings({
      templates: { en: { subject: 'a', body: cjk }, it: { subject: 'b', body: cjk } },
    }).then(
      () => null,
      (e: unknown) => e as Error & { code?: string; subs?: string[] },
    );
    expect(error?.message).toMatch(/102,400 bytes/);
    expect(error?.code).toBe('quota-total');
    expect(error?.subs).toContain('102,400'); // for the translated message
    expect(sync.writes).toBe(writes);
    expect(Object.fromEntries(sync.data)).toEqual(before);
  });
});
