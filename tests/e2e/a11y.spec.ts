// Accessibility, the states the feature specs do not reach: axe (WCAG 2.1 A/AA) on the popup before
// any profile exists (the set-up notice) and on an empty compose form, in light and dark, with a
// check that the scheme really applies. popup-a11y.spec.ts covers a draft with a broken link and
// the Pending tab; options-a11y.spec.ts every options section; all in light and dark.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
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
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup passes axe before set-up and on an empty form (${scheme})`, async ({ openPage }) => {
    const found: string[] = [];
    const popup = await openPage('popup');
    await popup.emulateMedia({ colorScheme: scheme });
    // No profile yet: the set-up notice.
    await expect(popup.getByText('Set up your partner profile first')).toBeVisible();
    await expectScheme(popup, scheme);
    found.push(...(await violations(popup, 'no profile')));

    await setProfile(popup);
    await popup.reload();
    await expect(popup.getByLabel('Customer name')).toBeVisible();
    await expectScheme(popup, scheme);
    found.push(...(await violations(popup, 'empty compose form')));
    expect(found).toEqual([]);
  });
}
