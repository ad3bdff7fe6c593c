// Opening things from the popup. A popup closes as soon as focus leaves it, so these hand the
// work to the browser rather than navigating the popup itself.
import { pageApi as browser } from './page-api';

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** Bring a tab and its window to the front (no "tabs" permission needed for that). */
export async function showTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/**
 * Hand a mailto: URL to the default mail app. Updating the active tab with a mailto: URL
 * launches the handler without leaving the page (a link click inside a popup is unreliable).
 */
export async function openMailto(url: string): Promise<void> {
  await browser.tabs.update({ url });
}
