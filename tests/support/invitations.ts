// The one invitation factory for unit and e2e tests: what the popup's "Done" sends
// (newInvitation, the `invitation/record` payload) and a record as the worker stores it
// (makeInvitation). Every field can be overridden; the defaults are valid for the schemas.
import type { Invitation, NewInvitation } from '../../src/core/invitation';
import { DIRECT_NO_DAP } from '../fixtures/links';

let n = 0;

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'customer';

/** What "Done" records for `name`: its admin address and domain follow from the name. */
export function newInvitation(name?: string, over: Partial<NewInvitation> = {}): NewInvitation {
  n += 1;
  const customerName = name ?? `Customer ${n}`;
  const link = over.link ?? DIRECT_NO_DAP;
  return {
    customerName,
    customerEmail: `admin@${slug(customerName)}.example`,
    customerDomain: `${slug(customerName)}.example`,
    customerCountry: 'IT',
    cloud: 'public',
    dap: false,
    kind: 'reseller',
    link,
    language: 'en',
    subject: 'Invitation',
    body: `Dear ${customerName},\n\nplease accept our invitation: ${link}`,
    ...over,
  };
}

/** A valid stored pending record (ids inv-000001, inv-000002, …); fields overridable. */
export function makeInvitation(over: Partial<Invitation> = {}): Invitation {
  const base = newInvitation(over.customerName);
  return {
    ...(base as Required<NewInvitation>),
    id: `inv-${String(n).padStart(6, '0')}`,
    status: 'pending',
    createdAt: 1_000,
    updatedAt: 1_000,
    dueAt: 10_000,
    expiresAt: null,
    followUps: 0,
    history: [{ at: 1_000, event: 'created' }],
    gdap: null,
    ...over,
    // A record without a GDAP part has one part: its status is the whole invitation's.
    mainStatus: over.mainStatus ?? over.status ?? 'pending',
  };
}
