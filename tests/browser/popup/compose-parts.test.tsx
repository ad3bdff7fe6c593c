// The compose tab's parts, rendered in Chromium with the popup's styles and the real messages
// (English): what each one shows and allows for the states the compose logic hands it.
import '../../../src/ui/theme.css';
import '../../../src/popup/popup.css';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { useState } from 'preact/hooks';
import type { Tracking } from '../../../src/core/compose-draft';
import type { Language } from '../../../src/core/languages';
import { buildMailto } from '../../../src/core/mailto';
import { ActionBar } from '../../../src/popup/components/ActionBar';
import type { LinkCheckView } from '../../../src/popup/link-check';
import { DuplicateNotice } from '../../../src/popup/components/DuplicateNotice';
import { EmailSection } from '../../../src/popup/components/EmailSection';
import { TrackingBanner } from '../../../src/popup/components/TrackingBanner';
import { DIRECT_NO_DAP, GDAP_ADMIN } from '../../fixtures/links';
import { show } from '../render';

const intact: LinkCheckView = { intact: true, label: 'Link intact', problems: [] };
const broken: LinkCheckView = {
  intact: false,
  label: 'Link missing',
  problems: ['The invitation link is no longer in the email.'],
};
const short = buildMailto({ to: 'a@contoso.com', subject: 'Hi', body: DIRECT_NO_DAP });
const long = buildMailto({ to: 'a@contoso.com', subject: 'Hi', body: `${DIRECT_NO_DAP} ${'x '.repeat(1500)}` });

function Bar(props: { check: LinkCheckView; gdapCheck?: LinkCheckView; mailto: typeof short; calls: string[] }) {
  const [override, setOverride] = useState(false);
  return (
    <ActionBar
      check={props.check}
      onRestore={() => props.calls.push('restore')}
      gdapCheck={props.gdapCheck ?? null}
      onRestoreGdap={() => props.calls.push('restore-gdap')}
      intact={props.check.intact && (props.gdapCheck?.intact ?? true)}
      override={override}
      onOverride={setOverride}
      mailto={props.mailto}
      flash={null}
      busy={false}
      onCopy={() => props.calls.push('copy')}
      onOpenMail={() => props.calls.push('mail')}
      onDone={() => props.calls.push('done')}
      doneLabel="Done"
    />
  );
}

describe('ActionBar', () => {
  it('an intact link: Copy, Open in email (a real mailto link) and Done, on one row', async () => {
    const calls: string[] = [];
    show(<Bar check={intact} mailto={short} calls={calls} />);
    await expect.element(page.getByRole('status')).toHaveTextContent('Link intact');
    await expect.element(page.getByRole('link', { name: 'Open in email' })).toHaveAttribute('href', short.url);
    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    await page.getByRole('link', { name: 'Open in email' }).click();
    await page.getByRole('button', { name: 'Done' }).click();
    expect(calls).toEqual(['copy', 'mail', 'done']);
    const tops = [...document.querySelectorAll('.pp-bar__buttons > *')].map((b) => b.getBoundingClientRect().top);
    // Three equal columns: one row whatever the labels.
    expect(new Set(tops).size).toBe(1);
  });

  it('a broken link blocks the three, with the reason, until Restore or the explicit override', async () => {
    const calls: string[] = [];
    show(<Bar check={broken} mailto={short} calls={calls} />);
    for (const name of ['Copy to clipboard', 'Open in email', 'Done']) {
      const button = page.getByRole('button', { name });
      await expect.element(button).toBeDisabled();
      await expect.element(button).toHaveAccessibleDescription(/the invitation link in the email is not intact/i);
    }
    await page.getByRole('button', { name: 'Restore link' }).click();
    expect(calls).toEqual(['restore']);
    await page.getByRole('checkbox', { name: 'Send anyway, I checked the link' }).click();
    await expect.element(page.getByRole('button', { name: 'Done' })).toBeEnabled();
  });

  it('with a GDAP request, each link has its own verdict and Restore; a broken GDAP link blocks sending too', async () => {
    const calls: string[] = [];
    show(<Bar check={intact} gdapCheck={broken} mailto={short} calls={calls} />);
    const reseller = document.getElementById('pp-link-status')!;
    const gdap = document.getElementById('pp-gdap-status')!;
    expect(reseller.textContent).toContain('Link intact');
    expect(gdap.textContent).toContain('Link missing');
    await expect.element(page.getByRole('button', { name: 'Done' })).toBeDisabled();
    expect(page.getByRole('button', { name: 'Restore link', exact: true }).elements()).toHaveLength(0);
    await page.getByRole('button', { name: 'Restore GDAP link' }).click();
    expect(calls).toEqual(['restore-gdap']);
  });

  it('an email too long for a mailto link: Open in email is off and says why, Copy stays', async () => {
    show(<Bar check={intact} mailto={long} calls={[]} />);
    const mail = page.getByRole('button', { name: 'Open in email' });
    await expect.element(mail).toBeDisabled();
    await expect.element(mail).toHaveAccessibleDescription(new RegExp(`too long.*${long.length.toLocaleString('en')}`));
    await expect.element(page.getByRole('button', { name: 'Copy to clipboard' })).toBeEnabled();
  });
});

