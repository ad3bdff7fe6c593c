// The options page's profile and defaults forms, rendered whole (src/options/App.tsx) on the
// shared fake browser: validation next to each field, the pasted Partner Center link, the US
// Government DAP rule and the cadence checks, and what reaches storage.sync. Moved from
// tests/e2e/options-profile.spec.ts and options-i18n.spec.ts; the e2e suite keeps the saved
// profile surviving a reload of the built page, the permission prompt and the Italian page.
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { App } from '../../../src/options/App';
import { fakeBrowser } from '../../support/fake-browser';
import { loadSettings } from '../../../src/platform/settings';
import {
  BILLING_PROFILE,
  DIRECT_DAP,
  DIRECT_NO_DAP,
  GDAP_CLOUD,
  PARTNER_TENANT,
  PROVIDER_TENANT,
  SAFELINKS_DIRECT,
} from '../../fixtures/links';
import { show } from '../render';

const TENANT = PARTNER_TENANT;
const PROVIDER = PROVIDER_TENANT;

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get(null);
}

async function openOptions(section = '') {
  history.replaceState(null, '', section ? `#${section}` : location.pathname + location.search);
  show(<App />);
  await expect.element(page.getByRole('heading', { level: 1 })).toBeVisible();
}

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

const textbox = (name: string) => page.getByRole('textbox', { name });
const saved = (text: string) => expect.element(page.getByRole('status').filter({ hasText: text })).toBeVisible();

describe('profile', () => {
  it('a wrong GUID is explained next to the field, focused, and nothing is saved until fixed', async () => {
    await openOptions();
    await textbox('Company name').fill('Contoso');
    const tenant = textbox('Partner tenant ID');
    await tenant.fill(TENANT.slice(0, -2));
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Country or region' }), 'IT');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect.element(tenant).toHaveAttribute('aria-invalid', 'true');
    await expect.element(tenant).toHaveAccessibleDescription(/This is not a tenant ID\. It must be a GUID/);
    await expect.element(tenant).toHaveFocus();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Nothing was saved. Fix the fields marked in red.');
    expect((await stored()).profile).toBeUndefined();

    await tenant.fill(TENANT);
    await expect.element(tenant).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Save' }).click();
    await saved('Partner profile saved.');
    expect((await stored()).profile).toMatchObject({ partnerTenantId: TENANT });
  });

  it('pasting an indirect reseller link fills the profile and the DAP default', async () => {
    await openOptions();
    const link =
      `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${TENANT}` +
      `&msppId=7654321&DAP=true&indirectCSPId=${PROVIDER}#/BillingAccounts/partner-invitation`;
    // HTML copies of the link carry &amp;; the parser decodes them.
    await textbox('Invitation link from Partner Center').fill(link.replace(/&/g, '&amp;'));
    await page.getByRole('button', { name: 'Fill in from link' }).click();
    await expect.element(page.getByText('Profile fields filled in from the link.')).toBeVisible();

    await expect.element(textbox('Partner tenant ID')).toHaveValue(TENANT);
    await expect.element(textbox('Partner ID / MPN ID')).toHaveValue('7654321');
    await expect.element(textbox('Indirect provider tenant ID')).toHaveValue(PROVIDER);
    await expect.element(page.getByRole('combobox', { name: 'Cloud' })).toHaveValue('public');

    await textbox('Company name').fill('Fabrikam Reseller');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Country or region' }), 'DE');
    await page.getByRole('button', { name: 'Save' }).click();
    await saved('Partner profile saved.');
    const items = await stored();
    expect(items.profile).toEqual({
      companyName: 'Fabrikam Reseller',
      partnerTenantId: TENANT,
      mpnId: '7654321',
      country: 'DE',
      cloud: 'public',
      indirectProviderTenantId: PROVIDER,
      pastedLink: link,
    });
    expect(items.defaults).toMatchObject({ dap: true });

    // The Defaults section shows the DAP default the link carried.
    await page.getByRole('link', { name: 'Defaults' }).click();
    await expect
      .element(page.getByRole('checkbox', { name: /Include delegated administration privileges/ }))
      .toBeChecked();
  });

  for (const [name, input, reason] of [
    [
      'another website',
      DIRECT_NO_DAP.replace('admin.microsoft.com', 'evil.example.com'),
      /not Microsoft's admin portal/,
    ],
    ['the billing-profile link', BILLING_PROFILE, /billing profile page, not the invitation/],
    ['an http link', DIRECT_NO_DAP.replace('https://', 'http://'), /starts with http:\/\//],
  ] as const) {
    it(`a foreign link (${name}) is refused with the reason and fills nothing`, async () => {
      await openOptions();
      const field = textbox('Invitation link from Partner Center');
      await field.fill(input);
      await userEvent.keyboard('{Enter}');
      await expect.element(field).toHaveAttribute('aria-invalid', 'true');
      await expect.element(field).toHaveAccessibleDescription(reason);
      await expect.element(textbox('Partner tenant ID')).toHaveValue('');
      expect((await stored()).profile).toBeUndefined();
    });
  }

  it('a GDAP link pasted as the reseller link is explained: it goes into that customer’s invitation in the popup', async () => {
    await openOptions();
    const field = textbox('Invitation link from Partner Center');
    await field.fill(GDAP_CLOUD);
    await page.getByRole('button', { name: 'Fill in from link' }).click();
    await expect
      .element(field)
      .toHaveAccessibleDescription(/GDAP relationship request link, not the reseller relationship link/);
    const where = page.getByRole('note');
    await expect.element(where).toHaveTextContent(/Where a GDAP link goes/);
    await expect.element(where).toHaveTextContent(/in the popup, paste it into the GDAP link field/);
    await expect.element(textbox('Partner tenant ID')).toHaveValue('');
    // Typing again clears the explanation.
    await field.fill('x');
    await expect.element(where).not.toBeInTheDocument();
  });

  it('a link wrapped by Safe Links is offered unwrapped, and using it fills the profile', async () => {
    await openOptions();
    const field = textbox('Invitation link from Partner Center');
    await field.fill(SAFELINKS_DIRECT);
    await userEvent.keyboard('{Enter}');
    await expect.element(field).toHaveAccessibleDescription(/rewritten by mail security/);
    const offer = page.getByRole('status').filter({ hasText: 'The invitation link inside the wrapper:' });
    await expect.element(offer).toHaveTextContent(DIRECT_DAP);
    await offer.getByRole('button', { name: 'Use this link' }).click();
    await expect.element(field).toHaveValue(DIRECT_DAP);
    await expect.element(page.getByText('Profile fields filled in from the link.')).toBeVisible();
    await expect.element(textbox('Partner tenant ID')).toHaveValue(TENANT);
  });

  it('editing a field the pasted link carries drops the link, so a stale link is never stored', async () => {
    await openOptions();
    await textbox('Invitation link from Partner Center').fill(DIRECT_NO_DAP);
    await page.getByRole('button', { name: 'Fill in from link' }).click();
    await textbox('Company name').fill('Contoso');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Country or region' }), 'IT');
    // A direct partner's MPN ID is not in the link: typing it keeps the link.
    await textbox('Partner ID / MPN ID').fill('1234567');
    await page.getByRole('button', { name: 'Save' }).click();
    await saved('Partner profile saved.');
    expect((await stored()).profile).toMatchObject({ pastedLink: DIRECT_NO_DAP, mpnId: '1234567' });

    await textbox('Partner tenant ID').fill(PROVIDER);
    await page.getByRole('button', { name: 'Save' }).click();
    await saved('Partner profile saved.');
    await expect
      .poll(async () => (await stored()).profile)
      .toMatchObject({ partnerTenantId: PROVIDER, pastedLink: '' });
  });
});

describe('defaults', () => {
  it('in the US Government cloud delegated admin is forced on, with the reason; the cadence is checked', async () => {
    await openOptions();
    await textbox('Company name').fill('Contoso Federal');
    await textbox('Partner tenant ID').fill(TENANT);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Country or region' }), 'US');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Cloud' }), 'usgov');
    await page.getByRole('button', { name: 'Save' }).click();
    await saved('Partner profile saved.');

    await page.getByRole('link', { name: 'Defaults' }).click();
    const dap = page.getByRole('checkbox', { name: /Include delegated administration privileges/ });
    await expect.element(dap).toBeChecked();
    await expect.element(dap).toBeDisabled();
    await expect.element(dap).toHaveAccessibleDescription(/Always on in Microsoft Cloud for US Government/);

    const first = page.getByRole('spinbutton', { name: 'Days before the first follow-up' });
    await first.fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.element(first).toHaveAccessibleDescription(/whole number of days from 1 to 90/);
    expect((await stored()).defaults).toEqual({ dap: true });
    await first.fill('5');
    await page.getByRole('spinbutton', { name: 'Days between follow-ups' }).fill('10');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Email language' }), 'it');
    await page.getByRole('button', { name: 'Save' }).click();
    await saved('Defaults saved.');
    expect((await stored()).defaults).toEqual({
      dap: true,
      language: 'it',
      firstFollowUpDays: 5,
      followUpEveryDays: 10,
    });
  });
});

