import { test, expect } from './harness';
import { editEmail, setProfile } from './popup-helpers';
import { sendFrom } from './tracker-helpers';
import { newInvitation } from '../support/invitations';

test.describe('Italian UI', () => {
  test.use({ lang: 'it' });

  test('the popup speaks Italian, with and without a profile', async ({ openPage }) => {
    const popup = await openPage('popup');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'it');
    await expect(popup.getByText('Configura prima il profilo partner')).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Apri le impostazioni' })).toBeVisible();
    await setProfile(popup);
    await expect(popup.getByLabel('Nome del cliente')).toBeVisible();
    await expect(popup.getByRole('tab', { name: 'Nuovo invito' })).toBeVisible();
    await expect(popup.getByRole('checkbox', { name: /Includi privilegi di amministrazione delegata/ })).toBeVisible();
    await popup.getByLabel('Nome del cliente').fill('Contoso');
    const body = await editEmail(popup);
    await expect(body).toHaveAccessibleName("Testo dell'email");
    await expect(body).toBeVisible();
    await expect(popup.locator('#pp-link-status')).toContainText('Collegamento integro');
    await body.fill('niente collegamento');
    await expect(popup.locator('#pp-link-status')).toContainText('Collegamento mancante');
    await expect(popup.getByRole('button', { name: 'Fatto' })).toBeDisabled();
    await expect(popup.getByRole('button', { name: 'Ripristina collegamento' })).toBeVisible();
  });

  test('a refusal from the worker is explained in Italian, not in its English sentence', async ({ openPage }) => {
    const popup = await openPage('popup');
    await setProfile(popup);
    const other = await openPage('options');
    const recorded = await sendFrom(other, { type: 'invitation/record', invitation: newInvitation('Fabrikam') });
    expect(recorded.ok).toBe(true);
    const id = recorded.ok ? (recorded.value.id as string) : '';
    await popup.getByRole('tab', { name: /In attesa/ }).click();
    const accept = popup.getByRole('button', { name: 'Segna come accettato: Fabrikam' });
    await expect(accept).toBeVisible();
    // Accepted meanwhile from another window: the popup's list is stale, the worker refuses.
    expect(await sendFrom(other, { type: 'invitation/act', ids: [id], action: 'accept' })).toMatchObject({ ok: true });
    await accept.click();
    await expect(popup.getByRole('alert')).toHaveText(
      'La modifica non è stata salvata: Questo invito non è più in attesa (è stato accettato, annullato oppure è scaduto). Prima riaprilo.',
    );
  });
});
