// Options page, tracker: records created through the real service worker appear in the
// table; search, status filter, paging and bulk actions work on the stored data.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { record, statuses } from './options-helpers';

const rows = (page: Page) => page.getByRole('table', { name: 'Invitations' }).locator('tbody tr[data-id]');

test('lists recorded invitations; search, filter and bulk accept work', async ({ openPage }) => {
  const page = await openPage('options', '#tracker');
  await expect(page.getByText('No invitations yet.')).toBeVisible();
  await record(page, [
    { name: 'Fabrikam Ltd', email: 'it@fabrikam.com', domain: 'fabrikam.com' },
    { name: 'Northwind Traders', email: 'admin@northwind.example' },
    { name: 'Tailspin Toys', email: 'ops@tailspin.example', domain: 'tailspin.example' },
  ]);
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).first()).toContainText('Tailspin Toys'); // most recently changed first

  const search = page.getByRole('searchbox', { name: 'Search invitations' });
  await search.fill('northw');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('admin@northwind.example');
  await search.fill('fabrikam.com');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Fabrikam Ltd');
  await search.fill('nobody');
  await expect(page.getByText('No invitation matches this search.')).toBeVisible();
  await search.fill('');
  await expect(rows(page)).toHaveCount(3);

  await page.getByRole('checkbox', { name: 'Select Fabrikam Ltd' }).check();
  await page.getByRole('checkbox', { name: 'Select Tailspin Toys' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Mark accepted' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changed 2 of 2 selected invitations.' })).toBeVisible();

  const filter = page.getByRole('combobox', { name: 'Status' });
  await filter.selectOption('accepted');
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).getByText('Accepted')).toHaveCount(2);
  await filter.selectOption('pending');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Northwind Traders');

  // The status filter combines with search.
  await filter.selectOption('accepted');
  await search.fill('tailspin');
  await expect(rows(page)).toHaveCount(1);

  // Each row's history is viewable.
  await page.getByRole('button', { name: 'History of Tailspin Toys' }).click();
  const history = page.getByRole('list', { name: 'History of Tailspin Toys' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').nth(0)).toContainText('Sent');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Accepted');

  // The data is really in IndexedDB, as the worker wrote it.
  expect(await statuses(page)).toEqual({
    'Fabrikam Ltd': 'accepted',
    'Northwind Traders': 'pending',
    'Tailspin Toys': 'accepted',
  });
});

test('pages through many invitations and deletes after confirmation', async ({ openPage }) => {
  const page = await openPage('options', '#tracker');
  const customers = Array.from({ length: 27 }, (_, i) => ({
    name: `Customer ${String(i + 1).padStart(2, '0')}`,
    email: `admin@c${i + 1}.example`,
  }));
  await record(page, customers);
  await page.reload();
  await expect(rows(page)).toHaveCount(25);
  await expect(page.getByText('Page 1')).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

  await page.getByRole('checkbox', { name: 'Select every invitation on this page' }).check();
  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete invitations?' });
  await expect(dialog).toBeVisible();
  // Escape keeps everything.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete…' }).click();
  await dialog.getByRole('button', { name: 'Delete 2' }).click();
  await expect(page.getByText('2 invitations deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(rows(page)).toHaveCount(25);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
});

test('the table follows changes made elsewhere (another page) without a reload', async ({ openPage }) => {
  const page = await openPage('options', '#tracker');
  await expect(page.getByText('No invitations yet.')).toBeVisible();
  const other = await openPage('options');
  const [id] = await record(other, [{ name: 'Adatum Corporation', email: 'it@adatum.example' }]);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Adatum Corporation');
  await other.evaluate((i) => chrome.runtime.sendMessage({ type: 'invitation/act', ids: [i], action: 'accept' }), id);
  await expect(rows(page).getByText('Accepted')).toBeVisible();
});

test('search ignores case, accents, punctuation and how a legal form is written; email and domain match', async ({
  openPage,
}) => {
  const page = await openPage('options', '#tracker');
  await record(page, [
    { name: 'Contoso S.p.A.', email: 'it@contoso.it', domain: 'contoso.it' },
    { name: 'Rossi S.r.l.', email: 'amministrazione@rossi-srl.it' },
    { name: 'Rossi SpA', email: 'info@rossispa.example' },
    { name: 'Müller GmbH', email: 'it@mueller.example' },
    { name: 'Northwind Traders Ltd', email: 'admin@northwind.example' },
  ]);
  await page.reload();
  await expect(rows(page)).toHaveCount(5);
  const search = page.getByRole('searchbox', { name: 'Search invitations' });
  const names = () => rows(page).locator('td:nth-child(2) > div:first-child').allTextContents();
  const cases: [string, string[]][] = [
    ['Contoso S.p.A.', ['Contoso S.p.A.']],
    ['CONTOSO SPA', ['Contoso S.p.A.']],
    ['contoso, s. p. a.', ['Contoso S.p.A.']],
    ['spa', ['Contoso S.p.A.', 'Rossi SpA']],
    ['srl', ['Rossi S.r.l.']],
    ['S.r.l.', ['Rossi S.r.l.']],
    ['Rossi SpA', ['Rossi SpA']],
    ['muller', ['Müller GmbH']],
    ['MÜLLER gmbh', ['Müller GmbH']],
    ['northwind limited', ['Northwind Traders Ltd']],
    ['it@contoso.it', ['Contoso S.p.A.']],
    ['contoso.it', ['Contoso S.p.A.']],
    ['rossi-srl.it', ['Rossi S.r.l.']],
  ];
  for (const [query, expected] of cases) {
    await search.fill(query);
    // The table follows the box after a short pause: wait for exactly these rows.
    await expect.poll(async () => (await names()).sort(), { message: query }).toEqual([...expected].sort());
  }
});
