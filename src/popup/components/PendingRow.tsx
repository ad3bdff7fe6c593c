// One pending invitation: who, when it was sent, whether a follow-up is due, and its actions.
import { isDue } from '../../core/due-count';
import type { Invitation } from '../../core/invitation';
import { Button, StatusBadge } from '../../ui';
import { t, tPlural } from '../../platform/i18n';
import { inDays, relativeDays } from '../time';
import { PendingParts } from './PendingParts';

export function PendingRow(props: {
  inv: Invitation;
  now: number;
  onAccept: () => void;
  onGdapApproved: () => void;
  onSnooze: (days: number) => void;
  onResend: () => void;
}) {
  const { inv, now } = props;
  const due = isDue(inv, now);
  const name = inv.customerName;
  // The reseller relationship may be accepted already while the GDAP request waits; a GDAP-only
  // record (from before both parts were tracked) has none: its request is approved below.
  const resellerWaiting = inv.kind === 'reseller' && inv.mainStatus === 'pending';
  return (
    <li class="pp-item">
      <div class="pp-item__head">
        <span class="pp-item__name">{name}</span>
        {due ? (
          <StatusBadge tone="warn">{t('popup_due_now')}</StatusBadge>
        ) : inv.dueAt !== null ? (
          <StatusBadge tone="neutral">{t('popup_due_at', relativeDays(inv.dueAt, now))}</StatusBadge>
        ) : null}
      </div>
      <div class="pp-item__meta">
        {inv.customerEmail} · {t('popup_sent_at', relativeDays(inv.createdAt, now))}
        {inv.followUps > 0 ? ` · ${tPlural('popup_followups', inv.followUps)}` : ''}
      </div>
      <PendingParts inv={inv} now={now} relative={inDays} onGdapApproved={props.onGdapApproved} />
      <div class="pi-actions">
        <Button small variant="primary" onClick={props.onResend} label={t('popup_resend_for', name)}>
          {t('popup_resend')}
        </Button>
        {resellerWaiting ? (
          <Button small onClick={props.onAccept} label={t('popup_accept_for', name)}>
            {t('popup_accept')}
          </Button>
        ) : null}
        <span class="pp-snooze" aria-hidden="true">
          {t('popup_snooze_label')}
        </span>
        <Button small onClick={() => props.onSnooze(3)} label={t('popup_snooze3_for', name)}>
          {t('popup_snooze3')}
        </Button>
        <Button small onClick={() => props.onSnooze(7)} label={t('popup_snooze7_for', name)}>
          {t('popup_snooze7')}
        </Button>
      </div>
    </li>
  );
}
