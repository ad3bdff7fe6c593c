// Screenshots of the popup at the size the browser gives it (tests/e2e/popup-size.ts), so they
// show what a partner sees: the theme follows prefers-color-scheme (checked on the real popup).
// `SCREENSHOTS=1 npx playwright test tests/e2e/popup-screenshots.spec.ts` refreshes
// docs/screenshots/popup-*.png; otherwise they go to test-results.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { LINK_NO_DAP, setProfile } from './popup-helpers';
import { fitPopup } from './popup-size';

const dir = () => (process.env.SCREENSHOTS ? 'docs/screenshots' : test.info().outputDir);

async function shoot(popup: Page, name: string): Promise<void> {
  const size = await fitPopup(popup);
  expect(size.width).toBeLessThanOrEqual(800);
  expect(size.height).toBeLessThanOrEqual(600);
  // The viewport only, as the popup shows it: a full-page shot would show what the popup hides.
  await popup.screenshot({ path: `${dir()}/popup-${name}.png` });
}

async function record(popup: Page, customers: [string, string][]): Promise<void> {
  await popup.evaluate(
    async ({ customers, link }) => {
      for (const [name, email] of customers)
        await chrome.runtime.sendMessage({
          type: 'invitation/record',
          invitation: {
            customerName: name,
            customerEmail: email,
            cloud: 'public',
            dap: false,
            link,
            language: 'en',
            subject: 'Invitation',
            body: link,
          },
        });
    },
    { customers, link: LINK_NO_DAP },
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup screenshot, ${scheme}`, async ({ openPage }) => {
    const popup = await openPage('popup');
    await popup.emulateMedia({ colorScheme: scheme });
    await setProfile(popup);
    await popup.getByLabel('Customer name').fill('Contoso Ltd');
    await popup.getByLabel('Customer email').fill('it.admin@contoso.com');
    await expect(popup.locator('#pp-link-status')).toContainText('Link intact');
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 25, 29)');
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(popup, scheme);
  });
}

test('popup screenshots: tracked after a copy, and the Pending tab with a search', async ({ openPage, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPage('popup');
  await popup.emulateMedia({ colorScheme: 'light' });
  await setProfile(popup);
  await record(popup, [
    ['Contoso S.p.A.', 'it@contoso.it'],
    ['Rossi S.r.l.', 'amministrazione@rossi.example'],
    ['Società Esempio SpA', 'it@esempio.example'],
    ['Northwind Traders Ltd', 'admin@northwind.example'],
  ]);
  await popup.getByLabel('Customer name').fill('Fabrikam GmbH');
  await popup.getByLabel('Customer email').fill('it@fabrikam.example');
  await expect(popup.locator('#pp-link-status')).toContainText('Link intact');
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(popup.locator('#pp-tracking')).toContainText('Tracked as pending');
  await popup.close();
  const again = await openPage('popup');
  await again.emulateMedia({ colorScheme: 'light' });
  await expect(again.locator('#pp-tracking')).toContainText('Fabrikam GmbH is now pending');
  await shoot(again, 'tracked');

  await again.getByRole('tab', { name: /Pending/ }).click();
  await again.getByRole('searchbox', { name: 'Search pending invitations' }).fill('spa');
  await expect(again.getByRole('list', { name: 'Pending' }).getByRole('listitem')).toHaveCount(2);
  await again.getByRole('searchbox').blur();
  await shoot(again, 'pending');
});
