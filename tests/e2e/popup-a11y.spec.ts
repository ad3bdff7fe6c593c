// axe-core on the real popup, light and dark, in the states a partner meets most: a draft with
// a broken link (status, blocked actions, override) and the Pending tab.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './harness';
import { LINK_NO_DAP, setProfile } from './popup-helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`popup has no axe violations (${scheme})`, async ({ openPage }) => {
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
    await popup.getByRole('textbox', { name: 'Email body' }).fill('The link was deleted by mistake.');
    await expect(popup.getByRole('button', { name: 'Done' })).toBeDisabled();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
    await popup.getByRole('tab', { name: /Pending/ }).click();
    await expect(popup.getByRole('button', { name: 'Resend: Tailspin Toys' })).toBeVisible();
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
