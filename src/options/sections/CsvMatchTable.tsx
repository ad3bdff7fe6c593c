// The proposed matches of a Customers.csv import: one row per pending invitation found on the
// list, with the reason it was paired and a box to leave it out of Apply. Guesses start
// unticked. Shown a page at a time: a large list stays quick to render and every row reachable.
import { useState } from 'preact/hooks';
import type { CustomerMatch, MatchReason } from '../../core/customers-csv';
import { Button, StatusBadge } from '../../ui';
import { t } from '../../platform/i18n';

const PAGE = 200;

function reasonText(reason: MatchReason): string {
  if (reason.kind === 'domain') return t('options_csvReasonDomain', reason.domain);
  if (reason.kind === 'tenant')
    return t('options_csvReasonTenant', [reason.domain, `${reason.tenant}.onmicrosoft.com`]);
  if (reason.oneSided) return t('options_csvReasonNameOneSided', reason.legalForm);
  return reason.legalForm === '' ? t('options_csvReasonNameNoForm') : t('options_csvReasonNameForm', reason.legalForm);
}

export function CsvMatchTable(props: {
  matched: readonly CustomerMatch[];
  ticked: ReadonlySet<string>;
  onTick: (ids: readonly string[], on: boolean) => void;
}) {
  const { matched, ticked, onTick } = props;
  const [shown, setShown] = useState(PAGE);
  const all = matched.length > 0 && matched.every((m) => ticked.has(m.invitation.id));
  return (
    <div class="opt-table-wrap">
      <table class="opt-table" aria-label={t('options_csvMatchedTitle')}>
        <thead>
          <tr>
            <th class="opt-sel" scope="col">
              <input
                type="checkbox"
                aria-label={t('options_csvTickAll')}
                checked={all}
                onChange={(e) =>
                  onTick(
                    matched.map((m) => m.invitation.id),
                    e.currentTarget.checked,
                  )
                }
              />
            </th>
            <th scope="col">{t('options_csvColInvitation')}</th>
            <th scope="col">{t('options_csvColCustomer')}</th>
            <th scope="col">{t('options_csvColBy')}</th>
          </tr>
        </thead>
        <tbody>
          {matched.slice(0, shown).map((m) => (
            <tr key={m.invitation.id}>
              <td class="opt-sel">
                <input
                  type="checkbox"
                  aria-label={t('options_csvTickRow', m.invitation.customerName)}
                  checked={ticked.has(m.invitation.id)}
                  onChange={(e) => onTick([m.invitation.id], e.currentTarget.checked)}
                />
              </td>
              <td>
                <div>{m.invitation.customerName}</div>
                <div class="opt-muted opt-small">{m.invitation.customerEmail}</div>
              </td>
              <td>
                <div>{m.row.companyName}</div>
                <div class="opt-muted opt-small">{m.row.primaryDomain}</div>
              </td>
              <td>
                <StatusBadge tone={m.suggested ? 'ok' : 'warn'}>{reasonText(m.reason)}</StatusBadge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {matched.length > shown && (
        <Button small onClick={() => setShown((n) => n + PAGE)}>
          {t('options_csvShowMore', [String(Math.min(PAGE, matched.length - shown)), String(matched.length - shown)])}
        </Button>
      )}
    </div>
  );
}
