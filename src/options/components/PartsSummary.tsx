// Under an invitation's status: each part's own status when the email asked for two things
// (reseller acceptance and GDAP approval), and when a GDAP request expires.
import type { Invitation } from '../../core/invitation';
import { partViews } from '../../core/parts';
import { partStatusLabel, partTitle } from '../format';
import { GdapExpiry } from './GdapExpiry';

export function PartsSummary(props: { inv: Invitation; now: number }) {
  const parts = partViews(props.inv);
  // A reseller-only invitation has one part: its status is the invitation's.
  if (parts.length === 1 && parts[0]?.name === 'reseller') return null;
  return (
    <ul class="opt-parts">
      {parts.map((p) => (
        <li key={p.name} data-part={p.name}>
          {partTitle(p.name)}: {partStatusLabel(p.name, p.status)}
          {p.expiresAt !== null ? (
            <>
              {' · '}
              <GdapExpiry expiresAt={p.expiresAt} status={p.status} now={props.now} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