describe('an edit made while Save is in flight', () => {
  /** Holds storage.sync writes until the returned function is called: a slow sync write. */
  function holdWrites(): () => void {
    const sync = fakeBrowser.storage.sync;
    const set = sync.set.bind(sync);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    sync.set = async (values) => {
      await gate;
      return set(values);
    };
    onTestFinished(() => {
      sync.set = set;
    });
    return release;
  }

  it('defaults: the next Save writes it', async () => {
    await openOptions('defaults');
    const language = page.getByRole('combobox', { name: 'Email language' });
    const release = holdWrites();
    await userEvent.selectOptions(language, 'it');
    await page.getByRole('button', { name: 'Save' }).click();
    // While that save waits on storage, the partner goes back to "browser language".
    await userEvent.selectOptions(language, '');
    release();
    await saved('Defaults saved.');
    await expect.element(language).toHaveValue('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await loadSettings()).defaults.language).toBeNull();
  });

  it('templates: a language typed in meanwhile is still saved with the next Save from another tab', async () => {
    await openOptions('templates');
    const subject = textbox('Subject');
    const release = holdWrites();
    await subject.fill('First');
    await page.getByRole('button', { name: 'Save' }).click();
    await subject.fill('Second');
    release();
    await saved('Template saved.');
    // On another language's tab, Save still writes the English edit made during the first save.
    await page.getByRole('tab', { name: 'Italiano' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await loadSettings()).templates.en?.subject).toBe('Second');
  });
});

describe('Italian UI', () => {
  it('a refused invitation link is explained in Italian, whatever the refusal', async () => {
    fakeBrowser.i18n.uiLanguage = 'it';
    await openOptions();
    const link = textbox("Collegamento dell'invito da Partner Center");
    const cases: [string, RegExp][] = [
      [DIRECT_NO_DAP.replace('admin.microsoft.com', 'admin.microsoft.com:8443'), /numero di porta/],
      [DIRECT_NO_DAP.replace(TENANT, '1234567'), /non è un GUID di tenant/],
      ['admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship', /Al collegamento manca l'inizio/],
    ];
    for (const [value, italian] of cases) {
      await link.fill(value);
      await page.getByRole('button', { name: 'Compila dal collegamento' }).click();
      await expect.element(link).toHaveAccessibleDescription(italian);
    }
  });
});
