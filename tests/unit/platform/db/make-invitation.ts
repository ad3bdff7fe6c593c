import type { Invitation } from '../../../../src/core/invitation';

let n = 0;
/** A valid stored invitation; fields overridable. */
export function makeInvitation(over: Partial<Invitation> = {}): Invitation {
  n += 1;
  const id = over.id ?? `inv-${String(n).padStart(6, '0')}`;
  return {
    id,
    customerName: `Customer ${n}`,
    customerEmail: `admin${n}@customer${n}.example`,
    customerDomain: `customer${n}.example`,
    customerCountry: 'IT',
    cloud: 'public',
    dap: false,
    kind: 'reseller',
    link: 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0&msppId=0&DAP=false#/BillingAccounts/partner-invitation',
    language: 'en',
    subject: 'Invitation',
    body: 'Please accept',
    status: 'pending',
    createdAt: 1_000,
    updatedAt: 1_000,
    dueAt: 10_000,
    expiresAt: null,
    followUps: 0,
    history: [{ at: 1_000, event: 'created' }],
    ...over,
  };
}
