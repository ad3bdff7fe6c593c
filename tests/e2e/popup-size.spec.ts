// The popup at the size the browser gives it (tests/e2e/popup-size.ts: the document's own size,
// at most 800 × 600), in every UI language of the table (src/core/languages): the link status
// and Copy / Open in email / Done are inside the visible area, not covered, and on one row,
// whatever the state of the form. A new language runs here with no change to this file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { editEmail, LINK_NO_DAP, setProfile } from './popup-helpers';
import { fitPopup, inView, POPUP_MAX } from './popup-size';
import { LANGUAGES } from '../../src/core/languages';

type Labels = { lang: string; copy: string; mail: string; done: string; status: string; pending: string };

/** The labels the test looks for, from the language's own messages.json. */
function labels(code: string): Labels {
  const table = JSON.parse(
    readFileSync(path.resolve('public/_locales', code.replace(/-/g, '_'), 'messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  const m = (key: string) => table[key]!.message;
  return {
    lang: code,
    copy: m('popup_copy'),
    mail: m('popup_open_mail'),
    done: m('popup_done'),
    status: m('popup_link_intact'),
    pending: m('popup_tab_pending'),
  };
}

/** The action bar's parts a partner must always see. */
function essentials(popup: Page, l: Labels) {
  // Open in email is a link, or a disabled button when the email is too long for a mailto URL.
  const bar = popup.locator('.pp-bar__buttons');
  return [
    popup.locator('#pp-link-status'),
    bar.getByRole('button', { name: l.copy }),
    bar.getByText(l.mail, { exact: true }),
    bar.getByRole('button', { name: l.done, exact: true }),
  ];
}

async function expectAllInView(popup: Page, l: Labels, state: string): Promise<void> {
  const size = await fitPopup(popup);
  expect(size.width, state).toBeLessThanOrEqual(POPUP_MAX.width);
  expect(size.height, state).toBeLessThanOrEqual(POPUP_MAX.height);
  // The page itself never scrolls: only the form inside it does.
  expect(await popup.evaluate(() => document.documentElement.scrollHeight <= innerHeight), state).toBe(true);
  const tops: number[] = [];
  for (const [i, part] of essentials(popup, l).entries()) {
    const seen = await inView(part);
    expect(seen.inside, `${state}: part ${i} inside the popup`).toBe(true);
    expect(seen.onTop, `${state}: part ${i} not covered`).toBe(true);
    if (i > 0) tops.push(Math.round(seen.box!.top));
  }
  // Copy, Open in email and Done share one row: none is pushed onto a row of its own.
  expect(new Set(tops).size, `${state}: buttons on one row`).toBe(1);
}

for (const language of LANGUAGES) {
  const l = labels(language.code);
  test.describe(`UI language ${l.lang}`, () => {
    test.use({ lang: l.lang });

    test('at its real size the link status and actions stay in view: fresh, editing, broken link, long labels', async ({
      openPage,
    }) => {
      const popup = await openPage('popup');
      await setProfile(popup);
      await popup.locator('#pp-customer-name').fill('Contoso Società per Azioni S.p.A.');
      await popup.locator('#pp-customer-email').fill('amministrazione.it@contoso-holding.example');
      await expect(popup.locator('#pp-link-status')).toContainText(l.status);
      await expectAllInView(popup, l, 'preview');
      // The whole form does not fit: it scrolls inside the popup, under the fixed bar.
      expect(await popup.locator('.pp-compose .pp-scroll').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(
        true,
      );

      const body = await editEmail(popup);
      await expectAllInView(popup, l, 'editing');
      await body.fill(`${await body.inputValue()}\n\n${'A much longer email, written by hand. '.repeat(40)}`);
      await expectAllInView(popup, l, 'long email');

      // A broken link: the verdict, its problems, Restore, the override and the reason all show.
      await body.fill((await body.inputValue()).replace(LINK_NO_DAP, LINK_NO_DAP.slice(0, 80)));
      await expect(popup.locator('#pp-blocked-reason')).toBeVisible();
      for (const part of [popup.locator('#pp-blocked-reason'), popup.locator('#pp-override')]) {
        await fitPopup(popup);
        expect((await inView(part)).inside).toBe(true);
      }
      const status = await inView(popup.locator('#pp-link-status'));
      expect(status.inside && status.onTop).toBe(true);
      await popup.locator('#pp-link-status').getByRole('button').click(); // Restore link
      await expect(popup.locator('#pp-link-status')).toContainText(l.status);

      // Labels as long as German's ("In die Zwischenablage kopieren", …) wrap inside their buttons.
      await popup.evaluate(() => {
        const [copy, mail, done] = document.querySelectorAll<HTMLElement>('.pp-bar__buttons > *');
        copy!.textContent = 'In die Zwischenablage kopieren';
        mail!.textContent = 'Im E-Mail-Programm öffnen';
        done!.textContent = 'Fertig (Nachfassen erfassen)';
      });
      const buttons = popup.locator('.pp-bar__buttons > *');
      await fitPopup(popup);
      const boxes = await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
      for (const b of boxes) expect(b.bottom).toBeLessThanOrEqual(await popup.evaluate(() => innerHeight));
    });

    test('the keyboard reaches every action from the form, and the Pending tab scrolls under its search box', async ({
      openPage,
    }) => {
      const popup = await openPage('popup');
      await setProfile(popup);
      await popup.evaluate(async (link) => {
        for (let i = 0; i < 30; i += 1)
          await chrome.runtime.sendMessage({
            type: 'invitation/record',
            invitation: {
              customerName: `Customer ${i} S.r.l.`,
              customerEmail: `it@customer${i}.example`,
              cloud: 'public',
              dap: false,
              link,
              language: 'en',
              subject: 'Invitation',
              body: link,
            },
          });
      }, LINK_NO_DAP);
      await popup.locator('#pp-customer-name').fill('Contoso');
      await popup.locator('#pp-customer-email').fill('it@contoso.example');
      await expect(popup.locator('#pp-link-status')).toContainText(l.status);
      await fitPopup(popup);
      // Tab from the email's "Edit" button onwards: the bar's actions come next, in order.
      await popup.locator('#pp-edit-email').focus();
      const reached: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        await popup.keyboard.press('Tab');
        reached.push(await popup.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
      }
      // Open in email is a link, or a disabled button (not focusable) when the email is too long for mailto (Japanese).
      const mailIsLink = (await popup.locator('.pp-bar__buttons a').count()) > 0;
      expect(reached).toEqual(expect.arrayContaining(mailIsLink ? [l.copy, l.mail, l.done] : [l.copy, l.done]));
      expect(reached.indexOf(l.copy)).toBeLessThan(reached.indexOf(l.done));

      await popup.getByRole('tab', { name: new RegExp(`^${l.pending}`) }).click();
      const list = popup.getByRole('list', { name: l.pending });
      await expect(list.getByRole('listitem')).toHaveCount(30);
      await fitPopup(popup);
      const search = popup.getByRole('searchbox');
      expect((await inView(search)).inside).toBe(true);
      expect(await popup.locator('.pp-pending .pp-scroll').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(
        true,
      );
      // Scrolled to the end, the search box and the tabs are still there.
      await list.getByRole('listitem').last().scrollIntoViewIfNeeded();
      expect((await inView(search)).inside).toBe(true);
      expect((await inView(popup.getByRole('tablist'))).inside).toBe(true);
    });
  });
}
