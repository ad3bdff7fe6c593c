// The link guard's verdict on the email body, always visible and announced politely as the
// partner types, with the one-click repair next to it.
import { Button, StatusBadge } from '../../ui';
import { t } from '../../platform/i18n';
import type { LinkCheckView } from '../link-check';

export function LinkStatus(props: { check: LinkCheckView; onRestore: () => void }) {
  const { check } = props;
  return (
    <div class="pp-guard" id="pp-link-status" role="status" aria-live="polite" aria-atomic="true">
      <div class="pp-guard__line">
        <StatusBadge tone={check.intact ? 'ok' : 'error'}>{check.label}</StatusBadge>
        {check.intact ? null : (
          <Button small variant="primary" onClick={props.onRestore}>
            {t('popup_restore_link')}
          </Button>
        )}
      </div>
      {check.problems.length > 0 ? (
        <ul>
          {check.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
