// Under a pending invitation sent with a GDAP request: where each part stands (reseller
// acceptance, GDAP approval) and when the GDAP request expires (docs/domain.md#dap-and-gdap:
// 90 days after it was created), with "GDAP approved" while it waits.
import { daysLeft, gdapExpiringSoon } from '../../core/gdap-expiry';
import type { Invitation } from '../../core/invitation';
import { partViews } from '../../core/parts';
import { Button, StatusBadge } from '../../ui';
import { t } from '../../platform/i18n';

export function PendingParts(props: {
  inv: Invitation;
  now: number;
  relative: (days: number) => string;
  onGdapApproved: () => void;
}) {
  const { inv, now } = props;
  const parts = partViews(inv);
  const gdap = parts.find((p) => p.name === 'gdap');
  if (!gdap) return null;
  const reseller = parts.find((p) => p.name === 'reseller');
  const soon = gdapExpiringSoon(inv, now);
  const status =
    gdap.status === 'pending' && gdap.expiresAt !== null
      ? t('popup_gdap_expires', props.relative(daysLeft(gdap.expiresAt, now)))
      : t(`popup_gdap_state_${gdap.status}`);
  return (
    <div class="pp-parts">
      {reseller ? (
        <span class="pp-parts__part" data-part="reseller">
          {t(reseller.status === 'pending' ? 'popup_reseller_waiting' : `popup_reseller_state_${reseller.status}`)}
        </span>
      ) : null}
      <span class="pp-parts__part" data-part="gdap">
        {soon ? <StatusBadge tone="warn">{status}</StatusBadge> : status}
      </span>
      {gdap.status === 'pending' ? (
        <Button small onClick={props.onGdapApproved} label={t('popup_gdap_done_for', inv.customerName)}>
          {t('popup_gdap_done')}
        </Button>
      ) : null}
    </div>
  );
}
