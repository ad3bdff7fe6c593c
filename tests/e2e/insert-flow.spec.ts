// The paths around an insertion: no profile → options page; no draft → Partner Invite opens
// in a tab; the popup hands its draft over with 'draft/set'; the Alt+Shift+I command; and a
// page whose content script outlived an extension update.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import {
  LINK,
  clickInsert,
  clickNotice,
  makeDraft,
  noticeText,
  prepare,
  pressInsertCommand,
  readNotice,
} from './insert-helpers';
import { backdate, badgeText } from './tracker-helpers';
import { recordInvitation } from './record-helpers';
import { newInvitation } from '../support/invitations';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

test('with no profile the menu opens the options page and inserts nothing', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await prepare(serviceWorker, makeDraft(), null);
  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  await page.locator('#body').focus();
  const opened = context.waitForEvent('page');
  await clickInsert(serviceWorker, page);
  const options = await opened;
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(page.locator('#body')).toHaveValue('Hello Contoso,\n\nBest regards');
});

test('with no draft the menu opens Partner Invite in a tab and inserts nothing', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await prepare(serviceWorker, null);
  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  await page.locator('#body').focus();
  const opened = context.waitForEvent('page');
  await clickInsert(serviceWorker, page);
  const popup = await opened;
  await expect(popup).toHaveURL(`chrome-extension://${extensionId}/src/popup/index.html?from=insert`);
  await expect(page.locator('#body')).toHaveValue('Hello Contoso,\n\nBest regards');
});

test("the popup's 'draft/set' message is what the menu then inserts; content scripts may not set it", async ({
  context,
  serviceWorker,
  openPage,
}) => {
  await prepare(serviceWorker, null);
  const draft = makeDraft('Northwind Traders');
  const popup = await openPage('popup');
  const reply = await popup.evaluate((d) => chrome.runtime.sendMessage({ type: 'draft/set', draft: d }), draft);
  expect(reply).toEqual({ ok: true, value: {} });

  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  await page.locator('#body').focus();
  await page.locator('#body').press('Control+End');
  await clickInsert(serviceWorker, page);
  await expect(page.locator('#body')).toHaveValue(/Dear Northwind Traders,/);

  // A content script (the isolated world of a web page) is refused: draft/set is privileged.
  const fromPage = await serviceWorker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab.id! },
      func: () => chrome.runtime.sendMessage({ type: 'draft/set', draft: null }),
    });
    return result?.result as { ok: boolean } | undefined;
  }, page.url());
  expect(fromPage?.ok).toBe(false);
  expect(await serviceWorker.evaluate(() => chrome.storage.session.get('insert.draft'))).toHaveProperty(
    ['insert.draft', 'customerName'],
    'Northwind Traders',
  );

  // A null draft from the popup clears it again.
  expect(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'draft/set', draft: null }))).toEqual({
    ok: true,
    value: {},
  });
  expect(await serviceWorker.evaluate(() => chrome.storage.session.get('insert.draft'))).toEqual({});
});

test('the keyboard command inserts into the focused field, also inside a same-origin iframe editor', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  await page.locator('#body').focus();
  await page.locator('#body').press('Control+End');
  await pressInsertCommand(serviceWorker, page);
  await expect(page.locator('#body')).toHaveValue(
    new RegExp(`Best regards\\n\\nDear Contoso Ltd,[\\s\\S]*${LINK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );

  // TinyMCE's editor lives in an iframe: the top frame's script walks into it.
  const mce = await context.newPage();
  await mce.goto(server.url('tinymce.html'));
  await mce.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  await mce.frameLocator('iframe').locator('#tinymce').click();
  await pressInsertCommand(serviceWorker, mce);
  await expect(mce.frameLocator('iframe').locator(`#tinymce a[href="${LINK}"]`)).toHaveCount(1);
});

test('after an extension update the old content script asks for a reload instead of throwing', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('textarea.html'));
  const body = page.locator('#body');
  await body.focus();
  await body.press('Control+End');
  await clickInsert(serviceWorker, page);
  await expect(body).toHaveValue(/Dear Contoso Ltd,/);

  // Reload the extension: the page keeps the old, now orphaned, content script.
  await serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);

  // Break the link: the orphaned guard cannot reach the extension and says so.
  const value = await body.inputValue();
  const at = value.indexOf('#/BillingAccounts');
  await body.evaluate((el: HTMLTextAreaElement, i) => el.setSelectionRange(i, i + '#/BillingAccounts'.length), at);
  await page.keyboard.press('Delete');
  await expect.poll(() => noticeText(page)).toContain('Reload this page');
  const stale = await readNotice(page);
  expect(stale?.role).toBe('status');
  expect(stale?.buttons).toEqual(['Dismiss']);
  await clickNotice(page, 'Dismiss');
  await expect.poll(() => noticeText(page)).toBe('');
  expect(errors).toEqual([]);
});

