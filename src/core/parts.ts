// An invitation's parts as the pages show them: the reseller relationship and, when the email
// carried one, the GDAP relationship request (docs/domain.md#dap-and-gdap), each with its own
// status, history and expiry. Type imports only: the popup reads this without loading zod.
import type { HistoryEvent, Invitation, InvitationStatus, PartName } from './invitation';

export type PartView = {
  name: PartName;
  status: InvitationStatus;
  link: string;
  /** When a GDAP request can no longer be approved; null for the reseller relationship. */
  expiresAt: number | null;
  history: HistoryEvent[];
};

type PartFields = Pick<Invitation, 'kind' | 'link' | 'mainStatus' | 'expiresAt' | 'history' | 'gdap'>;

/** The part names this record has: its main part (`kind`) and, when sent with it, the GDAP request. */
export function partsOf(inv: Pick<Invitation, 'kind' | 'gdap'>): PartName[] {
  return inv.gdap ? [inv.kind, 'gdap'] : [inv.kind];
}

/** Each part with its own status, link, expiry and history, the main part first. */
export function partViews(inv: PartFields): PartView[] {
  const main: PartView = {
    name: inv.kind,
    status: inv.mainStatus,
    link: inv.link,
    expiresAt: inv.expiresAt,
    history: inv.history,
  };
  if (!inv.gdap) return [main];
  const { link, status, expiresAt, history } = inv.gdap;
  return [main, { name: 'gdap', status, link, expiresAt, history }];
}
