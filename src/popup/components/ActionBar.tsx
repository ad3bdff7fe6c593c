// The bar under the compose form, always in view: the link guard's verdict (with Restore), the
// last action's outcome, and Copy / Open in email / Done. While the link is not intact the
// three are blocked with the reason, unless the partner ticks the explicit override. The
// buttons share the bar's width in equal columns and wrap their own labels, so a longer
// language never pushes one onto a row of its own.
import type { Mailto } from '../../core/mailto';
import { Button, Checkbox, Notice } from '../../ui';
import { t, tPlural } from '../../platform/i18n';
import type { LinkCheckView } from '../link-check';
import type { Flash } from '../use-compose';
import { LinkStatus } from './LinkStatus';

export function ActionBar(props: {
  check: LinkCheckView;
  onRestore: () => void;
  /** The GDAP request's verdict when the email carries one. */
  gdapCheck: LinkCheckView | null;
  onRestoreGdap: () => void;
  /** Every expected link intact and the GDAP field usable (empty or a GDAP link). */
  intact: boolean;
  override: boolean;
  onOverride: (on: boolean) => void;
  mailto: Mailto;
  flash: Flash;
  busy: boolean;
  onCopy: () => void;
  onOpenMail: () => void;
  onDone: () => void;
  doneLabel: string;
}) {
  const { intact } = props;
  const blocked = !intact && !props.override;
  const reason = blocked ? 'pp-blocked-reason' : undefined;
  const mailBlocked = blocked || props.mailto.tooLong;
  const { flash } = props;
  return (
    <div class="pp-bar" role="group" aria-label={t('popup_actions_label')}>
      <LinkStatus
        id="pp-link-status"
        title={props.gdapCheck ? t('popup_status_reseller') : undefined}
        check={props.check}
        restoreLabel={t('popup_restore_link')}
        onRestore={props.onRestore}
      />
      {props.gdapCheck ? (
        <LinkStatus
          id="pp-gdap-status"
          title={t('popup_status_gdap')}
          check={props.gdapCheck}
          restoreLabel={t('popup_restore_gdap_link')}
          onRestore={props.onRestoreGdap}
        />
      ) : null}
      {intact ? null : (
        <Checkbox id="pp-override" label={t('popup_override')} checked={props.override} onChange={props.onOverride} />
      )}
      {flash ? (
        <Notice tone={flash.tone} role={flash.tone === 'error' ? 'alert' : 'status'} id="pp-flash">
          {flash.text}
        </Notice>
      ) : null}
      <div class="pp-bar__buttons">
        <Button onClick={props.onCopy} disabled={blocked || props.busy} describedBy={reason}>
          {t('popup_copy')}
        </Button>
        {mailBlocked || props.busy ? (
          <Button disabled describedBy={blocked ? reason : 'pp-too-long'}>
            {t('popup_open_mail')}
          </Button>
        ) : (
          // A real mailto: link (keyboard, middle-click, "copy link address" all work); the click
          // goes through the browser's tabs API (platform/open.ts), never this popup or the working tab.
          <a
            class="pi-button pi-button--secondary"
            href={props.mailto.url}
            onClick={(e) => {
              e.preventDefault();
              props.onOpenMail();
            }}
          >
            {t('popup_open_mail')}
          </a>
        )}
        <Button variant="primary" onClick={props.onDone} disabled={blocked || props.busy} describedBy={reason}>
          {props.doneLabel}
        </Button>
      </div>
      {blocked ? (
        <p class="pp-blocked" id="pp-blocked-reason">
          {t('popup_blocked_reason')}
        </p>
      ) : props.mailto.tooLong ? (
        <p class="pp-bar__note" id="pp-too-long">
          {tPlural('popup_mailto_too_long', props.mailto.length)}
        </p>
      ) : null}
    </div>
  );
}
