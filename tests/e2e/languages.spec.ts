// The compose flow once per language of the table (src/core/languages), in a browser whose UI is
// in that language: the popup speaks it, and the email, never chosen by the partner, is written
// in it without anything being stored. A new language runs here with no change to this file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { editEmail, LINK_NO_DAP, readRows, setProfile } from './popup-helpers';
import { LANGUAGES } from '../../src/core/languages';
import { buildMailto } from '../../src/core/mailto';
import { defaultTemplate, renderInvitation } from '../../src/core/template';

type Messages = Record<string, { message: string }>;

/** `m(key, ...subs)` reads a message of `code`'s messages.json; `m.count` one with a count. */
function messages(code: string) {
  const table = JSON.parse(
    readFileSync(path.resolve('public/_locales', code.replace(/-/g, '_'), 'messages.json'), 'utf8'),
  ) as Messages;
  const fill = (key: string, subs: string[]) => {
    const m = table[key]?.message;
    if (m === undefined) throw new Error(`${code}: no message ${key}`);
    return subs.reduce((text, sub, i) => text.split(`$${i + 1}`).join(sub), m);
  };
  const m = (key: string, ...subs: string[]) => fill(key, subs);
  /** A counted message: one key, or `<key>_<category>` forms with the count formatted for the language. */
  m.count = (key: string, n: number, ...more: string[]) => {
    if (key in table) return fill(key, [String(n), ...more]);
    const form = `${key}_${new Intl.PluralRules(code).select(n)}`;
    return fill(form in table ? form : `${key}_other`, [new Intl.NumberFormat(code).format(n), ...more]);
  };
  return m;
}

const storedDefaults = (page: Page) =>
  page.evaluate(
    async () => (await chrome.storage.sync.get('defaults')).defaults as Record<string, unknown> | undefined,
  );

const PARTNER = 'Fabrikam Cloud Services'; // popup-helpers' profile

for (const language of LANGUAGES) {
  const { code } = language;

  test.describe(`browser in ${language.label} (${code})`, () => {
    test.use({ lang: code });

    test('compose: the UI and the email are in the browser language, nothing is stored for it, Done records it', async ({
      openPage,
    }) => {
      const m = messages(code);
      const popup = await openPage('popup');
      await expect(popup.locator('html')).toHaveAttribute('lang', code);
      await expect(popup.getByText(m('popup_noprofile_title'))).toBeVisible();
      await setProfile(popup);

      await expect(popup.getByRole('tab', { name: m('popup_tab_compose') })).toBeVisible();
      await popup.getByLabel(m('popup_customer_name')).fill('Contoso Ltd');
      await popup.getByLabel(m('popup_customer_email')).fill('admin@contoso.com');

      // The email language was never chosen: it follows the browser.
      const expected = renderInvitation(defaultTemplate(code), {
        customerName: 'Contoso Ltd',
        partnerName: PARTNER,
        link: LINK_NO_DAP,
        cloud: 'public',
        dap: false,
        language: code,
      });
      // The email shows as a preview; its editor opens with "Edit email".
      const body = await editEmail(popup);
      await expect(body).toHaveAccessibleName(m('popup_body'));
      await expect(body).toHaveValue(expected.text);
      await expect(body).toHaveAttribute('lang', code);
      await expect(popup.getByLabel(m('popup_subject'))).toHaveValue(expected.subject);
      const picker = popup.getByLabel(m('popup_email_language'));
      await expect(picker).toHaveValue(code);
      await expect(picker.locator('option:checked')).toHaveText(language.label);
      await expect(popup.locator('#pp-link-status')).toContainText(m('popup_link_intact'));
      // A language too long for mailto (core/mailto.ts) offers copy instead, with the reason.
      const mailto = buildMailto({ to: 'admin@contoso.com', subject: expected.subject, body: expected.text });
      if (mailto.tooLong) await expect(popup.getByRole('button', { name: m('popup_open_mail') })).toBeDisabled();
      else await expect(popup.getByRole('link', { name: m('popup_open_mail') })).toBeVisible();
      expect(await storedDefaults(popup), 'following the browser writes nothing').toBeUndefined();

      await popup.getByRole('button', { name: m('popup_done'), exact: true }).click();
      await expect(popup.locator('#pp-flash')).toHaveText(m('popup_recorded', 'Contoso Ltd'));
      const [row] = await readRows(popup);
      expect(row).toMatchObject({ language: code, body: expected.text, subject: expected.subject });
      expect(await storedDefaults(popup)).toBeUndefined();
    });

    test('with long names the email either opens in the mail app or, when too long for it, says so and offers copy', async ({
      openPage,
    }) => {
      const m = messages(code);
      const popup = await openPage('popup');
      await setProfile(popup, { companyName: 'Fabrikam Cloud Services and Managed IT Consulting Europe Ltd' });
      await popup
        .getByLabel(m('popup_customer_name'))
        .fill('Contoso Società Cooperativa Agricola Produzione e Lavoro SpA');
      await popup.getByLabel(m('popup_customer_email')).fill('amministrazione.acquisti@contoso-cooperativa.example');
      const body = await editEmail(popup);
      await expect(body).toHaveValue(/Contoso Società Cooperativa/);
      const mailto = buildMailto({
        to: 'amministrazione.acquisti@contoso-cooperativa.example',
        subject: await popup.getByLabel(m('popup_subject')).inputValue(),
        body: await body.inputValue(),
      });
      if (mailto.tooLong) {
        await expect(popup.locator('#pp-too-long')).toHaveText(m.count('popup_mailto_too_long', mailto.length));
        await expect(popup.getByRole('button', { name: m('popup_open_mail') })).toBeDisabled();
      } else {
        await expect(popup.getByRole('link', { name: m('popup_open_mail') })).toHaveAttribute('href', mailto.url);
        await expect(popup.locator('#pp-too-long')).toHaveCount(0);
      }
      await expect(popup.getByRole('button', { name: m('popup_copy') })).toBeEnabled();

      // Past the limit (a long signature, say), in every language the popup explains and offers copy.
      await body.fill(`${await body.inputValue()}\n\n${'Lorem ipsum dolor sit amet. '.repeat(40)}`);
      const over = buildMailto({
        to: 'amministrazione.acquisti@contoso-cooperativa.example',
        subject: await popup.getByLabel(m('popup_subject')).inputValue(),
        body: await body.inputValue(),
      });
      expect(over.tooLong).toBe(true);
      await expect(popup.locator('#pp-too-long')).toHaveText(m.count('popup_mailto_too_long', over.length));
      await expect(popup.getByRole('button', { name: m('popup_open_mail') })).toBeDisabled();
      await expect(popup.getByRole('button', { name: m('popup_copy') })).toBeEnabled();
    });
  });
}

