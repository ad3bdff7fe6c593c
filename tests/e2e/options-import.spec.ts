// Options page, "Import Partner Center customer list": the preview shows what matched (by
// domain or by name) and what did not BEFORE anything changes; Apply marks the matched ones
// accepted through the worker. (A broken file is refused before anything happens:
// tests/browser/options/customers-import.test.tsx.)
import path from 'node:path';
import { test, expect } from './harness';
import { record, statuses } from './options-helpers';

const FIXTURE = path.resolve('tests/fixtures/csv/Customers.csv');

const INVITED = [
  { name: 'Fabrikam Ltd', email: 'it@fabrikam.com' },
  { name: 'Northwind Traders S.p.A.', email: 'admin@northwindtraders.example' },
  { name: 'Tailspin Toys', email: 'ops@tailspin.example', domain: 'tailspin.example' },
];

test('Customers.csv: shows matches by domain and by name, then Apply marks exactly those accepted', async ({
  openPage,
}) => {
  const page = await openPage('options', '#import');
  await record(page, INVITED);
  await page.getByLabel('Customers.csv file').setInputFiles(FIXTURE);

  const matched = page.getByRole('table', { name: 'Will be marked accepted' });
  await expect(matched.locator('tbody tr')).toHaveCount(2);
  await expect(matched.locator('tbody tr').filter({ hasText: 'Fabrikam Ltd' })).toContainText('Domain');
  await expect(matched.locator('tbody tr').filter({ hasText: 'Northwind Traders S.p.A.' })).toContainText(
    'Company name',
  );
  await expect(page.getByRole('list', { name: 'Still pending (not on the list)' })).toHaveText(/Tailspin Toys/);
  const notInvited = page.getByRole('list', { name: 'On the list, no pending invitation' }).getByRole('listitem');
  await expect(notInvited).toHaveCount(2);
  await expect(notInvited.nth(0)).toContainText('Contoso, Ltd.');
  await expect(notInvited.nth(1)).toContainText('Litware Inc');

  // Showing the preview changed nothing.
  expect(await statuses(page)).toEqual({
    'Fabrikam Ltd': 'pending',
    'Northwind Traders S.p.A.': 'pending',
    'Tailspin Toys': 'pending',
  });

  await page.getByRole('button', { name: 'Apply: mark 2 accepted' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 invitations marked accepted.' })).toBeVisible();
  expect(await statuses(page)).toEqual({
    'Fabrikam Ltd': 'accepted',
    'Northwind Traders S.p.A.': 'accepted',
    'Tailspin Toys': 'pending',
  });

  // The tracker shows why it changed.
  await page.getByRole('link', { name: 'Invitations' }).click();
  await page.getByRole('button', { name: 'History of Fabrikam Ltd' }).click();
  await expect(page.getByRole('list', { name: 'History of Fabrikam Ltd' })).toContainText(
    'Found in the Partner Center customer list',
  );
});
