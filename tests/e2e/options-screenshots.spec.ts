// Screenshots of the options page for docs/screenshots (light and dark). Run on demand:
//   SCREENSHOTS=1 npx playwright test tests/e2e/options-screenshots.spec.ts
import { test, expect } from './harness';
import { DIRECT_DAP } from '../fixtures/links';
import { record } from './options-helpers';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`options page, ${scheme}`, async ({ openPage }) => {
    const page = await openPage('options');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByRole('textbox', { name: 'Invitation link from Partner Center' }).fill(DIRECT_DAP);
    await page.getByRole('button', { name: 'Fill in from link' }).click();
    await page.getByRole('textbox', { name: 'Company name' }).fill('Contoso IT Services');
    await page.getByRole('textbox', { name: 'Partner ID / MPN ID' }).fill('4567890');
    await page.getByRole('combobox', { name: 'Country or region' }).selectOption('IT');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Partner profile saved.')).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/screenshots/options-${scheme}.png` });

    await record(page, [
      { name: 'Fabrikam Ltd', email: 'it@fabrikam.com', domain: 'fabrikam.com' },
      { name: 'Northwind Traders', email: 'admin@northwind.example' },
      { name: 'Tailspin Toys', email: 'ops@tailspin.example' },
    ]);
    await page.getByRole('link', { name: 'Invitations' }).click();
    await page.getByRole('checkbox', { name: 'Select Fabrikam Ltd' }).check();
    await page.getByRole('button', { name: 'Mark accepted' }).click();
    await page.getByRole('button', { name: 'History of Fabrikam Ltd' }).click();
    await page.screenshot({ path: `test-results/options-tracker-${scheme}.png` });
    await page.getByRole('link', { name: 'Email templates' }).click();
    await page.screenshot({ path: `test-results/options-templates-${scheme}.png`, fullPage: true });
    await page.getByRole('link', { name: 'Customer list import' }).click();
    await page.getByLabel('Customers.csv file').setInputFiles('tests/fixtures/csv/Customers.csv');
    await expect(page.getByTestId('csv-preview')).toBeVisible();
    await page.screenshot({ path: `test-results/options-import-${scheme}.png`, fullPage: true });
  });
}
