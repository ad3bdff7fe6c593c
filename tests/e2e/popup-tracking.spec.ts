// The tracking loop: an invitation that left the extension (copied, opened in the mail app,
// inserted into webmail) is recorded at once, and the popup says so on every open until the
// next invitation; the partner can say it was not sent. Recording is idempotent: one draft is
// one record, whatever is pressed twice or retried after a lost reply.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { clickInsert } from './insert-helpers';
import { readRows, setProfile } from './popup-helpers';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

async function compose(popup: Page, name: string, email: string): Promise<void> {
  await setProfile(popup);
  await popup.getByLabel('Customer name').fill(name);
  await popup.getByLabel('Customer email').fill(email);
  await expect(popup.locator('#pp-link-status')).toContainText('Link intact');
}

test('copy, close, reopen: the invitation is tracked, and Done starts the next one without a second record', async ({
  openPage,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPage('popup');
  await compose(popup, 'Contoso Ltd', 'admin@contoso.com');
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  // The partner clicks into the webmail: the popup closes at once.
  await popup.close();

  const again = await openPage('popup');
  const banner = again.locator('#pp-tracking');
  await expect(banner).toContainText('Tracked as pending');
  await expect(banner).toContainText('Copied to the clipboard');
  await expect(banner).toContainText('Contoso Ltd is now pending');
  let rows = await readRows(again);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ customerName: 'Contoso Ltd', customerEmail: 'admin@contoso.com', status: 'pending' });
  // The draft is still there, as sent.
  await expect(again.getByLabel('Customer name')).toHaveValue('Contoso Ltd');

  // Copied again after an edit, then Done (twice, fast): still one record, with the email as last sent.
  await again.getByRole('button', { name: 'Edit email' }).click();
  const body = again.getByRole('textbox', { name: 'Email body' });
  await body.fill((await body.inputValue()).replace('Dear Contoso Ltd,', 'Dear Anna,'));
  await again.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(again.locator('#pp-flash')).toContainText('Copied');
  await again.getByRole('button', { name: 'Done' }).dblclick();
  await expect(again.locator('#pp-flash')).toContainText('Contoso Ltd is now pending');
  await expect(again.getByLabel('Customer name')).toHaveValue('');
  await expect(again.locator('#pp-tracking')).toHaveCount(0);
  rows = await readRows(again);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.body).toMatch(/^Dear Anna,/);
  expect(rows[0]!.history.map((h) => h.event)).toEqual(['created', 'edited']);
});

test('copy, close, reopen, "Not sent": the record is discarded and the draft stays', async ({ openPage, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPage('popup');
  await compose(popup, 'Fabrikam', 'it@fabrikam.example');
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(popup.locator('#pp-tracking')).toContainText('Tracked as pending');
  await popup.close();

  const again = await openPage('popup');
  await again.getByRole('button', { name: 'Not sent? Discard the record' }).click();
  await expect(again.locator('#pp-flash')).toContainText('Discarded: Fabrikam is not tracked');
  await expect(again.locator('#pp-tracking')).toHaveCount(0);
  expect(await readRows(again)).toEqual([]);
  await expect(again.getByLabel('Customer name')).toHaveValue('Fabrikam');
  // Closed and opened again, it stays discarded: nothing reappears.
  await again.close();
  const third = await openPage('popup');
  await expect(third.getByLabel('Customer name')).toHaveValue('Fabrikam');
  await expect(third.locator('#pp-tracking')).toHaveCount(0);
  expect(await readRows(third)).toEqual([]);
});

test('a lost reply never loses the invitation nor records it twice: the popup says so, and the next open confirms it', async ({
  openPage,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPage('popup');
  await compose(popup, 'Tailspin Toys', 'ops@tailspin.example');
  // Every message still reaches the worker, but every reply is lost, in the browser's own words.
  await popup.evaluate(() => {
    const runtime = chrome.runtime as unknown as { sendMessage: (m: unknown) => Promise<unknown> };
    const original = runtime.sendMessage.bind(chrome.runtime);
    runtime.sendMessage = async (message: unknown) => {
      await original(message);
      throw new Error(
        'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      );
    };
  });
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  const banner = popup.locator('#pp-tracking');
  await expect(banner).toContainText('Not tracked yet');
  await expect(banner).toContainText('It could not be recorded: The extension did not answer.');
  await popup.getByRole('button', { name: 'Done' }).click();
  await expect(popup.locator('#pp-flash')).toContainText('Not confirmed as recorded');
  // Sent three times (with retries) and pressed twice: the worker has it once.
  expect(await readRows(popup)).toHaveLength(1);
  await popup.close();

  const again = await openPage('popup');
  await expect(again.locator('#pp-tracking')).toContainText('Tracked as pending');
  await expect(again.locator('#pp-tracking')).toContainText('Tailspin Toys is now pending');
  const rows = await readRows(again);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.history.map((h) => h.event)).toEqual(['created']);
});

test('inserted from the menu: the worker records it, and the popup shows it; an incomplete draft asks for the customer', async ({
  openPage,
  context,
  serviceWorker,
}) => {
  const popup = await openPage('popup');
  await compose(popup, 'Adatum', 'it@adatum.example');
  await popup.close();

  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  await page.locator('#body').focus();
  await clickInsert(serviceWorker, page);
  await expect(page.locator('#body')).toHaveValue(/Dear Adatum,/);
  const again = await openPage('popup');
  await expect(again.locator('#pp-tracking')).toContainText('Inserted into an email');
  await expect(again.locator('#pp-tracking')).toContainText('Adatum is now pending');
  expect((await readRows(again)).map((r) => r.customerName)).toEqual(['Adatum']);
  await again.getByRole('button', { name: 'Done' }).click();
  expect(await readRows(again)).toHaveLength(1);

  // A draft with a name but no email is inserted too, but cannot be recorded: the popup asks.
  await again.getByLabel('Customer name').fill('Litware');
  await expect(again.locator('#pp-link-status')).toContainText('Link intact');
  await again.close();
  await page.locator('#body').fill('');
  await page.locator('#body').focus();
  await clickInsert(serviceWorker, page);
  await expect(page.locator('#body')).toHaveValue(/Dear Litware,/);
  const third = await openPage('popup');
  const banner = third.locator('#pp-tracking');
  await expect(banner).toContainText('Not tracked yet');
  await expect(banner).toContainText("enter the customer's name and email, then press Done");
  await expect(banner).toHaveAttribute('role', 'alert');
  await third.getByLabel('Customer email').fill('it@litware.example');
  await third.getByRole('button', { name: 'Done' }).click();
  await expect(third.locator('#pp-flash')).toContainText('Litware is now pending');
  expect((await readRows(third)).map((r) => r.customerName).sort()).toEqual(['Adatum', 'Litware']);
});

test('another customer typed over a tracked email is another invitation: the first stays tracked', async ({
  openPage,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPage('popup');
  await compose(popup, 'Wingtip Toys', 'it@wingtip.example');
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(popup.locator('#pp-tracking')).toContainText('Wingtip Toys is now pending');
  // Instead of Done, the partner types the next customer straight over the form.
  await popup.getByLabel('Customer name').fill('Proseware');
  await popup.getByLabel('Customer email').fill('admin@proseware.example');
  await expect(popup.locator('#pp-tracking')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(popup.locator('#pp-tracking')).toContainText('Proseware is now pending');
  const rows = await readRows(popup);
  expect(rows.map((r) => [r.customerName, r.customerEmail]).sort()).toEqual([
    ['Proseware', 'admin@proseware.example'],
    ['Wingtip Toys', 'it@wingtip.example'],
  ]);
});
