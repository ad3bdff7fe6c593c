// Options page, "Import Partner Center customer list": the preview shows what matched (by
// domain or by name) and what did not BEFORE anything changes; Apply marks the matched ones
// accepted through the worker; a broken file changes nothing and says why.
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

for (const [name, content, reason] of [
  ['missing columns', 'Microsoft ID,Name,Relationship\r\n1,Fabrikam,Cloud Reseller\r\n', /Missing column/],
  ['a JSON file', '{"hello": "world"}', /JSON file, not a CSV/],
  ['an unclosed quote', 'Company name,Primary domain name\r\n"Fabrikam,fabrikam.com\r\n', /never closed/],
] as const) {
  test(`a broken customer list (${name}) is refused with the reason and changes nothing`, async ({ openPage }) => {
    const page = await openPage('options', '#import');
    await record(page, INVITED.slice(0, 1));
    await page
      .getByLabel('Customers.csv file')
      .setInputFiles({ name: 'Customers.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This file cannot be used');
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: /^Apply/ })).toHaveCount(0);
    expect(await statuses(page)).toEqual({ 'Fabrikam Ltd': 'pending' });
  });
}
