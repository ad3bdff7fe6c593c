// Options page, tracker: an invitation sent with a GDAP request shows its two parts, each with
// its own status, "mark done" and history; the GDAP request's expiry (90 days after creation);
// and, once the reseller relationship is accepted, the next steps with Microsoft's docs in the
// UI language. In English and Italian.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { sendFrom } from './tracker-helpers';
import { recordInvitation } from './record-helpers';
import { newInvitation } from '../support/invitations';
import { DIRECT_NO_DAP, GDAP_ADMIN } from '../fixtures/links';

const recordWithGdap = (page: Page, name: string): Promise<string> =>
  recordInvitation(
    page,
    newInvitation(name, { gdapLink: GDAP_ADMIN, body: `Accept: ${DIRECT_NO_DAP}\n\nApprove: ${GDAP_ADMIN}` }),
  );

const row = (page: Page, name: string) =>
  page.getByRole('table', { name: /Invitations|Inviti/ }).locator('tbody tr[data-id]', { hasText: name });

test('both parts tracked apart: GDAP approved first, then the reseller relationship, with next steps', async ({
  openPage,
}) => {
  const page = await openPage('options', '#tracker');
  await recordWithGdap(page, 'Contoso');
  await page.reload();
  const contoso = row(page, 'Contoso');
  await expect(contoso).toContainText('Reseller relationship: Pending');
  // The GDAP request expires 90 days after it was created: the date and the time left are shown.
  const expires = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(Date.now() + 90 * 86_400_000);
  await expect(contoso).toContainText(`GDAP relationship request: Pending · Expires ${expires} (in 90 days)`);

  await page.getByRole('button', { name: 'History of Contoso' }).click();
  const gdap = page.locator('section[data-part="gdap"]');
  await expect(gdap.getByRole('heading', { name: 'GDAP relationship request' })).toBeVisible();
  await gdap.getByRole('button', { name: 'GDAP relationship request of Contoso: mark done' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'GDAP relationship request of Contoso marked done.' }),
  ).toBeVisible();
  await expect(contoso).toContainText('GDAP relationship request: Approved');
  // The invitation as a whole still waits on the reseller part.
  await expect(contoso.locator('.pi-badge').first()).toHaveText(/Pending/);

  // Each part has its own history (the details stay open after an action).
  const gdapHistory = page.getByRole('list', { name: 'GDAP relationship request of Contoso: history' });
  await expect(gdapHistory.getByRole('listitem')).toHaveCount(2);
  await expect(gdapHistory.getByRole('listitem').nth(1)).toContainText('Approved');
  const resellerHistory = page.getByRole('list', { name: 'Reseller relationship of Contoso: history' });
  await expect(resellerHistory.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Next steps in Partner Center' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Reseller relationship of Contoso: mark done' }).click();
  await expect(contoso.locator('.pi-badge').first()).toHaveText(/Accepted/);
  const next = page.getByRole('group', { name: 'Next steps in Partner Center' });
  await expect(next).toContainText('The customer now appears on your Customers page.');
  await expect(next.getByRole('link', { name: 'Open Customers in Partner Center' })).toHaveAttribute(
    'href',
    'https://partner.microsoft.com/dashboard/v2/customers/list',
  );
  await expect(next.getByRole('link', { name: 'how to assign support contacts' })).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/partner-center/assign-support-contacts',
  );
  await expect(next.getByRole('link', { name: 'how to remove a reseller relationship' })).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/partner-center/remove-a-relationship',
  );
  // A part marked done by mistake can be reopened on its own.
  await page.getByRole('button', { name: 'GDAP relationship request of Contoso: reopen' }).click();
  await expect(contoso).toContainText('GDAP relationship request: Pending');
});

test.describe('Italian UI', () => {
  test.use({ lang: 'it' });

  test('le due parti, la scadenza GDAP e i prossimi passi in italiano', async ({ openPage }) => {
    const page = await openPage('options', '#tracker');
    await recordWithGdap(page, 'Fabrikam');
    await page.reload();
    const fabrikam = row(page, 'Fabrikam');
    const expires = new Intl.DateTimeFormat('it', { dateStyle: 'medium' }).format(Date.now() + 90 * 86_400_000);
    await expect(fabrikam).toContainText(
      `Richiesta di relazione GDAP: In attesa · Scade il ${expires} (tra 90 giorni)`,
    );
    await page.getByRole('button', { name: 'Cronologia di Fabrikam' }).click();
    await page.getByRole('button', { name: 'Relazione come rivenditore di Fabrikam: segna come completata' }).click();
    const next = page.getByRole('group', { name: 'Prossimi passi in Partner Center' });
    await expect(next).toContainText('Il cliente ora compare nella tua pagina Clienti.');
    await expect(next.getByRole('link', { name: 'come assegnare i contatti di supporto' })).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/it-it/partner-center/assign-support-contacts',
    );
    await expect(next.getByRole('link', { name: 'come rimuovere una relazione come rivenditore' })).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/it-it/partner-center/remove-a-relationship',
    );
    // The GDAP request still waits: the invitation is still pending.
    await expect(fabrikam.locator('.pi-badge').first()).toHaveText(/In attesa/);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an invitation's parts, expiry and next steps pass axe (${scheme})`, async ({ openPage }) => {
    const page = await openPage('options', '#tracker');
    await page.emulateMedia({ colorScheme: scheme });
    const id = await recordWithGdap(page, 'Northwind');
    await sendFrom(page, { type: 'invitation/act', ids: [id], action: 'accept', part: 'reseller' });
    await page.reload();
    await page.getByRole('button', { name: 'History of Northwind' }).click();
    await expect(page.getByRole('group', { name: 'Next steps in Partner Center' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the template preview shows the GDAP paragraph with a GDAP link and leaves it out without one', async ({
  openPage,
}) => {
  const page = await openPage('options', '#templates');
  const preview = page.getByTestId('template-preview');
  await expect(preview.getByRole('link')).toHaveCount(2);
  await expect(preview).toContainText('a Global Administrator approves our GDAP request below');
  await page.getByRole('checkbox', { name: /Preview with a GDAP request link/ }).uncheck();
  await expect(preview.getByRole('link')).toHaveCount(1);
  await expect(preview).not.toContainText('GDAP');
  await expect(preview).toContainText('The invitation grants no admin rights.');
  // The GDAP link in the subject is refused like {{link}}.
  await page.getByRole('textbox', { name: 'Subject' }).fill('Approve {{gdapLink}}');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveAccessibleDescription(
    'Put {{gdapLink}} in the body, not in the subject: links in subjects cannot be clicked.',
  );
});
