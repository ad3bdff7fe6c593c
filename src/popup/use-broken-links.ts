// Tabs where an invitation inserted by Partner Invite has lost its intact link (the in-page
// guard reports it through the worker), kept up to date while the popup is open.
import { useEffect, useState } from 'preact/hooks';
import { LINK_STATES_KEY, tabsWithBrokenLink } from '../platform/link-states';
import { pageApi as browser } from '../platform/page-api';

export function useBrokenLinkTabs(): number[] {
  const [tabs, setTabs] = useState<number[]>([]);
  useEffect(() => {
    let live = true;
    const read = () =>
      browser.storage.session.get(LINK_STATES_KEY).then(
        (items) => live && setTabs(tabsWithBrokenLink(items[LINK_STATES_KEY])),
        () => live && setTabs([]),
      );
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && LINK_STATES_KEY in changes) void read();
    };
    void read();
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return tabs;
}
