// The customer-list import refuses a broken file with the reason before anything happens: no
// preview, no Apply, and no message to the worker. Moved from tests/e2e/options-import.spec.ts,
// which keeps the full import (preview, Apply through the worker, statuses in IndexedDB).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CustomersImportSection } from '../../../src/options/sections/CustomersImportSection';
import { fakeBrowser } from '../../support/fake-browser';
import { show } from '../render';

/** Every message the page sends to the worker (none is answered: the worker must not be asked). */
const sent: unknown[] = [];
const worker = (message: unknown) => void sent.push(message);
beforeEach(() => fakeBrowser.runtime.onMessage.addListener(worker));
afterEach(() => {
  fakeBrowser.runtime.onMessage.removeListener(worker);
  sent.length = 0;
});

describe('a broken customer list', () => {
  for (const [name, content, reason] of [
    ['missing columns', 'Microsoft ID,Name,Relationship\r\n1,Fabrikam,Cloud Reseller\r\n', /Missing column/],
    ['a JSON file', '{"hello": "world"}', /JSON file, not a CSV/],
    ['an unclosed quote', 'Company name,Primary domain name\r\n"Fabrikam,fabrikam.com\r\n', /never closed/],
  ] as const) {
    it(`(${name}) is refused with the reason and changes nothing`, async () => {
      show(<CustomersImportSection />);
      await userEvent.upload(
        page.getByLabelText('Customers.csv file'),
        new File([content], 'Customers.csv', { type: 'text/csv' }),
      );
      const alert = page.getByRole('alert');
      await expect.element(alert).toHaveTextContent('This file cannot be used');
      await expect.element(alert).toHaveTextContent(reason);
      await expect.element(alert).toHaveTextContent('Nothing was changed.');
      expect(page.getByRole('button', { name: /^Apply/ }).elements()).toHaveLength(0);
      expect(sent).toEqual([]);
    });
  }
});
