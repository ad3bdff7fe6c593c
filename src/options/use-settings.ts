// The options page's view of the settings: loaded once, then kept fresh through
// storage change events (another tab, the popup, or a backup import may change them).
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { loadSettings, onSettingsChanged } from '../platform/settings';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live) setSettings(s);
    });
    const stop = onSettingsChanged((s) => {
      if (live) setSettings(s);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
