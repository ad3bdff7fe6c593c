// Firefox load check: installs dist/firefox into a real Firefox ESR over WebDriver BiDi.
// Firefox validates the whole manifest on install (background form, gecko id, permissions,
// locales) and refuses the add-on with a reason, so a Chrome-only manifest fails here.
// Playwright cannot drive Firefox with extensions, so this spec uses puppeteer-core.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxPath } from './firefox-path';

const dist = path.resolve('dist/firefox');

async function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    protocol: 'webDriverBiDi',
    headless: true,
    // No updates, telemetry or remote settings traffic during the test.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false },
  });
}

test('dist/firefox installs into Firefox ESR; the Chrome build is refused', async () => {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
    background: { scripts?: string[]; service_worker?: string };
    browser_specific_settings: { gecko: { id: string } };
  };
  expect(manifest.background.scripts?.length).toBe(1);
  expect(manifest.background.service_worker).toBeUndefined();

  const browser = await launchFirefox();
  try {
    // The control: Firefox really validates what it installs (Chrome's worker-only manifest fails).
    await expect(browser.installExtension(path.resolve('dist/chrome'))).rejects.toThrow(/background\.service_worker/);
    const id = await browser.installExtension(dist);
    expect(id).toBe(manifest.browser_specific_settings.gecko.id);
    await browser.uninstallExtension(id);
  } finally {
    await browser.close();
  }
});
