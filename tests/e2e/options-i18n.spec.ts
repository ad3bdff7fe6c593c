// The options page in Italian (browser UI language 'it'): labels, validation and the
// saved notice come from _locales/it, and a wrong GUID is explained in Italian.
import { test, expect } from './harness';

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

    await tenant.fill('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    await page.getByRole('button', { name: 'Salva' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Profilo partner salvato.' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Inviti' })).toBeVisible();
  });

  test('a refused invitation link is explained in Italian, whatever the refusal', async ({ openPage }) => {
    const page = await openPage('options');
    const link = page.getByRole('textbox', { name: "Collegamento dell'invito da Partner Center" });
    const cases: [string, RegExp][] = [
      [
        'https://admin.microsoft.com:8443/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation',
        /numero di porta/,
      ],
      [
        'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=1234567&msppId=0&DAP=true#/BillingAccounts/partner-invitation',
        /non è un GUID di tenant/,
      ],
      ['admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship', /Al collegamento manca l'inizio/],
    ];
    for (const [value, italian] of cases) {
      await link.fill(value);
      await page.getByRole('button', { name: 'Compila dal collegamento' }).click();
      await expect(link).toHaveAccessibleDescription(italian);
    }
  });
});
