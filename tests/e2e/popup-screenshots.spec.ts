// The theme follows prefers-color-scheme, checked on the real popup, with a screenshot of each.
// `SCREENSHOTS=1 npx playwright test tests/e2e/popup-screenshots.spec.ts` refreshes
// docs/screenshots; otherwise they go to test-results.
import { test, expect } from './harness';
import { setProfile } from './popup-helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`popup screenshot, ${scheme}`, async ({ openPage }) => {
    const popup = await openPage('popup');
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await setProfile(popup);
    await popup.getByLabel('Customer name').fill('Contoso Ltd');
    await popup.getByLabel('Customer email').fill('it.admin@contoso.com');
    await expect(popup.locator('#pp-link-status')).toContainText('Link intact');
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 25, 29)');
    const dir = process.env.SCREENSHOTS ? 'docs/screenshots' : test.info().outputDir;
    await popup.screenshot({ path: `${dir}/popup-${scheme}.png`, fullPage: true });
  });
}
