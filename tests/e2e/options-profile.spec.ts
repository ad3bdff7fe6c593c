// Options page, partner profile and defaults, in the built extension: a saved profile survives
// a reload of the page, and notifications ask the browser for the optional permission. The
// form logic (validation, the pasted link, the US Government DAP rule, cadence checks) is
// tested in Vitest browser mode: tests/browser/options/profile.test.tsx.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { PARTNER_TENANT as TENANT } from '../fixtures/links';

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
