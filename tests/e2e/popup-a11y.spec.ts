// axe-core on the real popup, light and dark, in the states a partner meets most: a draft with
// a broken link (status, blocked actions, override), the duplicate warning, the tracking
// banner after a copy, and the Pending tab with a search.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './harness';
import { editEmail, LINK_NO_DAP, setProfile } from './popup-helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`popup has no axe violations (${scheme})`, async ({ openPage, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPage('popup');
    await popup.emulateMedia({ colorScheme: scheme });
    await setProfile(popup);
    await popup.evaluate(
      (link) =>
        chrome.runtime.sendMessage({
          type: 'invitation/record',
          invitation: {
            customerName: 'Tailspin Toys',
            customerEmail: 'it@tailspin.example',
            cloud: 'public',
            dap: false,
            link,
            language: 'en',
            subject: 'Invitation',
            body: link,
          },
        }),
      LINK_NO_DAP,
    );
    await popup.getByLabel('Customer name').fill('Contoso');
    await (await editEmail(popup)).fill('The link was deleted by mistake.');
    await expect(popup.getByRole('button', { name: 'Done' })).toBeDisabled();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
    // The duplicate warning, and the tracking banner after a copy.
    await popup.getByRole('button', { name: 'Restore link' }).click();
    await popup.getByLabel('Customer email').fill('it@tailspin.example');
    await expect(popup.locator('#pp-duplicate')).toBeVisible();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
    await popup.getByRole('button', { name: 'Record as a new invitation instead' }).click();
    await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
    await expect(popup.locator('#pp-tracking')).toContainText('Tracked as pending');
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
    await popup.getByRole('tab', { name: /Pending/ }).click();
    await expect(popup.getByRole('button', { name: 'Resend: Tailspin Toys' })).toBeVisible();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
    await popup.getByRole('searchbox', { name: 'Search pending invitations' }).fill('nothing like it');
    await expect(popup.getByText('No pending invitation matches')).toBeVisible();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
    // Every aria-controls names an element that exists (axe does not check it).
    const dangling = await popup.evaluate(() =>
      [...document.querySelectorAll('[aria-controls]')]
        .map((el) => el.getAttribute('aria-controls')!)
        .filter((id) => !document.getElementById(id)),
    );
    expect(dangling).toEqual([]);
  });
}
