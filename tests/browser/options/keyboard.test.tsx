// The options page by keyboard alone, on the real keyboard in Chromium: Tab order through the
// navigation and the profile form, a country chosen by typing, Enter to save and to open a
// section (focus then lands on its heading). Moved from tests/e2e/options-keyboard.spec.ts.
import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { App } from '../../../src/options/App';
import { fakeBrowser } from '../../support/fake-browser';
import { PARTNER_TENANT } from '../../fixtures/links';
import { show } from '../render';
import '../../../src/ui/theme.css';
import '../../../src/options/options.css';

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

function focusedName(): string {
  const el = document.activeElement as HTMLElement | null;
  return (
    el?.getAttribute('aria-label') ??
    (el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
    el?.textContent ??
    ''
  );
}

it('the profile can be filled and saved with the keyboard alone', async () => {
  show(<App />);
  await expect.element(page.getByRole('textbox', { name: 'Company name' })).toBeVisible();
  (document.activeElement as HTMLElement | null)?.blur();

  // Tab from the top: the navigation comes first, then the link box, then the profile form.
  const order: string[] = [];
  for (let i = 0; i < 10; i++) {
    await userEvent.keyboard('{Tab}');
    order.push(focusedName());
  }
  expect(order).toEqual([
    'Partner profile',
    'Defaults',
    'Email templates',
    'Invitations',
    'Customer list import',
    'Backup',
    'Invitation link from Partner Center',
    'Fill in from link',
    'Company name',
    'Partner tenant ID',
  ]);

  await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
  await userEvent.keyboard('Contoso IT Services');
  await userEvent.keyboard('{Tab}');
  await userEvent.keyboard(PARTNER_TENANT);
  await userEvent.keyboard('{Tab}'); // Partner ID / MPN ID
  await userEvent.keyboard('{Tab}'); // Country or region
  const country = page.getByRole('combobox', { name: 'Country or region' });
  await expect.element(country).toHaveFocus();
  await userEvent.keyboard('Italy');
  await expect.element(country).toHaveValue('IT');
  (page.getByRole('textbox', { name: 'Company name' }).element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await expect.element(page.getByText('Partner profile saved.')).toBeVisible();
  expect((await fakeBrowser.storage.sync.get('profile')).profile).toMatchObject({
    companyName: 'Contoso IT Services',
    country: 'IT',
  });

  // Enter on a navigation link opens that section and moves focus to its heading.
  (page.getByRole('link', { name: 'Invitations' }).element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await expect.element(page.getByRole('heading', { level: 1, name: 'Invitations' })).toHaveFocus();
  await expect.element(page.getByRole('link', { name: 'Invitations' })).toHaveAttribute('aria-current', 'page');
});
