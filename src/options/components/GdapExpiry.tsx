// When a GDAP request stops being approvable (docs/domain.md#dap-and-gdap: 90 days after it was
// created): the date and the days left while it waits, the date it expired once it has.
import { daysLeft, GDAP_WARN_DAYS } from '../../core/gdap-expiry';
import type { InvitationStatus } from '../../core/invitation';
import { t } from '../../platform/i18n';
import { formatDate, formatDaysFromNow } from '../format';

export function GdapExpiry(props: { expiresAt: number; status: InvitationStatus; now: number }) {
  const { expiresAt, status, now } = props;
  if (status === 'expired' || (status === 'pending' && expiresAt <= now))
    return <span class="opt-expiry opt-expiry--over">{t('tracker_gdapExpiredOn', formatDate(expiresAt))}</span>;
  if (status !== 'pending') return null;
  const left = daysLeft(expiresAt, now);
  return (
    <span class={`opt-expiry${left <= GDAP_WARN_DAYS ? ' opt-expiry--soon' : ''}`}>
      {t('tracker_gdapExpires', [formatDate(expiresAt), formatDaysFromNow(left)])}
    </span>
  );
}
