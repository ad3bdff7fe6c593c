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
  await expect(matched.locator('tbody tr').filter({ hasText: 'Fabrikam Ltd' })).toContainText(
    'Same domain: fabrikam.com',
  );
  await expect(matched.locator('tbody tr').filter({ hasText: 'Northwind Traders S.p.A.' })).toContainText(
    'Same company name; the legal form (spa) is written on one side only',
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

test('Customers.csv: different legal forms and public suffixes never match; a match can be unticked before Apply', async ({
  openPage,
}) => {
  const page = await openPage('options', '#import');
  await record(page, [
    { name: 'Fabrikam Ltd', email: 'it@fabrikam.com' },
    { name: 'Rossi Srl', email: 'info@rossi-mail.example' },
    { name: 'Fabrikam UK', email: 'it@fabrikam.co.uk' },
    { name: 'Contoso Italia', email: 'ceo@contoso.it' },
    { name: 'Litware', email: 'a@litware.example', domain: 'litware.example' },
  ]);
  const csv = [
    'Microsoft ID,Company name,Primary domain name,Relationship',
    '1,"Fabrikam, Ltd.",fabrikam.com,Cloud Reseller',
    '2,Rossi SpA,rossispa.onmicrosoft.com,Cloud Reseller',
    '3,Co Tenant,co.onmicrosoft.com,Cloud Reseller',
    '4,Contoso Italy,contoso.onmicrosoft.com,Cloud Reseller',
    '5,Litware Inc,litware.example,Cloud Reseller',
  ].join('\r\n');
  await page
    .getByLabel('Customers.csv file')
    .setInputFiles({ name: 'Customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  const matched = page.getByRole('table', { name: 'Will be marked accepted' });
  await expect(matched.locator('tbody tr')).toHaveCount(3);
  // Rossi Srl is not Rossi SpA; fabrikam.co.uk is not the tenant "co".
  await expect(page.getByRole('list', { name: 'Still pending (not on the list)' })).toContainText('Rossi Srl');
  await expect(page.getByRole('list', { name: 'Still pending (not on the list)' })).toContainText('Fabrikam UK');
  // The tenant-name guess is shown with its reason and left unticked; the sure matches are ticked.
  const guess = matched.locator('tbody tr').filter({ hasText: 'Contoso Italia' });
  await expect(guess).toContainText('contoso.it may be the tenant contoso.onmicrosoft.com');
  await expect(page.getByRole('checkbox', { name: 'Mark Contoso Italia accepted' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Mark Fabrikam Ltd accepted' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Mark Litware accepted' })).toBeChecked();

  // The partner unticks Litware: only Fabrikam is applied.
  await page.getByRole('checkbox', { name: 'Mark Litware accepted' }).uncheck();
  await page.getByRole('button', { name: 'Apply: mark 1 accepted' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 invitation marked accepted.' })).toBeVisible();
  expect(await statuses(page)).toEqual({
    'Fabrikam Ltd': 'accepted',
    'Rossi Srl': 'pending',
    'Fabrikam UK': 'pending',
    'Contoso Italia': 'pending',
    Litware: 'pending',
  });
});
