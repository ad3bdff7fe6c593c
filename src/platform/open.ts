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
 * Hand a mailto: URL to the browser in a new tab of its own, never the partner's working tab:
 * with a web mail handler registered (Gmail, Outlook on the web) the browser opens the new
 * message in that tab; with a mail app the browser asks or launches it from there. Whether a
 * message really opened cannot be known here (a tab's URL needs the "tabs" permission), so the
 * popup says what was done, not what the mail app did.
 */
export async function openMailto(url: string): Promise<void> {
  await browser.tabs.create({ url, active: true });
}
