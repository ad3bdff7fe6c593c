import { test, expect } from './harness';
import { setProfile } from './popup-helpers';

test.describe('Italian UI', () => {
  test.use({ lang: 'it' });

  test('the popup speaks Italian, with and without a profile', async ({ openPage }) => {
    const popup = await openPage('popup');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'it');
    await expect(popup.getByText('Prima configurate il profilo partner')).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Apri le impostazioni' })).toBeVisible();
    await setProfile(popup);
    await expect(popup.getByLabel('Nome del cliente')).toBeVisible();
    await expect(popup.getByRole('tab', { name: 'Nuovo invito' })).toBeVisible();
    await expect(popup.getByRole('checkbox', { name: /Includi i privilegi di amministrazione delegata/ })).toBeVisible();
    await popup.getByLabel('Nome del cliente').fill('Contoso');
    const body = popup.getByRole('textbox', { name: "Testo dell'email" });
    await expect(body).toBeVisible();
    await expect(popup.locator('#pp-link-status')).toContainText('Collegamento integro');
    await body.fill('niente collegamento');
    await expect(popup.locator('#pp-link-status')).toContainText('Collegamento mancante');
    await expect(popup.getByRole('button', { name: 'Fatto' })).toBeDisabled();
    await expect(popup.getByRole('button', { name: 'Ripristina collegamento' })).toBeVisible();
  });
});
