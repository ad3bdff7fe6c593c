// What happened to the email once it left the extension (copied, opened in the mail app,
// inserted into webmail), shown at the top of the compose tab on every open until the next
// invitation: recorded as pending (with "Not sent? Discard"), recorded as a follow-up, or not
// recorded yet and why, with the way to fix it. No invitation that left vanishes silently.
import type { Tracking } from '../../core/compose-draft';
import { t } from '../../platform/i18n';
import { Button, Notice } from '../../ui';
import { whenAt } from '../time';

const WHAT: Record<Tracking['via'], string> = {
  copy: 'popup_sent_copy',
  mail: 'popup_sent_mail',
  insert: 'popup_sent_insert',
};

export function TrackingBanner(props: {
  sent: Tracking;
  customerName: string;
  followUpOf: string | null;
  /** The customer fields cannot be recorded yet. */
  incomplete: boolean;
  busy: boolean;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const { sent } = props;
  const what = t(WHAT[sent.via], whenAt(sent.at));
  if (sent.recorded) {
    const followUp = sent.recorded === 'follow-up';
    return (
      <Notice
        tone="ok"
        role="status"
        id="pp-tracking"
        title={t(followUp ? 'popup_sent_title_followup' : 'popup_sent_title_new')}
      >
        <p>
          {what}{' '}
          {followUp
            ? t('popup_sent_followup', props.followUpOf ?? props.customerName)
            : t('popup_sent_new', props.customerName)}{' '}
          {t('popup_sent_next')}
        </p>
        {followUp ? null : (
          <Button small onClick={props.onDiscard} disabled={props.busy}>
            {t('popup_discard')}
          </Button>
        )}
      </Notice>
    );
  }
  const why = props.incomplete
    ? t('popup_sent_incomplete')
    : sent.error
      ? t('popup_sent_failed', sent.error)
      : t('popup_sent_recording');
  return (
    <Notice tone="warn" role="alert" id="pp-tracking" title={t('popup_sent_title_untracked')}>
      <p>
        {what} {why}
      </p>
      <div class="pi-actions">
        {props.incomplete ? null : (
          <Button small variant="primary" onClick={props.onRetry} disabled={props.busy}>
            {t('popup_retry')}
          </Button>
        )}
        <Button small onClick={props.onDiscard} disabled={props.busy}>
          {t('popup_discard')}
        </Button>
      </div>
    </Notice>
  );
}