describe('EmailSection', () => {
  function Email(props: { gdap?: boolean }) {
    const links = props.gdap ? [DIRECT_NO_DAP, GDAP_ADMIN] : [DIRECT_NO_DAP];
    const [editing, setEditing] = useState(false);
    const [language, setLanguage] = useState<Language>('en');
    const [text, setText] = useState(`Dear Contoso,\n\n${links.join('\n\n')}\n\nBye`);
    return (
      <EmailSection
        language={language}
        onLanguage={setLanguage}
        subject="Invitation from Fabrikam"
        text={text}
        links={links}
        edited={false}
        stale={false}
        invalid={false}
        editing={editing}
        onEditing={setEditing}
        onSubject={() => undefined}
        onText={setText}
        onRegenerate={() => undefined}
      />
    );
  }

  it('the preview marks both links when the email carries a GDAP request', () => {
    show(<Email gdap />);
    const marked = [...document.querySelectorAll('#pp-email-preview .pp-preview__link')].map((e) => e.textContent);
    expect(marked).toEqual([DIRECT_NO_DAP, GDAP_ADMIN]);
  });

  it('a compact preview with the link marked; "Edit email" opens the editor on the body, in the email’s language', async () => {
    show(<Email />);
    const preview = document.getElementById('pp-email-preview')!;
    expect(preview.textContent).toContain('Invitation from Fabrikam');
    expect(preview.querySelector('.pp-preview__link')?.textContent).toBe(DIRECT_NO_DAP);
    const edit = page.getByRole('button', { name: 'Edit email' });
    await expect.element(edit).toHaveAttribute('aria-expanded', 'false');
    await edit.click();
    const body = page.getByRole('textbox', { name: 'Email body' });
    await expect.element(body).toHaveFocus();
    await expect.element(body).toHaveAttribute('lang', 'en');
    await expect.element(page.getByRole('button', { name: 'Show preview' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('combobox', { name: 'Email language' }).selectOptions('it');
    await expect.element(body).toHaveAttribute('lang', 'it');
  });
});

describe('TrackingBanner', () => {
  const sent = (over: Partial<Tracking> = {}): Tracking => ({
    via: 'copy',
    at: Date.now(),
    recorded: 'new',
    error: null,
    ...over,
  });
  const banner = (props: Partial<Parameters<typeof TrackingBanner>[0]>, calls: string[] = []) =>
    show(
      <TrackingBanner
        sent={sent()}
        customerName="Contoso"
        followUpOf={null}
        incomplete={false}
        busy={false}
        onRetry={() => calls.push('retry')}
        onDiscard={() => calls.push('discard')}
        {...props}
      />,
    );

  it('recorded: says how it left and that it is pending, with "Not sent?"', async () => {
    const calls: string[] = [];
    banner({}, calls);
    const box = document.getElementById('pp-tracking')!;
    expect(box.getAttribute('role')).toBe('status');
    expect(box.textContent).toContain('Tracked as pending');
    expect(box.textContent).toContain('Copied to the clipboard');
    expect(box.textContent).toContain('Contoso is now pending');
    await page.getByRole('button', { name: 'Not sent? Discard the record' }).click();
    expect(calls).toEqual(['discard']);
  });

  it('a follow-up names the invitation it follows, and offers no discard', () => {
    banner({ sent: sent({ via: 'insert', recorded: 'follow-up' }), followUpOf: 'Contoso Ltd' });
    const box = document.getElementById('pp-tracking')!;
    expect(box.textContent).toContain('Inserted into an email');
    expect(box.textContent).toContain('Recorded as a follow-up to the pending invitation of Contoso Ltd.');
    expect(box.querySelector('button')).toBeNull();
  });

  it('not recorded: an alert with the reason; Try again unless the customer is incomplete', async () => {
    const calls: string[] = [];
    banner({ sent: sent({ via: 'mail', recorded: null, error: 'The extension did not answer.' }) }, calls);
    let box = document.getElementById('pp-tracking')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain('It could not be recorded: The extension did not answer.');
    await page.getByRole('button', { name: 'Try again' }).click();
    expect(calls).toEqual(['retry']);
    document.body.replaceChildren();
    banner({ sent: sent({ recorded: null }), incomplete: true });
    box = document.getElementById('pp-tracking')!;
    expect(box.textContent).toContain("enter the customer's name and email");
    expect(page.getByRole('button', { name: 'Try again' }).query()).toBeNull();
  });
});

describe('DuplicateNotice', () => {
  it('says which pending invitation this is, what recording will do, and switches', async () => {
    const choices: boolean[] = [];
    function Notice() {
      const [apart, setApart] = useState(false);
      return (
        <DuplicateNotice
          duplicates={[
            {
              id: 'p1',
              customerName: 'Contoso Ltd',
              customerEmail: 'admin@contoso.com',
              customerDomain: 'contoso.com',
              createdAt: Date.now() - 3 * 86_400_000,
              followUps: 0,
              reason: 'domain',
            },
          ]}
          asFollowUp={!apart}
          now={Date.now()}
          onKeepApart={(on) => {
            choices.push(on);
            setApart(on);
          }}
        />
      );
    }
    show(<Notice />);
    const box = document.getElementById('pp-duplicate')!;
    expect(box.textContent).toContain(
      'Contoso Ltd (admin@contoso.com, same domain) already has a pending invitation, sent 3 days ago.',
    );
    expect(box.textContent).toContain('This email will be recorded as a follow-up to it.');
    await page.getByRole('button', { name: 'Record as a new invitation instead' }).click();
    await expect.element(page.getByText('This email will be recorded as a new invitation beside it.')).toBeVisible();
    await page.getByRole('button', { name: 'Record as a follow-up instead' }).click();
    expect(choices).toEqual([true, false]);
  });
});
