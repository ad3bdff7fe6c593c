// The Microsoft clouds a CSP partner can work in, and what differs between them for
// the reseller relationship invitation (docs/domain.md#clouds).
import { CLOUD_IDS, type CloudId } from './cloud-ids';

export interface CloudInfo {
  id: CloudId;
  /** English name; the UI translates through its own messages. */
  label: string;
  /** True where Partner Center forces the delegated-admin box on (docs/domain.md#clouds). */
  dapRequired: boolean;
  /** Where the customer's Global Admin accepts the invitation (docs/domain.md#clouds). */
  acceptPortal: { name: string; url: string };
  /** Host used when the extension builds a reseller link itself. */
  linkHost: string;
  /** Hosts accepted in reseller relationship links for this cloud. */
  resellerHosts: readonly string[];
  /** Hosts accepted in GDAP invitation links for this cloud. */
  gdapHosts: readonly string[];
}

export const CLOUDS: Readonly<Record<CloudId, CloudInfo>> = {
  public: {
    id: 'public',
    label: 'Microsoft cloud (commercial)',
    dapRequired: false,
    acceptPortal: { name: 'Microsoft 365 admin center', url: 'https://admin.microsoft.com' },
    linkHost: 'admin.microsoft.com',
    // portal.office.com serves the legacy partnersignup.aspx form (before late 2020).
    resellerHosts: ['admin.microsoft.com', 'portal.office.com'],
    gdapHosts: ['admin.microsoft.com', 'admin.cloud.microsoft'],
  },
  // National clouds: the exact hosts of their invitation links are unconfirmed (docs/domain.md#clouds).
  // We accept the documented admin portals and treat the link the partner pastes from
  // their own Partner Center as the source of truth (Profile.pastedLink).
  usgov: {
    id: 'usgov',
    label: 'Microsoft Cloud for US Government',
    dapRequired: true,
    acceptPortal: { name: 'Microsoft Office admin portal', url: 'https://portal.office365.us' },
    linkHost: 'portal.office365.us',
    resellerHosts: ['portal.office365.us'],
    gdapHosts: ['portal.office365.us'],
  },
  germany: {
    id: 'germany',
    label: 'Microsoft Cloud Germany',
    dapRequired: true,
    acceptPortal: { name: 'Microsoft Office admin portal', url: 'https://portal.office.de' },
    linkHost: 'portal.office.de',
    resellerHosts: ['portal.office.de'],
    gdapHosts: ['portal.office.de'],
  },
};

/** Every host that may carry an invitation link, in any cloud. */
export const INVITATION_HOSTS: ReadonlySet<string> = new Set(
  CLOUD_IDS.flatMap((id) => [...CLOUDS[id].resellerHosts, ...CLOUDS[id].gdapHosts]),
);

/** The cloud whose invitation links live on `host` (exact, case-insensitive), if any. */
export function cloudForHost(host: string): CloudId | undefined {
  const h = host.toLowerCase();
  return CLOUD_IDS.find((id) => CLOUDS[id].resellerHosts.includes(h) || CLOUDS[id].gdapHosts.includes(h));
}

/** Whether building or sending a link without delegated admin is allowed in `cloud`. */
export function mayOmitDap(cloud: CloudId): boolean {
  return !CLOUDS[cloud].dapRequired;
}
