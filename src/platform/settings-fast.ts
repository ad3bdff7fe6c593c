// The settings for the popup's first paint, read straight from storage.sync without zod:
// loading zod (about 10 KB gzip as zod/mini) would delay the popup before it is usable. The layout, the defaults, the limits and
// the migrations are the full reader's (core/settings-layout.ts); only the field checks are the
// zod-free ones (core/settings-plain.ts). tests/unit/platform/settings-fast.test.ts checks that
// both readers agree.
import { DEFAULT_SETTINGS, itemsToSettings } from '../core/settings-layout';
import { plainFieldChecks } from '../core/settings-plain';
import type { Settings } from '../core/settings';
import { pageApi as browser } from './page-api';

/** Settings from raw storage.sync items, migrated, defaults merged. Pure. */
export function readSettingsItems(items: Record<string, unknown>): Settings {
  return itemsToSettings(items, plainFieldChecks).settings;
}

/** One storage.sync read, no worker round trip. */
export async function loadSettingsFast(): Promise<Settings> {
  try {
    return readSettingsItems(await browser.storage.sync.get(null));
  } catch (error) {
    console.warn('Partner Invite: could not read settings, using defaults', error);
    return structuredClone(DEFAULT_SETTINGS);
  }
}

/** Calls `cb` with fresh settings after any storage.sync change. Returns an unsubscribe function. */
export function onSettingsChangedFast(cb: (settings: Settings) => void): () => void {
  const listener = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'sync') void loadSettingsFast().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
