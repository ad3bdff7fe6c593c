// Copy, Open in email, Done. While the link is not intact all three are blocked with the
// reason, unless the partner ticks the explicit override.
import type { Mailto } from '../../core/mailto';
import { Button, Checkbox, Notice } from '../../ui';
import { t } from '../../platform/i18n';

export function ComposeActions(props: {
  linkIntact: boolean;
  override: boolean;
  onOverride: (on: boolean) => void;
  mailto: Mailto;
  busy: boolean;
  onCopy: () => void;
  onOpenMail: () => void;
  onDone: () => void;
  doneLabel: string;
}) {
  const blocked = !props.linkIntact && !props.override;
  const reason = blocked ? 'pp-blocked-reason' : undefined;
  const mailBlocked = blocked || props.mailto.tooLong;
  return (
    <div class="pp-section pp-actions">
      {props.linkIntact ? null : (
        <Checkbox id="pp-override" label={t('popup_override')} checked={props.override} onChange={props.onOverride} />
      )}
      {props.mailto.tooLong ? (
        <Notice tone="warn" role="status" id="pp-too-long">
          {t('popup_mailto_too_long', String(props.mailto.length))}
        </Notice>
      ) : null}
      <div class="pi-actions">
        <Button onClick={props.onCopy} disabled={blocked || props.busy} describedBy={reason}>
          {t('popup_copy')}
        </Button>
        {mailBlocked || props.busy ? (
          <Button disabled describedBy={blocked ? reason : 'pp-too-long'}>
            {t('popup_open_mail')}
          </Button>
        ) : (
          // A real mailto: link (keyboard, middle-click, "copy link address" all work); the click
          // handler routes it through the browser because links in a popup are unreliable.
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
      ) : null}
    </div>
  );
}
