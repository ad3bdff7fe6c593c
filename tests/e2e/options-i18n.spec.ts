// The options page in Italian (browser UI language 'it'): labels, validation and the
// saved notice come from _locales/it, and a wrong GUID is explained in Italian. (The refused
// link reasons in Italian: tests/browser/options/profile.test.tsx.)
import { test, expect } from './harness';
import { PARTNER_TENANT } from '../fixtures/links';

test.describe('Italian UI', () => {
  test.use({ lang: 'it' });

  test('the options page speaks Italian, including its validation messages', async ({ openPage }) => {
    const page = await openPage('options');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profilo partner');
    await page.getByRole('textbox', { name: "Nome dell'azienda" }).fill('Contoso Servizi IT');
    const tenant = page.getByRole('textbox', { name: 'ID tenant del partner' });
    await tenant.fill('non-un-guid');
    await page.getByRole('combobox', { name: 'Paese o area geografica' }).selectOption('IT');
    await page.getByRole('button', { name: 'Salva' }).click();
    await expect(tenant).toHaveAccessibleDescription(/Questo non è un ID tenant\. Deve essere un GUID/);
    await expect(page.getByRole('alert')).toHaveText('Non è stato salvato nulla. Correggi i campi segnalati in rosso.');

    await tenant.fill(PARTNER_TENANT);
    await page.getByRole('button', { name: 'Salva' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Profilo partner salvato.' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Inviti' })).toBeVisible();
  });
});
