// Options page, email templates: live preview with sample data, placeholders inserted at the
// caret, a template without {{link}} refused, saved templates survive a reload, reset works.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';

async function templateKeys(page: Page): Promise<string[]> {
  const items = await page.evaluate(() => chrome.storage.sync.get(null));
  return Object.keys(items).filter((k) => k.startsWith('template'));
}

test('a template without {{link}} is refused with a clear message and nothing is stored', async ({ openPage }) => {
  const page = await openPage('options', '#templates');
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body).toHaveValue(/\{\{link\}\}/);
  await body.fill('Dear {{customerName}},\n\nplease accept our invitation.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('The template was not saved. Fix the problem marked in red.');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAccessibleDescription(/The body must contain \{\{link\}\}/);
  expect(await templateKeys(page)).toEqual([]);
});

test('editing shows a live preview; the saved template survives a reload; reset brings the default back', async ({
  openPage,
}) => {
  const page = await openPage('options', '#templates');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Dear Fabrikam Ltd,');

  await page.getByRole('textbox', { name: 'Subject' }).fill('An invitation for {{customerName}}');
  await expect(preview).toContainText('An invitation for Fabrikam Ltd');

  const body = page.getByRole('textbox', { name: 'Body' });
  await body.fill('Hello <b>team</b>,\n\nOpen this link: ');
  // Insert a placeholder at the caret (end of the text) with its button.
  await body.press('End');
  await page.getByRole('button', { name: 'Insert {{link}}' }).click();
  await expect(body).toHaveValue('Hello <b>team</b>,\n\nOpen this link: {{link}}');
  await expect(body).not.toHaveAttribute('aria-invalid', 'true');

  // Typed markup stays text; the link is the only anchor, with the real link as its target.
  await expect(preview.locator('p')).toHaveCount(2);
  await expect(preview.locator('p').first()).toHaveText('Hello <b>team</b>,');
  await expect(preview.locator('b')).toHaveCount(0);
  const anchor = preview.getByRole('link');
  await expect(anchor).toHaveCount(1);
  await expect(anchor).toHaveAttribute(
    'href',
    /^https:\/\/admin\.microsoft\.com\/Adminportal\/Home\?invType=ResellerRelationship&partnerId=[0-9a-f-]{36}&msppId=0&DAP=false#\/BillingAccounts\/partner-invitation$/,
  );

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Template saved.' })).toBeVisible();
  expect(await templateKeys(page)).toContain('template.en');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveValue(
    'Hello <b>team</b>,\n\nOpen this link: {{link}}',
  );
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('An invitation for {{customerName}}');

  // The Italian template is separate and untouched; arrow keys move between the tabs.
  await page.getByRole('tab', { name: 'English' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Italiano' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue(/invito a una relazione come rivenditore/);
  await expect(preview).toContainText('Spett.le Fabrikam Ltd,');
  await page.getByRole('tab', { name: 'English' }).click();

  await page.getByRole('button', { name: 'Reset to default' }).click();
  await expect(page.getByText('The default template is back.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveValue(/^Dear \{\{customerName\}\},/);
  expect(await templateKeys(page)).toEqual([]);
});

test('Save keeps the edits of both languages, and refuses both when either has a problem', async ({ openPage }) => {
  const page = await openPage('options', '#templates');
  const subject = page.getByRole('textbox', { name: 'Subject' });
  const body = page.getByRole('textbox', { name: 'Body' });
  await subject.fill('English subject for {{customerName}}');
  await page.getByRole('tab', { name: 'Italiano' }).click();
  await subject.fill('Oggetto italiano per {{customerName}}');

  // The English edit has a problem: Save stores neither and shows the English tab with it.
  await page.getByRole('tab', { name: 'English' }).click();
  await body.fill('No link here.');
  await page.getByRole('tab', { name: 'Italiano' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('The template was not saved. Fix the problem marked in red.');
  await expect(page.getByRole('tab', { name: 'English' })).toHaveAttribute('aria-selected', 'true');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toBeFocused();
  expect(await templateKeys(page)).toEqual([]);

  // Fixed: one Save stores both languages, whichever tab is on screen.
  await body.fill('Please accept: {{link}}');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Templates saved (English, Italiano).' })).toBeVisible();
  expect((await templateKeys(page)).filter((k) => !k.includes('.', 'template.'.length)).sort()).toEqual([
    'template.en',
    'template.it',
  ]);
  await page.reload();
  await expect(subject).toHaveValue('English subject for {{customerName}}');
  await page.getByRole('tab', { name: 'Italiano' }).click();
  await expect(subject).toHaveValue('Oggetto italiano per {{customerName}}');
});

test('Save writes only the languages edited on this page: a template saved meanwhile elsewhere stays', async ({
  openPage,
}) => {
  const here = await openPage('options', '#templates');
  const elsewhere = await openPage('options', '#templates');
  await elsewhere.getByRole('tab', { name: 'Italiano' }).click();
  await elsewhere.getByRole('textbox', { name: 'Subject' }).fill('Saved in another tab');
  await elsewhere.getByRole('button', { name: 'Save' }).click();
  await expect(elsewhere.getByRole('status').filter({ hasText: 'Template saved.' })).toBeVisible();

  await here.getByRole('textbox', { name: 'Subject' }).fill('English, edited here');
  await here.getByRole('button', { name: 'Save' }).click();
  await expect(here.getByRole('status').filter({ hasText: 'Template saved.' })).toBeVisible();
  const subjects = await here.evaluate(async () => {
    const items = await chrome.storage.sync.get(['template.en', 'template.it']);
    return [
      (items['template.en'] as { subject: string }).subject,
      (items['template.it'] as { subject: string }).subject,
    ];
  });
  expect(subjects).toEqual(['English, edited here', 'Saved in another tab']);
});
