// Customers.csv saved by Excel in each encoding it uses (tests/fixtures/csv/encodings): the import
// reads the names right, matches as usual and says how it read the file, in the UI's language.
import path from 'node:path';
import { test, expect } from './harness';
import { record } from './options-helpers';

const fixture = (name: string) => path.resolve('tests/fixtures/csv/encodings', name);

for (const [file, readAs] of [
  ['windows-1252-semicolon.csv', /File read as Windows-1252.*the file is not UTF-8/],
  ['utf-16le-bom-tab.txt', /File read as UTF-16 LE \(Excel “Unicode Text”\)/],
  ['utf-16be-no-bom.csv', /File read as UTF-16 BE/],
  ['utf-8-bom.csv', /File read as UTF-8 \(Excel “CSV UTF-8”\)/],
] as const) {
  test(`Customers.csv in ${file}: the names are read right and the page says how it read the file`, async ({
    openPage,
  }) => {
    const page = await openPage('options', '#import');
    await record(page, [{ name: 'Società Agricola Rossi S.r.l.', email: 'it@rossi-agricola.it' }]);
    await page.getByLabel('Customers.csv file').setInputFiles(fixture(file));

    await expect(page.getByTestId('csv-encoding')).toHaveText(readAs);
    const matched = page.getByRole('table', { name: 'Will be marked accepted' });
    await expect(matched.locator('tbody tr')).toHaveCount(1);
    await expect(matched.locator('tbody tr')).toContainText('Società Agricola Rossi S.r.l.');
    const others = page.getByRole('list', { name: 'On the list, no pending invitation' });
    await expect(others).toContainText('Müller Bäckerei GmbH');
    await expect(others).toContainText('Peña & Núñez, S.L.');
    await expect(others).toContainText('Café Crème € Services SARL');
    await expect(page.locator('body')).not.toContainText(/[\uFFFD]|Ã|Â/);
  });
}

test.describe('Italian UI', () => {
  test.use({ lang: 'it' });

  test('the encoding note is in Italian', async ({ openPage }) => {
    const page = await openPage('options', '#import');
    await page.getByLabel('File Customers.csv').setInputFiles(fixture('windows-1252-semicolon.csv'));
    await expect(page.getByTestId('csv-encoding')).toHaveText(/^File letto come Windows-1252/);
  });
});