test.describe('Italian browser, email language', () => {
  test.use({ lang: 'it' });

  test('a language synced from another device wins over the browser and is never overwritten', async ({ openPage }) => {
    const popup = await openPage('popup');
    await setProfile(popup);
    // What another device's choice of English looks like once storage.sync has brought it here.
    await popup.evaluate(() => chrome.storage.sync.set({ defaults: { language: 'en' } }));
    await popup.getByLabel('Nome del cliente').fill('Contoso Ltd');
    const body = await editEmail(popup);
    await expect(body).toHaveValue(/^Dear Contoso Ltd,/);
    await expect(popup.getByLabel("Lingua dell'email")).toHaveValue('en');

    // Switching this one email to Italian changes the draft only.
    await popup.getByLabel("Lingua dell'email").selectOption('it');
    await expect(body).toHaveValue(/^Spett\.le Contoso Ltd,/);
    // Kept in the session draft (saved shortly after the change), not in the synced defaults.
    await expect
      .poll(() =>
        popup.evaluate(
          async () =>
            ((await chrome.storage.session.get('popup.draft'))['popup.draft'] as { language?: string } | undefined)
              ?.language,
        ),
      )
      .toBe('it');
    await popup.reload();
    await expect(await editEmail(popup)).toHaveValue(/^Spett\.le Contoso Ltd,/);
    expect(await storedDefaults(popup)).toEqual({ language: 'en' });

    // The options page shows the synced choice; saving another default keeps it.
    const options = await openPage('options', '#defaults');
    const picker = options.getByRole('combobox', { name: "Lingua dell'email" });
    await expect(picker).toHaveValue('en');
    await options.getByRole('spinbutton', { name: 'Giorni prima del primo sollecito' }).fill('5');
    await options.getByRole('button', { name: 'Salva' }).click();
    await expect(options.getByText('Valori predefiniti salvati.')).toBeVisible();
    expect(await storedDefaults(options)).toEqual({ language: 'en', firstFollowUpDays: 5 });
  });

  test('the options page offers "browser language" until the partner chooses, and stores nothing for it', async ({
    openPage,
  }) => {
    const options = await openPage('options', '#defaults');
    const picker = options.getByRole('combobox', { name: "Lingua dell'email" });
    await expect(picker).toHaveValue('');
    await expect(picker.locator('option:checked')).toHaveText('Lingua del browser (Italiano)');
    await options.getByRole('checkbox', { name: /Includi privilegi di amministrazione delegata/ }).check();
    await options.getByRole('button', { name: 'Salva' }).click();
    await expect(options.getByText('Valori predefiniti salvati.')).toBeVisible();
    expect(await storedDefaults(options)).toEqual({ dap: true });

    // Choosing English is stored, and back to "browser language" removes it again.
    await picker.selectOption('en');
    await options.getByRole('button', { name: 'Salva' }).click();
    await expect.poll(() => storedDefaults(options)).toEqual({ dap: true, language: 'en' });
    await picker.selectOption('');
    await options.getByRole('button', { name: 'Salva' }).click();
    await expect.poll(() => storedDefaults(options)).toEqual({ dap: true });

    // The template page opens on the language emails will be written in.
    await options.getByRole('link', { name: 'Modelli email' }).click();
    await expect(options.getByRole('tab', { name: 'Italiano' })).toHaveAttribute('aria-selected', 'true');
  });
});