test('a pending invitation is offered for resending and inserts with its own link', async ({
  context,
  serviceWorker,
  openPage,
}) => {
  await prepare(serviceWorker, null);
  const popup = await openPage('popup');
  const recordedId = await recordInvitation(
    popup,
    newInvitation('Adatum Corp', { customerEmail: 'it@adatum.example', link: LINK, body: `Please accept: ${LINK}` }),
  );
  const itemId = `insert-invitation/resend/${recordedId}`;

  // The menu is rebuilt once the change settles: the resend item then exists.
  await expect
    .poll(() =>
      serviceWorker.evaluate(
        (id) =>
          new Promise<boolean>((resolve) =>
            chrome.contextMenus.update(id, {}, () => resolve(!chrome.runtime.lastError)),
          ),
        itemId,
      ),
    )
    .toBe(true);

  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  await page.locator('#body').focus();
  await page.locator('#body').press('Control+End');
  // Make it due now (as if the follow-up days had passed): the badge counts it.
  const sent = await readRecord(popup, recordedId);
  await backdate(popup, [recordedId], (sent?.dueAt ?? Date.now()) - Date.now() + 60_000);
  expect(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'badge/refresh' }))).toEqual({
    ok: true,
    value: { due: 1 },
  });
  expect(await badgeText(context)).toBe('1');
  const before = await readRecord(popup, recordedId);
  expect(before).toMatchObject({ followUps: 0, status: 'pending' });
  expect(before?.dueAt ?? Infinity).toBeLessThan(Date.now());
  await clickInsert(serviceWorker, page, 0, itemId);
  await expect(page.locator('#body')).toHaveValue(/Dear Adatum Corp,/);
  expect(await page.locator('#body').inputValue()).toContain(LINK);

  // The resend is recorded as a follow-up: counted, a 'followed-up' event, the due date moved on.
  await expect.poll(async () => (await readRecord(popup, recordedId))?.followUps).toBe(1);
  const after = await readRecord(popup, recordedId);
  expect(after?.status).toBe('pending');
  expect(after?.history.map((h) => h.event)).toContain('followed-up');
  expect(after?.dueAt ?? 0).toBeGreaterThan(Date.now());
  // Not due any more: the badge no longer counts it.
  await expect.poll(() => badgeText(context)).toBe('');
});

type Stored = { followUps: number; dueAt: number | null; status: string; history: { event: string }[] };

/** One stored record, read with raw IndexedDB from an extension page. */
function readRecord(page: Page, id: string): Promise<Stored | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<Stored | undefined>((resolve, reject) => {
        const req = indexedDB.open('partner-invite');
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('invitations').objectStore('invitations').get(key);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as Stored | undefined);
          };
          get.onerror = () => reject(get.error ?? new Error('IndexedDB request failed'));
        };
      }),
    id,
  );
}

test('with no editable field focused the page says what to do and nothing changes', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, makeDraft());
  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  await page.locator('h1').click();
  await clickInsert(serviceWorker, page);
  await expect.poll(() => noticeText(page)).toContain('Click in the message');
  expect((await readNotice(page))?.role).toBe('status');
  await expect(page.locator('#body')).toHaveValue('Hello Contoso,\n\nBest regards');
  await clickNotice(page, 'Dismiss');
  await expect.poll(() => noticeText(page)).toBe('');
});
