// Options page, Defaults: the form saves only the fields the partner changed, against the latest
// stored values, so a change made meanwhile in another tab or on another device is kept; fields
// the partner has not touched follow that change on screen.
import { test, expect } from './harness';

test('Save in a form opened earlier keeps a newer value saved elsewhere and writes only what was changed', async ({
  openPage,
}) => {
  const page = await openPage('options', '#defaults');
  const every = page.getByRole('spinbutton', { name: 'Days between follow-ups' });
  await expect(every).toHaveValue('7');

  // Another tab (or device, through sync) changes the interval and the language meanwhile.
  const other = await openPage('options', '#defaults');
  await other.evaluate(() =>
    chrome.storage.sync.set({ settingsVersion: 1, defaults: { followUpEveryDays: 21, language: 'it' } }),
  );
  // The untouched fields here follow the change.
  await expect(every).toHaveValue('21');
  await expect(page.getByRole('combobox', { name: 'Email language' })).toHaveValue('it');

  // This page changes only the first follow-up, then another change arrives before Save.
  await page.getByRole('spinbutton', { name: 'Days before the first follow-up' }).fill('5');
  await other.evaluate(() =>
    chrome.storage.sync.set({ defaults: { followUpEveryDays: 30, language: 'it', firstFollowUpDays: 2 } }),
  );
  await expect(every).toHaveValue('30');
  // The partner's own edit is not replaced by the incoming value.
  await expect(page.getByRole('spinbutton', { name: 'Days before the first follow-up' })).toHaveValue('5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Defaults saved.')).toBeVisible();
  expect((await page.evaluate(() => chrome.storage.sync.get('defaults'))).defaults).toEqual({
    followUpEveryDays: 30,
    language: 'it',
    firstFollowUpDays: 5,
  });
});
