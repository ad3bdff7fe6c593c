// Synthetic invitations for the benchmark: deterministic, valid against invitationSchema.
// Every 10th is accepted; of the pending ones, every 9th is overdue (counts on the badge).
import type { Invitation } from '../../../src/core/invitation';
import { DIRECT_NO_DAP } from '../../fixtures/links';

const DAY = 86_400_000;
const LINK = DIRECT_NO_DAP;

export function benchInvitation(i: number, now: number): Invitation {
  const accepted = i % 10 === 9;
  const overdue = !accepted && i % 9 === 0;
  const createdAt = now - (30 + (i % 60)) * DAY;
  const name = `Customer ${i.toString().padStart(6, '0')} S.r.l.`;
  const domain = `customer${i}.example`;
  return {
    id: `bench-${i.toString().padStart(7, '0')}`,
    customerName: name,
    customerEmail: `admin@${domain}`,
    customerDomain: domain,
    customerCountry: 'IT',
    cloud: 'public',
    dap: false,
    kind: 'reseller',
    link: LINK,
    language: i % 2 ? 'it' : 'en',
    subject: `Invitation for ${name}`,
    body: `Hello,\n\nplease accept the reseller relationship: ${LINK}\n\nThanks`,
    status: accepted ? 'accepted' : 'pending',
    mainStatus: accepted ? 'accepted' : 'pending',
    createdAt,
    updatedAt: createdAt,
    dueAt: accepted ? null : overdue ? now - ((i % 5) + 1) * DAY : now + ((i % 20) + 1) * DAY,
    expiresAt: null,
    followUps: 0,
    history: accepted
      ? [
          { at: createdAt, event: 'created' },
          { at: createdAt + DAY, event: 'accepted' },
        ]
      : [{ at: createdAt, event: 'created' }],
    gdap: null,
  };
}

/** How many of the first `n` bench invitations are overdue (the expected badge count). */
export function benchDueCount(n: number): number {
  let due = 0;
  for (let i = 0; i < n; i++) if (i % 10 !== 9 && i % 9 === 0) due++;
  return due;
}

/** A Partner Center Customers.csv with `n` rows: every other row matches a bench invitation by domain. */
export function benchCustomersCsv(n: number): string {
  const lines = ['Microsoft ID,Company name,Primary domain name,Relationship'];
  for (let i = 0; i < n; i++) {
    const hex = i.toString(16).padStart(12, '0');
    const domain = i % 2 === 0 ? `customer${i}.example` : `other${i}.example`;
    lines.push(`00000000-0000-4000-8000-${hex},"Customer ${i}, S.r.l.",${domain},Cloud Reseller`);
  }
  return lines.join('\r\n');
}

/** A plain-text email body of about `bytes` characters with the link in the middle. */
export function benchBody(bytes: number): { body: string; link: string } {
  const para = 'We would like to become your Microsoft cloud partner. This message explains the next steps in detail. ';
  const half = para.repeat(Math.ceil(bytes / 2 / para.length)).slice(0, Math.floor(bytes / 2));
  return { body: `${half}\n\n${LINK}\n\n${half}`, link: LINK };
}
