import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { editEmail, LINK_NO_DAP, readRows, setProfile } from './popup-helpers';
import { backdate } from './tracker-helpers';
import { recordInvitations } from './record-helpers';
import { newInvitation } from '../support/invitations';

const DAY = 86_400_000;

/** Record invitations through the worker, as the popup's Done does. */
function record(page: Page, names: string[]): Promise<string[]> {
  return recordInvitations(
    page,
    names.map((name) =>
      newInvitation(name, {
        link: LINK_NO_DAP,
        subject: `Invitation for ${name}`,
        body: `Dear ${name},\n\n${LINK_NO_DAP}\n\nBye`,
      }),
    ),
  );
}

test('pending tab: due first with a count, mark accepted, snooze, resend records a follow-up', async ({ openPage }) => {
  const setup = await openPage('popup');
  await setProfile(setup);
  const [a, b, c] = await record(setup, ['Alpine Ski House', 'Blue Yonder', 'Coho Winery']);
  // Coho is snoozed well past the others before the popup looks.
  await setup.evaluate(
    (id) =>
      chrome.runtime.sendMessage({
        type: 'invitation/act',
        ids: [id],
        action: 'snooze',
        until: Date.now() + 20 * 86_400_000,
      }),
    c!,
  );
  // Default cadence: first follow-up 3 days after sending. Sent four days ago, two are due.
  await backdate(setup, [a!, b!, c!], 4 * DAY);
  // The worker's alarm would recount within 30 minutes; the test asks for it now.
  expect(await setup.evaluate(() => chrome.runtime.sendMessage({ type: 'badge/refresh' }))).toEqual({
    ok: true,
    value: { due: 2 },
  });
  await setup.close();
  const popup = await openPage('popup');
  const tab = popup.getByRole('tab', { name: 'Pending (2 due)' });
  await expect(tab).toBeVisible();
  // Keyboard: arrow keys move between the tabs.
  await popup.getByRole('tab', { name: 'New invitation' }).focus();
  await popup.keyboard.press('ArrowRight');
  await expect(tab).toBeFocused();
  await expect(tab).toHaveAttribute('aria-selected', 'true');

  const items = popup.getByRole('list', { name: 'Pending' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Follow-up due');
  await expect(items.nth(1)).toContainText('Follow-up due');
  await expect(items.nth(2)).toContainText('Coho Winery');
  await expect(items.nth(2)).not.toContainText('Follow-up due');
  await expect(items.nth(0)).toContainText(/sent 4 days ago/);

  await popup.getByRole('button', { name: 'Mark accepted: Alpine Ski House' }).click();
  // The row is gone; keyboard focus is on the list, not dropped to <body>.
  await expect(popup.getByRole('list', { name: 'Pending' })).toBeFocused();
  await expect(popup.getByRole('tab', { name: 'Pending (1 due)' })).toBeVisible();
  await expect(items).toHaveCount(2);
  await popup.getByRole('button', { name: 'Snooze 1 week: Blue Yonder' }).click();
  await expect(popup.getByRole('tab', { name: 'Pending', exact: true })).toBeVisible();
  let rows = await readRows(popup);
  expect(rows.find((r) => r.id === a)?.status).toBe('accepted');
  const blue = rows.find((r) => r.id === b)!;
  expect(blue.status).toBe('pending');
  // Snoozed from now for a week.
  expect(Math.abs(blue.dueAt! - Date.now() - 7 * DAY)).toBeLessThan(DAY / 24);

  // Resend re-opens the last email in compose; Done records a follow-up, not a new invitation.
  await popup.getByRole('button', { name: 'Resend: Coho Winery' }).click();
  await expect(popup.getByRole('tab', { name: 'New invitation' })).toHaveAttribute('aria-selected', 'true');
  await expect(popup.getByLabel('Customer name')).toHaveValue('Coho Winery');
  await expect(popup.getByLabel('Customer email')).toHaveValue('admin@cohowinery.example');
  await expect(await editEmail(popup)).toHaveValue(`Dear Coho Winery,\n\n${LINK_NO_DAP}\n\nBye`);
  await popup.getByRole('button', { name: 'Done (record follow-up)' }).click();
  await expect(popup.locator('#pp-flash')).toContainText('Follow-up to Coho Winery recorded');
  rows = await readRows(popup);
  expect(rows).toHaveLength(3);
  const coho = rows.find((r) => r.id === c)!;
  expect(coho.followUps).toBe(1);
  expect(coho.history.map((h) => h.event)).toContain('followed-up');
});

test('pending tab pages 50 at a time', async ({ openPage }) => {
  const setup = await openPage('popup');
  await setProfile(setup);
  await record(
    setup,
    Array.from({ length: 57 }, (_, i) => `Customer ${String(i).padStart(2, '0')}`),
  );
  const popup = await openPage('popup');
  await popup.getByRole('tab', { name: /Pending/ }).click();
  const items = popup.getByRole('list', { name: 'Pending' }).getByRole('listitem');
  await expect(items).toHaveCount(50);
  await popup.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(items).toHaveCount(57);
  await expect(popup.getByRole('button', { name: 'Show 50 more' })).toHaveCount(0);
  const names = await items.locator('.pp-item__name').allTextContents();
  expect(new Set(names).size).toBe(57);
});

test('pending search: legal forms, accents, email and domain; a search with no match says so', async ({ openPage }) => {
  const setup = await openPage('popup');
  await setProfile(setup);
  await record(setup, ['Contoso S.p.A.', 'Rossi S.r.l.', 'Società Esempio SpA', 'Fabrikam GmbH']);
  // One accepted: search lists pending invitations only.
  const [accepted] = await record(setup, ['Contoso Archive S.p.A.']);
  await setup.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'invitation/act', ids: [id], action: 'accept' }),
    accepted,
  );
  const popup = await openPage('popup');
  await popup.getByRole('tab', { name: /Pending/ }).click();
  const items = popup.getByRole('list', { name: 'Pending' }).getByRole('listitem');
  await expect(items).toHaveCount(4);
  const search = popup.getByRole('searchbox', { name: 'Search pending invitations' });
  const names = async () => (await items.locator('.pp-item__name').allTextContents()).sort();
  for (const [query, expected] of [
    ['spa', ['Contoso S.p.A.', 'Società Esempio SpA']],
    ['Contoso S.p.A.', ['Contoso S.p.A.']],
    ['SOCIETA', ['Società Esempio SpA']],
    ['srl', ['Rossi S.r.l.']],
    ['admin@fabrikamgmbh', ['Fabrikam GmbH']],
    ['rossisrl.example', ['Rossi S.r.l.']],
  ] as const) {
    await search.fill(query);
    await expect.poll(names, { message: query }).toEqual([...expected]);
  }
  await search.fill('nobody at all');
  await expect(popup.getByText('No pending invitation matches “nobody at all”.')).toBeVisible();
  await expect(items).toHaveCount(0);
  await search.fill('');
  await expect(items).toHaveCount(4);
});
