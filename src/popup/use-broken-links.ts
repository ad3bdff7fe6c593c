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
      browser.storage.session
        .get(LINK_STATES_KEY)
        // Only tabs that still exist (tabs.get fails for a closed one): a stale entry would make
        // "Go to the email" do nothing.
        .then((items) =>
          Promise.all(
            tabsWithBrokenLink(items[LINK_STATES_KEY]).map((id) =>
              browser.tabs.get(id).then(
                () => id,
                () => null,
              ),
            ),
          ),
        )
        .then(
          (ids) => live && setTabs(ids.filter((id): id is number => id !== null)),
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
