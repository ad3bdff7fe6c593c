// Options page, partner profile and defaults: typed in or pasted from Partner Center,
// stored in storage.sync only when valid, with the reason next to each bad field.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';

const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const PROVIDER = '6ba7b810-9dad-41d1-80b4-00c04fd430c8';

async function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.sync.get(null));
}

test('a profile typed into the form is stored and shown again after a reload', async ({ openPage }) => {
  const page = await openPage('options');
  await page.getByRole('textbox', { name: 'Company name' }).fill('Contoso IT Services');
  await page.getByRole('textbox', { name: 'Partner tenant ID' }).fill(TENANT.toUpperCase());
  await page.getByRole('textbox', { name: 'Partner ID / MPN ID' }).fill('4567890');
  await page.getByRole('combobox', { name: 'Country or region' }).selectOption('IT');
  await page.getByRole('combobox', { name: 'Cloud' }).selectOption('public');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Partner profile saved.' })).toBeVisible();

  const items = await stored(page);
  expect(items.profile).toEqual({
    companyName: 'Contoso IT Services',
    partnerTenantId: TENANT,
    mpnId: '4567890',
    country: 'IT',
    cloud: 'public',
    indirectProviderTenantId: '',
    pastedLink: '',
  });

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Company name' })).toHaveValue('Contoso IT Services');
  await expect(page.getByRole('combobox', { name: 'Country or region' })).toHaveValue('IT');
});

test('a wrong GUID is explained next to the field and nothing is saved', async ({ openPage }) => {
  const page = await openPage('options');
  await page.getByRole('textbox', { name: 'Company name' }).fill('Contoso');
  const tenant = page.getByRole('textbox', { name: 'Partner tenant ID' });
  await tenant.fill('3f2504e0-4f89-41d3-9a0c-0305e82c33');
  await page.getByRole('combobox', { name: 'Country or region' }).selectOption('IT');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(tenant).toHaveAttribute('aria-invalid', 'true');
  await expect(tenant).toHaveAccessibleDescription(/This is not a tenant ID\. It must be a GUID/);
  await expect(tenant).toBeFocused();
  await expect(page.getByRole('alert')).toHaveText('Nothing was saved. Fix the fields marked in red.');
  expect((await stored(page)).profile).toBeUndefined();

  // Fixing the field clears its message and the save goes through.
  await tenant.fill(TENANT);
  await expect(tenant).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Partner profile saved.')).toBeVisible();
  expect((await stored(page)).profile).toMatchObject({ partnerTenantId: TENANT });
});

test('pasting an indirect reseller link fills the profile and the DAP default', async ({ openPage }) => {
  const page = await openPage('options');
  const link =
    `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${TENANT}` +
    `&msppId=7654321&DAP=true&indirectCSPId=${PROVIDER}#/BillingAccounts/partner-invitation`;
  // HTML copies of the link carry &amp;; the parser decodes them.
  await page.getByRole('textbox', { name: 'Invitation link from Partner Center' }).fill(link.replace(/&/g, '&amp;'));
  await page.getByRole('button', { name: 'Fill in from link' }).click();
  await expect(page.getByText('Profile fields filled in from the link.')).toBeVisible();

  await expect(page.getByRole('textbox', { name: 'Partner tenant ID' })).toHaveValue(TENANT);
  await expect(page.getByRole('textbox', { name: 'Partner ID / MPN ID' })).toHaveValue('7654321');
  await expect(page.getByRole('textbox', { name: 'Indirect provider tenant ID' })).toHaveValue(PROVIDER);
  await expect(page.getByRole('combobox', { name: 'Cloud' })).toHaveValue('public');

  await page.getByRole('textbox', { name: 'Company name' }).fill('Fabrikam Reseller');
  await page.getByRole('combobox', { name: 'Country or region' }).selectOption('DE');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Partner profile saved.')).toBeVisible();
  const items = await stored(page);
  expect(items.profile).toEqual({
    companyName: 'Fabrikam Reseller',
    partnerTenantId: TENANT,
    mpnId: '7654321',
    country: 'DE',
    cloud: 'public',
    indirectProviderTenantId: PROVIDER,
    pastedLink: link,
  });
  expect(items.defaults).toMatchObject({ dap: true });

  // The Defaults section shows the DAP default the link carried.
  await page.getByRole('link', { name: 'Defaults' }).click();
  await expect(page.getByRole('checkbox', { name: /Include delegated administration privileges/ })).toBeChecked();
});

