import { test, expect } from './harness';

test.describe('store build', () => {
  test.use({ variant: 'chrome' });

  test('loads in Chromium: the service worker starts and the pages render', async ({
    serviceWorker,
    extensionId,
    openPage,
  }) => {
    expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/service-worker-loader.js`);
    const manifestName = await serviceWorker.evaluate(() => chrome.runtime.getManifest().short_name);
    expect(manifestName).toBe('Partner Invite');
    const popup = await openPage('popup');
    await expect(popup.locator('main')).toBeVisible();
    const options = await openPage('options');
    await expect(options.locator('main')).toBeVisible();
  });
});
