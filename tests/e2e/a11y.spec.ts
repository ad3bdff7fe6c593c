// Popup accessibility: axe (WCAG 2 A/AA) finds nothing in every popup state, in light and dark.
// The options page has its own section-by-section check in options-a11y.spec.ts; the smoke
// check below covers its first screen here too, so both pages are checked from one place.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { record } from './options-helpers';
import { setProfile } from './popup-helpers';

/** The page really is in the scheme under test: its background is dark in dark mode, light otherwise. */
async function expectScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  const rgb = await page.evaluate(() => {
    const bg = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    return bg(document.querySelector('main'));
  });
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  expect(r + g + b < 384, `background ${rgb} in ${scheme}`).toBe(scheme === 'dark');
}

async function violations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup passes axe in every state (${scheme})`, async ({ openPage }) => {
    const found: string[] = [];
    const popup = await openPage('popup');
    await popup.emulateMedia({ colorScheme: scheme });
    // No profile yet: the set-up notice.
    await expect(popup.locator('main')).toBeVisible();
    await expectScheme(popup, scheme);
    found.push(...(await violations(popup, 'no profile')));

    await setProfile(popup);
    await record(popup, [
      { name: 'Fabrikam Ltd', email: 'it@fabrikam.com' },
      { name: 'Northwind Traders', email: 'admin@northwind.example' },
    ]);
    await popup.reload();
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByRole('tab').first()).toBeVisible();
    found.push(...(await violations(popup, 'compose')));

    await popup.locator('#pp-tab-pending').click();
    await expect(popup.locator('#pp-panel-pending li').first()).toBeVisible();
    found.push(...(await violations(popup, 'pending')));
    expect(found).toEqual([]);
  });

  test(`options page passes axe on open (${scheme})`, async ({ openPage }) => {
    const options = await openPage('options');
    await options.emulateMedia({ colorScheme: scheme });
    await expect(options.locator('main')).toBeVisible();
    await expect(options.getByText('Loading…')).toHaveCount(0);
    await expectScheme(options, scheme);
    expect(await violations(options, 'options')).toEqual([]);
  });
}