for (const [name, input, reason] of [
  [
    'another website',
    `https://evil.example.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`,
    /not Microsoft's admin portal/,
  ],
  [
    'the billing-profile link',
    'https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/billing-accounts',
    /billing profile page, not the invitation/,
  ],
  [
    'an http link',
    `http://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`,
    /starts with http:\/\//,
  ],
] as const) {
  test(`a foreign link (${name}) is refused with the reason and fills nothing`, async ({ openPage }) => {
    const page = await openPage('options');
    const field = page.getByRole('textbox', { name: 'Invitation link from Partner Center' });
    await field.fill(input);
    await field.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(reason);
    await expect(page.getByRole('textbox', { name: 'Partner tenant ID' })).toHaveValue('');
    expect((await stored(page)).profile).toBeUndefined();
  });
}

test('in the US Government cloud delegated admin is forced on, with the reason', async ({ openPage }) => {
  const page = await openPage('options');
  await page.getByRole('textbox', { name: 'Company name' }).fill('Contoso Federal');
  await page.getByRole('textbox', { name: 'Partner tenant ID' }).fill(TENANT);
  await page.getByRole('combobox', { name: 'Country or region' }).selectOption('US');
  await page.getByRole('combobox', { name: 'Cloud' }).selectOption('usgov');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Partner profile saved.')).toBeVisible();

  await page.keyboard.press('Shift+Tab'); // keyboard reaches the navigation too
  await page.getByRole('link', { name: 'Defaults' }).click();
  const dap = page.getByRole('checkbox', { name: /Include delegated administration privileges/ });
  await expect(dap).toBeChecked();
  await expect(dap).toBeDisabled();
  await expect(dap).toHaveAccessibleDescription(/Always on in Microsoft Cloud for US Government/);

  // Cadence is validated before saving.
  const first = page.getByRole('spinbutton', { name: 'Days before the first follow-up' });
  await first.fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(first).toHaveAccessibleDescription(/whole number of days from 1 to 90/);
  expect((await stored(page)).defaults).toEqual({ dap: true });
  await first.fill('5');
  await page.getByRole('spinbutton', { name: 'Days between follow-ups' }).fill('10');
  await page.getByRole('combobox', { name: 'Email language' }).selectOption('it');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Defaults saved.')).toBeVisible();
  expect((await stored(page)).defaults).toEqual({
    dap: true,
    language: 'it',
    firstFollowUpDays: 5,
    followUpEveryDays: 10,
  });
});

test('editing a field the pasted link carries drops the link, so a stale link is never stored', async ({
  openPage,
}) => {
  const page = await openPage('options');
  const link = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
  await page.getByRole('textbox', { name: 'Invitation link from Partner Center' }).fill(link);
  await page.getByRole('button', { name: 'Fill in from link' }).click();
  await page.getByRole('textbox', { name: 'Company name' }).fill('Contoso');
  await page.getByRole('combobox', { name: 'Country or region' }).selectOption('IT');
  // A direct partner's MPN ID is not in the link: typing it keeps the link.
  await page.getByRole('textbox', { name: 'Partner ID / MPN ID' }).fill('1234567');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Partner profile saved.')).toBeVisible();
  expect((await stored(page)).profile).toMatchObject({ pastedLink: link, mpnId: '1234567' });

  await page.getByRole('textbox', { name: 'Partner tenant ID' }).fill(PROVIDER);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Partner profile saved.')).toBeVisible();
  await expect
    .poll(async () => (await stored(page)).profile)
    .toMatchObject({ partnerTenantId: PROVIDER, pastedLink: '' });
});

test('turning desktop notifications on asks the browser for the optional permission first', async ({ openPage }) => {
  const page = await openPage('options', '#defaults');
  const box = page.getByRole('checkbox', { name: 'Desktop notifications when follow-ups are due' });
  await expect(box).not.toBeChecked();
  await box.click();
  // The browser's permission prompt is open (it cannot be answered in headless Chromium):
  // until it is, the box stays off and says what it waits for.
  await expect(box).toHaveAccessibleDescription(/Waiting for your answer to the browser's permission request/);
  await expect(box).not.toBeChecked();
  await expect(box).toBeDisabled();
  expect(await page.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(false);
  expect((await stored(page)).notifications).toBeUndefined();
});
