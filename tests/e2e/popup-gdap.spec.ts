// The popup with a GDAP request (docs/domain.md#dap-and-gdap): an optional GDAP link field checked
// as it is typed, both links in the email each judged and restored on its own (a broken GDAP link
// blocks sending like a broken reseller link), Done records both parts, and Pending shows both
// with the GDAP request's time left. In English and Italian.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { recordInvitation } from './record-helpers';
import { newInvitation } from '../support/invitations';
import { editEmail, LINK_NO_DAP, readRows, setProfile } from './popup-helpers';
import { GDAP_ADMIN, GDAP_ID } from '../fixtures/links';

const DAY = 86_400_000;
const SAFELINKS_GDAP = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(GDAP_ADMIN)}&data=05%7C02%7C&reserved=0`;
const BROKEN_GDAP = GDAP_ADMIN.replace(GDAP_ID, `${GDAP_ID.slice(0, -1)}0`);
const BROKEN_RESELLER = LINK_NO_DAP.replace('&msppId=0', '&msppId=1');

type Words = {
  name: string;
  email: string;
  gdapField: string;
  resellerWarning: RegExp;
  wrappedLead: string;
  use: string;
  intact: string;
  restore: string;
  restoreGdap: string;
  done: string;
  copy: string;
  blocked: RegExp;
  recorded: string;
  pendingTab: RegExp;
  resellerWaiting: string;
  gdapExpires: string;
  gdapDone: RegExp;
  gdapApproved: string;
  accept: RegExp;
  gdapParagraph: string;
};

const EN: Words = {
  name: 'Customer name',
  email: 'Customer email',
  gdapField: 'GDAP relationship request link',
  resellerWarning: /This is the reseller relationship link, which the email already carries/,
  wrappedLead: 'The invitation link inside the wrapper:',
  use: 'Use this link',
  intact: 'Link intact',
  restore: 'Restore link',
  restoreGdap: 'Restore GDAP link',
  done: 'Done',
  copy: 'Copy to clipboard',
  blocked: /the invitation link in the email is not intact/i,
  recorded: 'Contoso Ltd is now pending',
  pendingTab: /^Pending/,
  resellerWaiting: 'Reseller relationship not accepted yet',
  gdapExpires: 'GDAP request expires in 90 days',
  gdapDone: /^Mark GDAP approved: Contoso Ltd$/,
  gdapApproved: 'GDAP request approved',
  accept: /^Mark accepted: Contoso Ltd$/,
  gdapParagraph: 'a Global Administrator approves our GDAP request below',
};

const IT: Words = {
  name: 'Nome del cliente',
  email: 'Email del cliente',
  gdapField: 'Collegamento della richiesta di relazione GDAP',
  resellerWarning: /Questo è il collegamento della relazione come rivenditore, che l'email contiene già/,
  wrappedLead: "Il collegamento dell'invito contenuto all'interno:",
  use: 'Usa questo collegamento',
  intact: 'Collegamento integro',
  restore: 'Ripristina collegamento',
  restoreGdap: 'Ripristina collegamento GDAP',
  done: 'Fatto',
  copy: 'Copia negli Appunti',
  blocked: /non è integro/i,
  recorded: 'Contoso Ltd',
  pendingTab: /^In attesa/,
  resellerWaiting: 'Relazione come rivenditore non ancora accettata',
  gdapExpires: 'La richiesta GDAP scade tra 90 giorni',
  gdapDone: /^Segna GDAP come approvata: Contoso Ltd$/,
  gdapApproved: 'Richiesta GDAP approvata',
  accept: /^Segna come accettato: Contoso Ltd$/,
  gdapParagraph: 'un amministratore globale approva la richiesta GDAP qui sotto',
};

async function composeBreakRestoreDone(popup: Page, w: Words): Promise<void> {
  await setProfile(popup);
  await popup.getByLabel(w.name).fill('Contoso Ltd');
  await popup.getByLabel(w.email).fill('admin@contoso.com');
  const body = await editEmail(popup);
  await expect(body).toHaveValue(/Contoso Ltd/);
  await expect(body).not.toHaveValue(/GDAP/);

  // The GDAP field is checked as it is typed: the reseller link is refused with the reason…
  const field = popup.getByRole('textbox', { name: new RegExp(w.gdapField) });
  await field.fill(LINK_NO_DAP);
  await expect(field).toHaveAccessibleDescription(w.resellerWarning);
  // …a Safe Links copy is offered unwrapped, as the guard reads it.
  await field.fill(SAFELINKS_GDAP);
  const offer = popup.locator('#pp-gdap-unwrapped');
  await expect(offer).toContainText(w.wrappedLead);
  await expect(offer).toContainText(GDAP_ADMIN);
  await offer.getByRole('button', { name: w.use }).click();
  await expect(field).toHaveValue(GDAP_ADMIN);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');

  // The email now carries both links, each with its own sentence.
  await expect.poll(() => body.inputValue()).toContain(GDAP_ADMIN);
  expect(await body.inputValue()).toContain(w.gdapParagraph);
  expect(await body.inputValue()).toContain(LINK_NO_DAP);
  const reseller = popup.locator('#pp-link-status');
  const gdap = popup.locator('#pp-gdap-status');
  await expect(reseller).toContainText(w.intact);
  await expect(gdap).toContainText(w.intact);

  // Break the GDAP link: it alone is flagged, and sending is blocked.
  const done = popup.getByRole('button', { name: w.done, exact: true });
  await body.fill((await body.inputValue()).replace(GDAP_ADMIN, BROKEN_GDAP));
  await expect(gdap).not.toContainText(w.intact);
  await expect(reseller).toContainText(w.intact);
  await expect(done).toBeDisabled();
  await expect(done).toHaveAccessibleDescription(w.blocked);
  await gdap.getByRole('button', { name: w.restoreGdap }).click();
  await expect(gdap).toContainText(w.intact);
  expect(await body.inputValue()).toContain(GDAP_ADMIN);
  expect(await body.inputValue()).not.toContain(BROKEN_GDAP);

  // Break the reseller link: it alone is flagged; Restore puts it back and leaves the GDAP link.
  await body.fill((await body.inputValue()).replace(LINK_NO_DAP, BROKEN_RESELLER));
  await expect(reseller).not.toContainText(w.intact);
  await expect(gdap).toContainText(w.intact);
  await expect(done).toBeDisabled();
  await reseller.getByRole('button', { name: w.restore, exact: true }).click();
  await expect(reseller).toContainText(w.intact);
  await expect(gdap).toContainText(w.intact);
  const sent = await body.inputValue();
  expect(sent).toContain(LINK_NO_DAP);
  expect(sent).toContain(GDAP_ADMIN);

  // Copy puts both links on the clipboard, each as its own anchor in the HTML.
  await popup.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await popup.getByRole('button', { name: w.copy }).click();
  const readClipboard = () =>
    popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item && item.types.includes(type) ? (await item.getType(type)).text() : '');
      return { text: await read('text/plain'), html: await read('text/html') };
    });
  // The copy is asynchronous: wait for it to land rather than read once.
  await expect.poll(async () => (await readClipboard()).text).toBe(sent);
  const clip = await readClipboard();
  const hrefs = [...clip.html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]?.replace(/&amp;/g, '&'));
  expect(hrefs).toEqual([LINK_NO_DAP, GDAP_ADMIN]);

  // mailto carries both links.
  const mail = popup.locator('a[href^="mailto:"]');
  const href = (await mail.getAttribute('href')) ?? '';
  expect(new URL(href).searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(sent);

  await done.click();
  await expect(popup.locator('#pp-flash')).toContainText(w.recorded);
  await expect(field).toHaveValue('');
  const [row] = (await readRows(popup)) as unknown as Record<string, unknown>[];
  expect(row).toMatchObject({
    customerName: 'Contoso Ltd',
    status: 'pending',
    mainStatus: 'pending',
    link: LINK_NO_DAP,
    body: sent,
    gdap: { link: GDAP_ADMIN, status: 'pending', history: [{ event: 'created' }] },
  });
  const gdapPart = row?.gdap as { expiresAt: number };
  expect(Math.abs(gdapPart.expiresAt - (Date.now() + 90 * DAY))).toBeLessThan(60_000);
}

async function pendingShowsBothParts(popup: Page, w: Words): Promise<void> {
  await popup.getByRole('tab', { name: w.pendingTab }).click();
  const item = popup.locator('.pp-item', { hasText: 'Contoso Ltd' });
  await expect(item.locator('[data-part="reseller"]')).toHaveText(w.resellerWaiting);
  // The GDAP request's time left: 90 days after it was created.
  await expect(item.locator('[data-part="gdap"]')).toHaveText(w.gdapExpires);
  await item.getByRole('button', { name: w.gdapDone }).click();
  await expect(item.locator('[data-part="gdap"]')).toHaveText(w.gdapApproved);
  // Still pending: the reseller relationship waits. Marking it too closes the invitation.
  await expect(item.locator('[data-part="reseller"]')).toHaveText(w.resellerWaiting);
  await item.getByRole('button', { name: w.accept }).click();
  await expect(popup.locator('.pp-item', { hasText: 'Contoso Ltd' })).toHaveCount(0);
  const [row] = (await readRows(popup)) as unknown as Record<string, unknown>[];
  expect(row).toMatchObject({ status: 'accepted', mainStatus: 'accepted', gdap: { status: 'accepted' } });
}

test('compose with a GDAP link, break and restore each link, Done; Pending shows both parts and the GDAP expiry', async ({
  openPage,
}) => {
  const popup = await openPage('popup');
  await composeBreakRestoreDone(popup, EN);
  await pendingShowsBothParts(popup, EN);
});

test.describe('Italian UI', () => {
  test.use({ lang: 'it' });

  test('un invito con richiesta GDAP: collegamenti ripristinati uno per uno, Fatto, e le due parti in attesa', async ({
    openPage,
  }) => {
    const popup = await openPage('popup');
    await composeBreakRestoreDone(popup, IT);
    await pendingShowsBothParts(popup, IT);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the GDAP field, both link statuses and the parts in Pending have no axe violations (${scheme})`, async ({
    openPage,
  }) => {
    const popup = await openPage('popup');
    await popup.emulateMedia({ colorScheme: scheme });
    await setProfile(popup);
    await recordInvitation(
      popup,
      newInvitation('Tailspin Toys', {
        link: LINK_NO_DAP,
        gdapLink: GDAP_ADMIN,
        body: `${LINK_NO_DAP}\n${GDAP_ADMIN}`,
      }),
    );
    await popup.getByLabel('Customer name').fill('Contoso');
    const field = popup.getByRole('textbox', { name: /GDAP relationship request link/ });
    await field.fill(SAFELINKS_GDAP);
    await expect(popup.locator('#pp-gdap-unwrapped')).toBeVisible();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
    await popup.locator('#pp-gdap-unwrapped').getByRole('button', { name: 'Use this link' }).click();
    const body = await editEmail(popup);
    await expect.poll(() => body.inputValue()).toContain(GDAP_ADMIN);
    await body.fill((await body.inputValue()).replace(GDAP_ADMIN, BROKEN_GDAP));
    await expect(popup.locator('#pp-gdap-status')).toContainText('Restore GDAP link');
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
    await popup.getByRole('tab', { name: /Pending/ }).click();
    await expect(popup.getByRole('button', { name: 'Mark GDAP approved: Tailspin Toys' })).toBeVisible();
    expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  });
}
