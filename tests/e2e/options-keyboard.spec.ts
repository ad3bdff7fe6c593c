// Options page by keyboard only: move through the navigation and the profile form with Tab,
// choose a country by typing, submit with Enter, switch sections with Enter on a nav link.
import { test, expect } from './harness';
import { PARTNER_TENANT } from '../fixtures/links';

test('the profile can be filled and saved with the keyboard alone', async ({ openPage }) => {
  const page = await openPage('options');
  await expect(page.getByRole('textbox', { name: 'Company name' })).toBeVisible();

  // Tab from the top: the navigation comes first, then the link box, then the profile form.
  const order: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return (
          el?.getAttribute('aria-label') ??
          (el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
          el?.textContent ??
          ''
        );
      }),
    );
  }
  expect(order).toEqual([
    'Partner profile',
    'Defaults',
    'Email templates',
    'Invitations',
    'Customer list import',
    'Backup',
    'Invitation link from Partner Center',
    'Fill in from link',
    'Company name',
    'Partner tenant ID',
  ]);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('Contoso IT Services');
  await page.keyboard.press('Tab');
  await page.keyboard.type(PARTNER_TENANT);
  await page.keyboard.press('Tab'); // Partner ID / MPN ID
  await page.keyboard.press('Tab'); // Country or region
  await expect(page.getByRole('combobox', { name: 'Country or region' })).toBeFocused();
  await page.keyboard.type('Italy');
  await expect(page.getByRole('combobox', { name: 'Country or region' })).toHaveValue('IT');
  await page.getByRole('textbox', { name: 'Company name' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Partner profile saved.')).toBeVisible();
  expect((await page.evaluate(() => chrome.storage.sync.get('profile'))).profile).toMatchObject({
    companyName: 'Contoso IT Services',
    country: 'IT',
  });

  // Enter on a navigation link opens that section and moves focus to its heading.
  await page.getByRole('link', { name: 'Invitations' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Invitations' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Invitations' })).toHaveAttribute('aria-current', 'page');
});
