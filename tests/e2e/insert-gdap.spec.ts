// "Insert invitation" with a GDAP request (docs/domain.md#dap-and-gdap): the draft carries both
// links, the page receives both as anchors (rich) or text (plain fields), the in-page guard
// judges each on its own, and Restore puts back whichever was damaged, in a textarea and a rich
// editor. A resend from the menu carries a GDAP request that still waits.
import { test, expect } from './harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { LINK, clickInsert, clickNotice, linkStatesOf, noticeText, prepare } from './insert-helpers';
import { recordInvitation } from './record-helpers';
import { newInvitation } from '../support/invitations';
import { defaultTemplate, renderInvitation } from '../../src/core/template';
import type { Draft } from '../../src/platform/protocol';
import { GDAP_ADMIN, GDAP_ID } from '../fixtures/links';

const BROKEN_GDAP = GDAP_ADMIN.replace(GDAP_ID, `${GDAP_ID.slice(0, -1)}0`);
const BROKEN_RESELLER = LINK.replace('DAP=false', 'DAP=maybe');

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

/** The popup's draft with a GDAP link: the default template renders the GDAP paragraph. */
function draftWithGdap(): Draft {
  const rendered = renderInvitation(defaultTemplate('en'), {
    customerName: 'Contoso Ltd',
    partnerName: 'Fabrikam Partners',
    link: LINK,
    gdapLink: GDAP_ADMIN,
    cloud: 'public',
    dap: false,
    language: 'en',
  });
  return {
    customerName: 'Contoso Ltd',
    customerEmail: 'admin@contoso.example',
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    link: LINK,
    gdapLink: GDAP_ADMIN,
  };
}

test('textarea: both links inserted; a damaged GDAP link, then a damaged reseller link, each restored', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, draftWithGdap());
  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  const body = page.locator('#body');
  await body.focus();
  await clickInsert(serviceWorker, page);
  await expect(body).toHaveValue(/granularAdminRelationships/);
  const inserted = await body.inputValue();
  expect(inserted).toContain(LINK);
  expect(inserted).toContain(GDAP_ADMIN);
  // Both intact: the guard says so, and shows no notice (the other expected link is not a conflict).
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['intact']);
  expect(await noticeText(page)).toBe('');

  for (const [good, bad] of [
    [GDAP_ADMIN, BROKEN_GDAP],
    [LINK, BROKEN_RESELLER],
  ] as const) {
    await body.evaluate(
      (el: HTMLTextAreaElement, [from, to]) => {
        el.focus();
        const at = el.value.indexOf(from);
        el.setSelectionRange(at, at + from.length);
        document.execCommand('insertText', false, to);
      },
      [good, bad] as const,
    );
    await expect(body).toHaveValue(new RegExp(bad.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')));
    await expect.poll(() => noticeText(page)).not.toBe('');
    await clickNotice(page, 'Restore link');
    await expect.poll(() => body.inputValue()).toBe(inserted);
    await expect.poll(() => noticeText(page)).toBe('');
  }
});

test('rich editor: both links are anchors; each damaged href is restored, the other left as it is', async ({
  context,
  serviceWorker,
}) => {
  await prepare(serviceWorker, draftWithGdap());
  const page = await context.newPage();
  await page.goto(server.url('contenteditable.html'));
  await page.evaluate(() => {
    const sign = document.querySelector('#sign')!;
    (document.querySelector('#editor') as HTMLElement).focus();
    getSelection()!.collapse(sign, 0);
  });
  await clickInsert(serviceWorker, page);
  const editor = page.locator('#editor');
  await expect(editor.locator(`a[href="${GDAP_ADMIN}"]`)).toHaveCount(1);
  await expect(editor.locator(`a[href="${LINK}"]`)).toHaveCount(1);
  await expect.poll(() => linkStatesOf(serviceWorker, page)).toEqual(['intact']);
  expect(await noticeText(page)).toBe('');

  // A GDAP anchor edited to another request: flagged, and Restore gives it back its link.
  await page.evaluate(
    ([from, to]) => {
      const a = document.querySelector(`#editor a[href="${from}"]`)!;
      a.setAttribute('href', to);
      a.textContent = to;
    },
    [GDAP_ADMIN, BROKEN_GDAP] as const,
  );
  await expect.poll(() => noticeText(page)).not.toBe('');
  await clickNotice(page, 'Restore link');
  await expect(editor.locator(`a[href="${GDAP_ADMIN}"]`)).toHaveCount(1);
  await expect(editor.locator(`a[href="${LINK}"]`)).toHaveCount(1);
  await expect.poll(() => noticeText(page)).toBe('');

  // The reseller anchor removed altogether: Restore puts it back; the GDAP anchor stays.
  await page.evaluate((from) => document.querySelector(`#editor a[href="${from}"]`)!.remove(), LINK);
  await expect.poll(() => noticeText(page)).not.toBe('');
  await clickNotice(page, 'Restore link');
  await expect(editor.locator(`a[href="${LINK}"]`)).toHaveCount(1);
  await expect(editor.locator(`a[href="${GDAP_ADMIN}"]`)).toHaveCount(1);
  await expect(editor.locator('.gmail_quote a')).toHaveCount(0);
});

test('a resend from the menu carries the GDAP request that still waits', async ({
  context,
  serviceWorker,
  openPage,
}) => {
  const options = await openPage('options');
  const id = await recordInvitation(
    options,
    newInvitation('Northwind', { link: LINK, gdapLink: GDAP_ADMIN, body: `${LINK}\n${GDAP_ADMIN}` }),
  );
  await prepare(serviceWorker, null);
  const page = await context.newPage();
  await page.goto(server.url('textarea.html'));
  await page.locator('#body').focus();
  await clickInsert(serviceWorker, page, 0, `insert-invitation/resend/${id}`);
  await expect(page.locator('#body')).toHaveValue(/granularAdminRelationships/);
  const text = await page.locator('#body').inputValue();
  expect(text).toContain(LINK);
  expect(text).toContain(GDAP_ADMIN);
});
