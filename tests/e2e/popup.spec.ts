import { test, expect } from './harness';
import { editEmail, LINK_DAP, LINK_NO_DAP, readRows, setProfile } from './popup-helpers';

test.describe('popup compose', () => {
  test('with no profile the popup says so and opens the options page', async ({ openPage, context, extensionId }) => {
    const popup = await openPage('popup');
    await expect(popup.getByText('Set up your partner profile first')).toBeVisible();
    const opened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open settings' }).click();
    const options = await opened;
    await expect(options).toHaveURL(`chrome-extension://${extensionId}/src/options/index.html`);
  });

  test('compose: link follows DAP, national cloud forces it, the guard blocks and restores, copy, mailto and Done record', async ({
    openPage,
    context,
  }) => {
    const popup = await openPage('popup');
    await setProfile(popup);
    await expect(popup.getByLabel('Customer name')).toBeVisible();
    await popup.getByLabel('Customer name').fill('Contoso Ltd');
    await popup.getByLabel('Customer email').fill('admin@Contoso.com');
    // The domain is prefilled from the email.
    await expect(popup.getByLabel('Customer domain')).toHaveValue('contoso.com');

    const link = popup.locator('#pp-link');
    const body = await editEmail(popup);
    const dap = popup.getByRole('checkbox', {
      name: /Include delegated administration privileges for Azure Active Directory and Office 365/,
    });
    await expect(dap).not.toBeChecked();
    await expect(link).toHaveText(LINK_NO_DAP);
    await expect(body).toHaveValue(/Dear Contoso Ltd,/);
    await expect(body).toHaveValue(new RegExp(LINK_NO_DAP.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')));

    // Toggling DAP changes the link, in the box and in the draft.
    await dap.check();
    await expect(link).toHaveText(LINK_DAP);
    // The draft follows in the next render (an effect), so wait for it rather than read once.
    await expect.poll(() => body.inputValue()).toContain(LINK_DAP);
    expect(await body.inputValue()).not.toContain(LINK_NO_DAP);
    await dap.uncheck();
    await expect(link).toHaveText(LINK_NO_DAP);

    // A customer outside the partner's country gets a warning.
    await popup.getByLabel('Country/region').selectOption('FR');
    await expect(popup.locator('#pp-country-warning')).toContainText('France');
    await popup.getByLabel('Country/region').selectOption('IT');
    await expect(popup.locator('#pp-country-warning')).toHaveCount(0);

    // Break the link: the status says so and all three actions are blocked, with the reason.
    const status = popup.locator('#pp-link-status');
    await expect(status).toContainText('Link intact');
    const text = await body.inputValue();
    await body.fill(text.replace('#/BillingAccounts/partner-invitation', ''));
    await expect(status).toContainText('Link');
    await expect(status).not.toContainText('Link intact');
    const copy = popup.getByRole('button', { name: 'Copy to clipboard' });
    const openMail = popup.getByRole('button', { name: 'Open in email' });
    const done = popup.getByRole('button', { name: 'Done' });
    for (const action of [copy, openMail, done]) {
      await expect(action).toBeDisabled();
      await expect(action).toHaveAccessibleDescription(/the invitation link in the email is not intact/i);
    }
    // The explicit override unblocks; restoring the link clears it again.
    await popup.getByRole('checkbox', { name: 'Send anyway, I checked the link' }).check();
    await expect(copy).toBeEnabled();
    await popup.getByRole('button', { name: 'Restore link' }).click();
    await expect(status).toContainText('Link intact');
    expect(await body.inputValue()).toContain(LINK_NO_DAP);
    await expect(popup.getByRole('checkbox', { name: 'Send anyway, I checked the link' })).toHaveCount(0);

    // The partner's own edit survives a change that re-renders the template.
    await body.fill((await body.inputValue()).replace('Dear Contoso Ltd,', 'Hi Anna,'));
    await dap.check();
    await expect(body).toHaveValue(/^Hi Anna,/);
    // The new link arrives with the re-render (an effect after paint): wait for it, do not sample.
    await expect.poll(() => body.inputValue()).toContain(LINK_DAP);
    await expect(popup.locator('#pp-stale')).toBeVisible();

    // Copy puts the text and the HTML (the link as the only anchor) on the clipboard, and the
    // invitation has left the extension: it is tracked at once.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await copy.click();
    await expect(popup.locator('#pp-flash')).toContainText('Copied');
    await expect(popup.locator('#pp-tracking')).toContainText('Tracked as pending');
    await expect(popup.locator('#pp-tracking')).toContainText('Contoso Ltd is now pending');
    expect(await readRows(popup)).toHaveLength(1);
    const clip = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item && item.types.includes(type) ? (await item.getType(type)).text() : '');
      return { text: await read('text/plain'), html: await read('text/html') };
    });
    expect(clip.text).toBe(await body.inputValue());
    expect(clip.html).toContain(`<a href="${LINK_DAP.replace(/&/g, '&amp;')}">`);
    expect(clip.html.match(/<a /g)).toHaveLength(1);
    expect(clip.html).toContain('Hi Anna,');

    // Open in email: the mailto URL carries the address, subject and the whole body.
    const mailLink = popup.getByRole('link', { name: 'Open in email' });
    const href = await mailLink.getAttribute('href');
    expect(href).toMatch(/^mailto:admin@Contoso\.com\?subject=/);
    const url = new URL(href!);
    expect(url.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(await body.inputValue());
    expect(url.searchParams.get('subject')).toBe(await popup.getByLabel('Subject').inputValue());

    // Done records it (the same record: one draft, one invitation) and clears the form.
    const finalBody = await body.inputValue();
    await done.click();
    await expect(popup.locator('#pp-flash')).toContainText('Contoso Ltd is now pending');
    await expect(popup.getByLabel('Customer name')).toHaveValue('');
    const rows = await readRows(popup);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      customerName: 'Contoso Ltd',
      customerEmail: 'admin@Contoso.com',
      customerDomain: 'contoso.com',
      customerCountry: 'IT',
      status: 'pending',
      cloud: 'public',
      dap: true,
      link: LINK_DAP,
      body: finalBody,
    });
    await expect(popup.getByRole('tab', { name: /Pending/ })).toBeVisible();
  });

  test('US Government cloud forces delegated admin on, with the reason', async ({ openPage }) => {
    const popup = await openPage('popup');
    await setProfile(popup);
    const dap = popup.getByRole('checkbox', { name: /Include delegated administration privileges/ });
    await expect(dap).toBeEnabled();
    await expect(dap).not.toBeChecked();
    await setProfile(popup, { cloud: 'usgov' });
    await expect(dap).toBeChecked();
    await expect(dap).toBeDisabled();
    await expect(dap).toHaveAccessibleDescription(/Always included in Microsoft Cloud for US Government/);
    await expect(popup.locator('#pp-link')).toContainText('DAP=true');
    await expect(popup.locator('#pp-link')).toContainText('portal.office365.us');
  });

  test('empty customer and a bad email give clear messages and record nothing', async ({ openPage }) => {
    const popup = await openPage('popup');
    await setProfile(popup);
    const done = popup.getByRole('button', { name: 'Done' });
    await expect(done).toBeEnabled();
    await done.click();
    await expect(popup.getByLabel('Customer name')).toHaveAccessibleDescription("Enter the customer's name.");
    await expect(popup.getByLabel('Customer email')).toHaveAccessibleDescription("Enter the customer's email address.");
    await expect(popup.getByLabel('Customer name')).toBeFocused();
    await popup.getByLabel('Customer name').fill('Northwind');
    await popup.getByLabel('Customer email').fill('admin@northwind');
    await done.click();
    await expect(popup.getByLabel('Customer email')).toHaveAccessibleDescription(/not a valid email address/);
    await expect(popup.locator('#pp-flash')).toContainText('Nothing was recorded');
    expect(await readRows(popup)).toHaveLength(0);
  });

  test('the draft survives closing and reopening the popup', async ({ openPage }) => {
    const popup = await openPage('popup');
    await setProfile(popup);
    await popup.getByLabel('Customer name').fill('Adventure Works');
    const body = await editEmail(popup);
    await expect(body).toHaveValue(/Dear Adventure Works,/);
    await body.fill(`${await body.inputValue()}\nP.S. typed by hand`);
    // Every change is written through to storage.session, with its rendering for "Insert invitation".
    const stored = (key: string) =>
      popup.evaluate(
        async (k) => ((await chrome.storage.session.get(k))[k] as { text?: string } | undefined)?.text ?? '',
        key,
      );
    await expect.poll(() => stored('popup.draft')).toContain('P.S. typed by hand');
    await expect.poll(() => stored('insert.draft')).toContain('P.S. typed by hand');
    await popup.close();
    const again = await openPage('popup');
    await expect(again.getByLabel('Customer name')).toHaveValue('Adventure Works');
    await expect(await editEmail(again)).toHaveValue(/P\.S\. typed by hand/);
    // Stored for "Insert invitation" too: text, HTML twin and link.
    const shared = (await again.evaluate(() => chrome.storage.session.get('insert.draft')))['insert.draft'] as Record<
      string,
      string
    >;
    expect(shared).toMatchObject({ customerName: 'Adventure Works', link: LINK_NO_DAP });
    expect(shared.text).toContain('P.S. typed by hand');
    expect(shared.html).toContain(`<a href="${LINK_NO_DAP.replace(/&/g, '&amp;')}">`);
  });

  test('Open in email opens a new tab for the mail app, never the working tab, and says what it did; a too-long email offers copy', async ({
    openPage,
    context,
  }) => {
    // The partner's working tab: it must stay where it is (a web mail handler would navigate it).
    const working = await context.newPage();
    await working.goto('about:blank#working');
    const popup = await openPage('popup');
    await setProfile(popup);
    await popup.getByLabel('Customer name').fill('Litware');
    await popup.getByLabel('Customer email').fill('it@litware.example');
    const mail = popup.getByRole('link', { name: 'Open in email' });
    await expect(mail).toHaveAttribute('href', /^mailto:it@litware\.example\?subject=/);
    // Watch the browser API the popup hands the URL to (the calls still go through).
    await popup.evaluate(() => {
      const calls: unknown[] = [];
      (globalThis as unknown as { tabCalls: unknown[] }).tabCalls = calls;
      const tabs = chrome.tabs as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      for (const name of ['create', 'update']) {
        const original = tabs[name]!.bind(chrome.tabs);
        tabs[name] = (...args) => {
          calls.push({ [name]: args[0] });
          return original(...args);
        };
      }
    });
    const expected = await mail.getAttribute('href');
    const opened = context.waitForEvent('page');
    await mail.click();
    await opened;
    const calls = await popup.evaluate(() => (globalThis as unknown as { tabCalls: unknown[] }).tabCalls);
    expect(calls).toEqual([{ create: { url: expected, active: true } }]);
    expect(working.url()).toBe('about:blank#working');
    expect(new URL(expected!).searchParams.get('body')).toContain(LINK_NO_DAP);
    // What it says is what happened: handed to the mail app in a new tab, and tracked.
    await expect(popup.locator('#pp-tracking')).toContainText('Handed to your email app in a new tab');
    await expect(popup.locator('#pp-tracking')).toContainText('Litware is now pending');
    expect((await readRows(popup)).map((r) => r.customerName)).toEqual(['Litware']);

    // A long email: the mailto URL would be cut by mail apps, so the button is off and copy is offered.
    const body = await editEmail(popup);
    await body.fill(`${await body.inputValue()}\n\n${'More details about our services. '.repeat(60)}`);
    await expect(popup.locator('#pp-too-long')).toContainText('too long');
    await expect(popup.getByRole('button', { name: 'Open in email' })).toBeDisabled();
    await expect(popup.getByRole('button', { name: 'Open in email' })).toHaveAccessibleDescription(/too long/);
    await expect(popup.getByRole('button', { name: 'Copy to clipboard' })).toBeEnabled();
  });

  test('a keystroke typed just before the popup closes is kept, and Insert invitation gets it', async ({
    openPage,
  }) => {
    const popup = await openPage('popup');
    await setProfile(popup);
    await popup.getByLabel('Customer name').fill('Northwind');
    const body = await editEmail(popup);
    await expect(body).toHaveValue(/Dear Northwind,/);
    await body.press('End');
    await body.pressSequentially(' Last words');
    // Closed at once, as a popup is when the partner clicks elsewhere: nothing waits for a timer.
    await popup.close();
    const again = await openPage('popup');
    await expect(await editEmail(again)).toHaveValue(/ Last words$/);
    const shared = (await again.evaluate(() => chrome.storage.session.get('insert.draft')))['insert.draft'] as {
      text: string;
    };
    expect(shared.text).toMatch(/ Last words$/);
  });

  test('the email language can be switched per invitation and is recorded', async ({ openPage }) => {
    const popup = await openPage('popup');
    await setProfile(popup);
    await popup.getByLabel('Customer name').fill('Wide World Importers');
    await popup.getByLabel('Customer email').fill('it@wwi.example');
    const body = await editEmail(popup);
    await expect(body).toHaveValue(/^Dear Wide World Importers,/);
    await popup.getByLabel('Email language').selectOption('it');
    await expect(body).toHaveValue(/^Spett\.le Wide World Importers,/);
    await expect(popup.getByLabel('Subject')).toHaveValue(/: invito a una relazione come rivenditore Microsoft$/);
    await expect(popup.locator('#pp-link-status')).toContainText('Link intact');
    await popup.getByRole('button', { name: 'Done' }).click();
    await expect(popup.locator('#pp-flash')).toContainText('Wide World Importers is now pending');
    const [row] = await readRows(popup);
    expect(row).toMatchObject({
      customerName: 'Wide World Importers',
      language: 'it',
      body: expect.stringMatching(/^Spett\.le Wide World Importers,/),
    });
  });
});
