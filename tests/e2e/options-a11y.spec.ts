// Options page accessibility: every section passes axe's WCAG 2 A/AA rules, in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './harness';
import { record } from './options-helpers';

for (const scheme of ['light', 'dark'] as const) {
  test(`every section passes axe (${scheme})`, async ({ openPage }) => {
    const page = await openPage('options');
    await page.emulateMedia({ colorScheme: scheme });
    await record(page, [{ name: 'Fabrikam Ltd', email: 'it@fabrikam.com' }]);
    for (const section of ['profile', 'defaults', 'templates', 'tracker', 'import', 'backup']) {
      await page.goto(page.url().replace(/#.*$/, '') + `#${section}`);
      await expect(page.locator(`nav a[href="#${section}"]`)).toHaveAttribute('aria-current', 'page');
      await expect(page.getByText('Loading…')).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(violations.map((v) => `${section}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    }
  });
}
