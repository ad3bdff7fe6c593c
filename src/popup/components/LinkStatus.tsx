// The link guard's verdict on one expected link of the email body (the reseller link, or the
// GDAP request), always visible and announced politely as the partner types, with the
// one-click repair of that link next to it.
import { Button, StatusBadge } from '../../ui';
import type { LinkCheckView } from '../link-check';

export function LinkStatus(props: {
  id: string;
  /** Which link this is, when the email carries two. */
  title?: string;
  check: LinkCheckView;
  restoreLabel: string;
  onRestore: () => void;
}) {
  const { check } = props;
  return (
    <div class="pp-guard" id={props.id} role="status" aria-live="polite" aria-atomic="true">
      <div class="pp-guard__line">
        {props.title ? <span class="pp-guard__title">{props.title}</span> : null}
        <StatusBadge tone={check.intact ? 'ok' : 'error'}>{check.label}</StatusBadge>
        {check.intact ? null : (
          <Button small variant="primary" onClick={props.onRestore}>
            {props.restoreLabel}
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
