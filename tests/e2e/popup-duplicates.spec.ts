// The same customer already pending (same email, or same domain): the popup says so before
// anything is recorded, records a follow-up on the existing invitation by default, and lets
// the partner keep it a new invitation instead. Shared mail domains (gmail.com) are not a
// company: only the exact address counts there.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { readRows, setProfile } from './popup-helpers';
import { sendFrom } from './tracker-helpers';
import { newInvitation } from '../support/invitations';

async function pending(page: Page, name: string, over: Record<string, unknown> = {}): Promise<string> {
  const reply = await sendFrom(page, { type: 'invitation/record', invitation: newInvitation(name, over) });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value.id as string;
}

test('same email: warned before recording, and Done records a follow-up on the pending invitation', async ({
  openPage,
}) => {
  const popup = await openPage('popup');
  await setProfile(popup);
  const id = await pending(popup, 'Contoso Ltd', { customerEmail: 'admin@contoso.com', customerDomain: 'contoso.com' });
  await popup.getByLabel('Customer name').fill('Contoso');
  await popup.getByLabel('Customer email').fill('Admin@Contoso.com');
  const warning = popup.locator('#pp-duplicate');
  await expect(warning).toContainText('Already pending');
  await expect(warning).toContainText('Contoso Ltd already has a pending invitation to this address, sent today.');
  await expect(warning).toContainText('This email will be recorded as a follow-up to it.');
  const done = popup.getByRole('button', { name: 'Done (record follow-up)' });
  await expect(done).toBeVisible();
  await done.click();
  await expect(popup.locator('#pp-flash')).toContainText('Follow-up to Contoso Ltd recorded.');
  const rows = await readRows(popup);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ id, followUps: 1 });
  expect(rows[0]!.history.map((h) => h.event)).toEqual(['created', 'followed-up']);
});

test('same domain: the partner keeps it a new invitation; copying records it beside the pending one', async ({
  openPage,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await openPage('popup');
  await setProfile(popup);
  await pending(popup, 'Northwind Traders', {
    customerEmail: 'it@northwind.example',
    customerDomain: 'northwind.example',
  });
  await popup.getByLabel('Customer name').fill('Northwind Traders (Milan office)');
  await popup.getByLabel('Customer email').fill('milano@northwind.example');
  const warning = popup.locator('#pp-duplicate');
  await expect(warning).toContainText(
    'Northwind Traders (it@northwind.example, same domain) already has a pending invitation, sent today.',
  );
  await warning.getByRole('button', { name: 'Record as a new invitation instead' }).click();
  await expect(warning).toContainText('This email will be recorded as a new invitation beside it.');
  await expect(popup.getByRole('button', { name: 'Done', exact: true })).toBeVisible();
  await popup.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(popup.locator('#pp-tracking')).toContainText('Northwind Traders (Milan office) is now pending');
  const rows = await readRows(popup);
  expect(rows.map((r) => r.customerEmail).sort()).toEqual(['it@northwind.example', 'milano@northwind.example']);
  expect(rows.every((r) => r.followUps === 0)).toBe(true);
});

test('a shared mail domain is not a company: only the same address warns', async ({ openPage }) => {
  const popup = await openPage('popup');
  await setProfile(popup);
  await pending(popup, 'Mario Rossi', { customerEmail: 'mario.rossi@gmail.com', customerDomain: '' });
  await popup.getByLabel('Customer name').fill('Luigi Bianchi');
  await popup.getByLabel('Customer email').fill('luigi.bianchi@gmail.com');
  // Done waits for the check: a new invitation, not a follow-up to Mario's.
  await popup.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(popup.locator('#pp-flash')).toContainText('Luigi Bianchi is now pending');
  await expect(popup.locator('#pp-duplicate')).toHaveCount(0);
  expect((await readRows(popup)).map((r) => [r.customerName, r.followUps]).sort()).toEqual([
    ['Luigi Bianchi', 0],
    ['Mario Rossi', 0],
  ]);
  await popup.getByLabel('Customer name').fill('Mario');
  await popup.getByLabel('Customer email').fill('mario.rossi@gmail.com');
  await expect(popup.locator('#pp-duplicate')).toContainText('Mario Rossi already has a pending invitation');
});
