// "Insert invitation" into plain fields: textarea and input get plain text through
// execCommand('insertText'), one native undo step, and the guard watches the value.
import { test, expect } from './harness';
import type { BrowserContext, Worker } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import {
  ALTERED_LINK,
  LINK,
  clickInsert,
  clickNotice,
  linkStatesOf,
  makeDraft,
  noticeText,
  prepare,
  readNotice,
  watchNotice,
} from './insert-helpers';
import { OTHER_TENANT, PARTNER_TENANT } from '../fixtures/links';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

/** The plain webmail fixture, with a draft ready for "Insert invitation". */
async function openFixture(context: BrowserContext, serviceWorker: Worker) {
  const draft = makeDraft();
  await prepare(serviceWorker, draft);
  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  return { draft, page };
}

test('textarea: inserted at the caret as plain text, one Ctrl+Z removes it, the guard restores an edited link', async ({
  context,
  serviceWorker,
  openPage,
}) => {
  const { draft, page } = await openFixture(context, serviceWorker);
  const body = page.locator('#body');
  const original = await body.inputValue();
  const caret = original.indexOf('\n\nBest regards');
  await body.focus();
  await body.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), caret);

  await clickInsert(serviceWorker, page);
  // Mid-line caret: the invitation starts on a paragraph of its own.
  const inserted = original.slice(0, caret) + '\n\n' + draft.text.replace(/\n+$/, '') + original.slice(caret);
  await expect(body).toHaveValue(inserted);
  expect(await body.inputValue()).toContain(LINK);

  // One undo step removes exactly the insertion.
  await page.keyboard.press('Control+Z');
  await expect(body).toHaveValue(original);
  await page.keyboard.press('Control+Shift+Z');
  await expect(body).toHaveValue(inserted);
  expect(await body.inputValue()).toContain(LINK);

  // The partner edits the link by hand: the notice appears and "Restore link" repairs it.
  const at = (await body.inputValue()).indexOf(PARTNER_TAIL);
  await body.evaluate((el: HTMLTextAreaElement, [s, e]) => el.setSelectionRange(s, e), [
    at,
    at + PARTNER_TAIL.length,
  ] as const);
  await page.keyboard.type(ALTERED_TAIL);
  await expect(body).not.toHaveValue(new RegExp(escapeRe(LINK)));
  await expect.poll(async () => (await readNotice(page))?.role).toBe('alert');
  // The worker hears about it too (content/link-state, kept per editor for the popup).
  const linkStates = () =>
    serviceWorker.evaluate(async () =>
      Object.values((await chrome.storage.session.get('insert.linkStates'))['insert.linkStates'] ?? {}),
    );
  await expect.poll(linkStates).toEqual(['altered']);
  // The popup warns about it and takes the partner back to this email.
  const popup = await openPage('popup');
  const warning = popup.getByRole('alert').filter({ hasText: 'An invitation link was changed' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Go to the email' }).click();
  const activeUrl = () =>
    serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url);
  await expect.poll(activeUrl).toBe(server.url('textarea.html'));

  // More typing while the link stays altered does not re-render the alert (a screen reader
  // would announce it again at every pause).
  await watchNotice(page);
  await body.press('End');
  await page.keyboard.type(' ok', { delay: 250 }); // pauses longer than the guard's 200 ms debounce
  // Nothing to wait for in an absence: give the last debounced check time to run.
  await page.waitForTimeout(600);
  expect(
    await page.evaluate(() => (window as unknown as { noticeRenders: { count: number } }).noticeRenders.count),
  ).toBe(0);
  expect(await noticeText(page)).toContain('changed');
  await clickNotice(page, 'Restore link');
  await expect.poll(() => noticeText(page)).toBe('');
  await expect.poll(linkStates).toEqual(['intact']);
  expect(await body.inputValue()).toContain(LINK);
  expect(await body.inputValue()).not.toContain(ALTERED_LINK);
  // Repaired: the popup's warning goes away by itself.
  await expect(warning).toBeHidden();
  // Leaving the page (here a reload) ends its compose window, and the state goes with it.
  await page.reload();
  await expect.poll(linkStates).toEqual([]);
});

test('input: a single-line field gets the text on one line with the link intact', async ({
  context,
  serviceWorker,
}) => {
  const { page } = await openFixture(context, serviceWorker);
  const input = page.locator('#subject');
  await input.focus();
  await input.press('End');
  await clickInsert(serviceWorker, page);
  await expect(input).toHaveValue(/^Subject: Dear Contoso Ltd,/);
  expect(await input.inputValue()).toContain(LINK);
  expect(await input.inputValue()).not.toContain('\n');
  await page.keyboard.press('Control+Z');
  await expect(input).toHaveValue('Subject: ');
});

test('plain-text reply: an invitation in the "> " quoted thread is the earlier message\'s, not the partner\'s', async ({
  context,
  serviceWorker,
}) => {
  const { page } = await openFixture(context, serviceWorker);
  const body = page.locator('#body');
  // A reminder written as a reply: the mail app quoted the earlier message, which carried an
  // invitation from another partner, its link re-wrapped with "> ".
  const quote = `On Monday, Anna Rossi wrote:\n> Please accept:\n> ${ALTERED_LINK.slice(0, 70)}\n> ${ALTERED_LINK.slice(70)}\n`;
  await body.fill(`Hello Contoso,\n\nBest regards\n\n${quote}`);
  const caret = (await body.inputValue()).indexOf('\n\nBest regards');
  await body.focus();
  await body.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), caret);
  await clickInsert(serviceWorker, page);
  await expect(body).toHaveValue(new RegExp(escapeRe(LINK)));
  // Neither a conflict nor a broken link: the guard reads the partner's own text only.
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['intact']);
  expect(await readNotice(page)).toBeNull();

  // The partner deletes the invitation's link: "missing", and the restore puts it back above the
  // quote, which stays exactly as the mail app wrote it.
  const value = await body.inputValue();
  const at = value.indexOf(LINK);
  await body.evaluate((el: HTMLTextAreaElement, [s, e]) => el.setSelectionRange(s, e), [at, at + LINK.length] as const);
  await page.keyboard.press('Delete');
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['missing']);
  await clickNotice(page, 'Restore link');
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['intact']);
  const fixed = await body.inputValue();
  expect(fixed.indexOf(LINK)).toBeLessThan(fixed.indexOf('On Monday'));
  expect(fixed.endsWith(quote)).toBe(true);
});

// The last characters of the partner tenant id in LINK, and what the "typo" turns them into.
const PARTNER_TAIL = `${PARTNER_TENANT.slice(-12)}&msppId`;
const ALTERED_TAIL = `${OTHER_TENANT.slice(-12)}&msppId`;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
