// An invitation opened in the tracker: each part (the reseller relationship and, when the email
// carried one, the GDAP request) with its status, expiry, its own "mark done" or "reopen", and
// its own history; once the reseller relationship is accepted, the next steps.
import type { Invitation, PartName } from '../../core/invitation';
import { partViews } from '../../core/parts';
import { Button, StatusBadge } from '../../ui';
import { t } from '../../platform/i18n';
import { formatDateTime, partStatusLabel, partTitle, STATUS_TONE } from '../format';
import { GdapExpiry } from './GdapExpiry';
import { NextSteps } from './NextSteps';

export function InvitationDetail(props: {
  inv: Invitation;
  now: number;
  busy: boolean;
  onAct: (action: 'accept' | 'reopen', part: PartName) => void;
}) {
  const { inv, now } = props;
  const parts = partViews(inv);
  const single = parts.length === 1;
  return (
    <div class="opt-detail">
      {parts.map((p) => {
        const heading = `part-${inv.id}-${p.name}`;
        const title = partTitle(p.name);
        return (
          <section key={p.name} class="opt-part" aria-labelledby={heading} data-part={p.name}>
            <div class="opt-part__head">
              <h3 id={heading}>{title}</h3>
              <StatusBadge tone={STATUS_TONE[p.status]}>{partStatusLabel(p.name, p.status)}</StatusBadge>
              {p.expiresAt !== null ? <GdapExpiry expiresAt={p.expiresAt} status={p.status} now={now} /> : null}
              {p.status === 'pending' ? (
                <Button
                  small
                  disabled={props.busy}
                  onClick={() => props.onAct('accept', p.name)}
                  label={t('tracker_partDoneFor', [title, inv.customerName])}
                >
                  {t(p.name === 'gdap' ? 'tracker_markApproved' : 'tracker_markAccepted')}
                </Button>
              ) : (
                <Button
                  small
                  variant="ghost"
                  disabled={props.busy || (p.expiresAt !== null && now >= p.expiresAt)}
                  onClick={() => props.onAct('reopen', p.name)}
                  label={t('tracker_partReopenFor', [title, inv.customerName])}
                >
                  {t('tracker_reopen')}
                </Button>
              )}
            </div>
            <ol
              class="opt-history"
              aria-label={
                single
                  ? t('tracker_historyOf', inv.customerName)
                  : t('tracker_partHistoryOf', [title, inv.customerName])
              }
            >
              {p.history.map((h, i) => (
                <li key={i}>
                  {formatDateTime(h.at)} ·{' '}
                  {p.name === 'gdap' && h.event === 'accepted'
                    ? t('tracker_gdapApproved')
                    : t(`tracker_event_${h.event.replace('-', '_')}`)}
                  {h.note ? ` — ${h.note}` : ''}
                </li>
              ))}
            </ol>
            {p.name === 'reseller' && p.status === 'accepted' ? <NextSteps id={`next-${inv.id}`} /> : null}
          </section>
        );
      })}
    </div>
  );
}
