// On a first install the email language follows the browser's: an Italian partner's first
// invitation is drafted in Italian, not in the shipped English default. Only for a new user:
// when storage.sync already holds anything (settings synced from another device), the partner
// has made choices, and nothing is written.
import browser from '../platform/browser';
import { loadSettings, saveSettings } from '../platform/settings';
import { uiLanguage } from '../ui/i18n';

export async function adoptBrowserLanguage(): Promise<void> {
  const language = uiLanguage();
  const { defaults } = await loadSettings();
  if (language === defaults.language) return;
  if (Object.keys(await browser.storage.sync.get(null)).length > 0) return;
  await saveSettings({ defaults: { ...defaults, language } });
}

export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') adoptBrowserLanguage().catch((error: unknown) => console.warn('Partner Invite: could not set the email language', error));
  });
}
