// One partner's day, end to end in the built extension, through the UI only: set up the
// profile in the options page, compose and send from the popup, then find the invitation
// in the popup's Pending tab and in the options tracker, and mark it accepted there.
import { test, expect } from './harness';
import { DIRECT_NO_DAP as LINK, PARTNER_TENANT as TENANT } from '../fixtures/links';

test('profile in options, compose and Done in the popup, then tracked in Pending and the tracker', async ({
  openPage,
  context,
}) => {
  // 1. Options: the partner profile, typed in.
  const options = await openPage('options');
  await options.getByRole('textbox', { name: 'Company name' }).fill('Fabrikam Cloud Services');
  await options.getByRole('textbox', { name: 'Partner tenant ID' }).fill(TENANT);
  await options.getByRole('combobox', { name: 'Country or region' }).selectOption('IT');
  await options.getByRole('combobox', { name: 'Cloud' }).selectOption('public');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Partner profile saved.' })).toBeVisible();

  // 2. Popup: compose for one customer; the draft carries the partner's name and link.
  const popup = await openPage('popup');
  await popup.getByLabel('Customer name').fill('Contoso <b>Ltd</b>');
  await popup.getByLabel('Customer email').fill('admin@contoso.com');
  await popup.getByRole('button', { name: 'Edit email' }).click();
  const body = popup.getByRole('textbox', { name: 'Email body' });
  await expect(body).toHaveValue(/Fabrikam Cloud Services/);
  await expect(body).toHaveValue(new RegExp(LINK.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')));
  await expect(popup.locator('#pp-link-status')).toContainText('Link intact');

  // A personal touch in the text keeps the link intact; Copy puts both formats on the clipboard.
  await body.fill((await body.inputValue()).replace('Dear ', 'Hello again, dear '));
  await expect(popup.locator('#pp-link-status')).toContainText('Link intact');
  // Only reading back needs a grant: the popup writes under the user's click, with no clipboard permission.
  await context.grantPermissions(['clipboard-read']);
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(popup.locator('#pp-flash')).toContainText('Copied');
  const clip = await popup.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      text: await (await item!.getType('text/plain')).text(),
      html: await (await item!.getType('text/html')).text(),
    };
  });
  expect(clip.text).toContain('Hello again, dear Contoso <b>Ltd</b>');
  // The name is text in the HTML, never markup; the link is the one anchor.
  expect(clip.html).toContain('Contoso &lt;b&gt;Ltd&lt;/b&gt;');
  expect(clip.html.match(/<a\s/g)).toHaveLength(1);
  expect(clip.html).toContain(`href="${LINK.replace(/&/g, '&amp;')}"`);

  await popup.getByRole('button', { name: 'Done' }).click();
  await expect(popup.locator('#pp-flash')).toContainText('Contoso <b>Ltd</b> is now pending');

  // 3. Popup Pending tab: the new invitation is there (not due yet, so no count in the label).
  await popup.getByRole('tab', { name: 'Pending', exact: true }).click();
  await expect(popup.getByRole('list', { name: 'Pending' }).getByRole('listitem')).toHaveCount(1);
  await expect(popup.getByRole('list', { name: 'Pending' })).toContainText('Contoso <b>Ltd</b>');

  // 4. Options tracker: the same record, with the edited text kept; mark it accepted.
  await options.goto(options.url().replace(/#.*$/, '') + '#tracker');
  await options.reload();
  const rows = options.getByRole('table', { name: 'Invitations' }).locator('tbody tr[data-id]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('admin@contoso.com');
  const stored = await options.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('partner-invite');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
    });
    const all = await new Promise<{ status: string; link: string; body: string; customerDomain: string }[]>(
      (resolve) => {
        const r = db.transaction('invitations').objectStore('invitations').getAll();
        r.onsuccess = () => resolve(r.result as never);
      },
    );
    db.close();
    return all;
  });
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ status: 'pending', link: LINK, customerDomain: 'contoso.com' });
  expect(stored[0]!.body).toContain('Hello again, dear Contoso <b>Ltd</b>');

  await options.getByRole('checkbox', { name: 'Select Contoso <b>Ltd</b>' }).check();
  await options.getByRole('button', { name: 'Mark accepted' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Changed 1 of 1 selected invitation.' })).toBeVisible();

  // Back in the popup, nothing is pending any more.
  await popup.reload();
  await popup.getByRole('tab', { name: 'Pending', exact: true }).click();
  await expect(popup.getByRole('list', { name: 'Pending' }).getByRole('listitem')).toHaveCount(0);
});
