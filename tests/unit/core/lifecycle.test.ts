import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAY_MS,
  GDAP_EXPIRY_DAYS,
  LIFECYCLE_ACTIONS,
  applyAction,
  createInvitation,
  expireIfNeeded,
  followedUpBy,
  isDue,
  nextDueAt,
  reRecord,
  type Cadence,
  type LifecycleAction,
} from '../../../src/core/lifecycle';
import { invitationSchema, type Invitation, type NewInvitation } from '../../../src/core/invitation';
import { DIRECT_NO_DAP } from '../../fixtures/links';

const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);
const cadence: Cadence = { firstFollowUpDays: 3, followUpEveryDays: 7 };

const input = (over: Partial<NewInvitation> = {}): NewInvitation => ({
  customerName: ' Contoso ',
  customerEmail: 'admin@contoso.com',
  customerDomain: 'Contoso.COM',
  cloud: 'public',
  dap: false,
  link: DIRECT_NO_DAP,
  language: 'en',
  subject: 'Invitation',
  body: 'Hello',
  ...over,
});

function ok(r: ReturnType<typeof applyAction>): Invitation {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('createInvitation', () => {
  it('makes a valid pending reseller record due after the first follow-up delay, never expiring', () => {
    const inv = createInvitation(input(), T0, cadence, 'id-1');
    expect(invitationSchema.parse(inv)).toEqual(inv);
    expect(inv).toMatchObject({
      id: 'id-1',
      status: 'pending',
      customerName: 'Contoso',
      customerDomain: 'contoso.com',
      kind: 'reseller',
      createdAt: T0,
      updatedAt: T0,
      dueAt: T0 + 3 * DAY_MS,
      expiresAt: null,
      followUps: 0,
      history: [{ at: T0, event: 'created' }],
    });
  });

  it('a GDAP record expires 90 days after creation', () => {
    const inv = createInvitation(input({ kind: 'gdap' }), T0, cadence, 'g');
    expect(inv.expiresAt).toBe(T0 + GDAP_EXPIRY_DAYS * DAY_MS);
  });

  it('throws on input the schema refuses', () => {
    expect(() => createInvitation(input({ customerEmail: 'not an email' }), T0, cadence, 'x')).toThrow(/valid email/);
  });
});

describe('applyAction', () => {
  const fresh = () => createInvitation(input(), T0, cadence, 'id-1');

  it('accept: pending -> accepted, no due date, history and updatedAt follow', () => {
    const inv = ok(applyAction(fresh(), 'accept', T0 + 1000, cadence, { note: '  Customers.csv  ' }));
    expect(inv.status).toBe('accepted');
    expect(inv.dueAt).toBeNull();
    expect(inv.updatedAt).toBe(T0 + 1000);
    expect(inv.history.at(-1)).toEqual({ at: T0 + 1000, event: 'accepted', note: 'Customers.csv' });
  });

  it('cancel and expire leave pending with no due date', () => {
    expect(ok(applyAction(fresh(), 'cancel', T0 + 1, cadence))).toMatchObject({ status: 'cancelled', dueAt: null });
    expect(ok(applyAction(fresh(), 'expire', T0 + 1, cadence))).toMatchObject({ status: 'expired', dueAt: null });
  });

  it('followed-up counts the resend and schedules the next one after followUpEveryDays', () => {
    const now = T0 + 4 * DAY_MS;
    const inv = ok(applyAction(fresh(), 'followed-up', now, cadence));
    expect(inv.followUps).toBe(1);
    expect(inv.dueAt).toBe(now + 7 * DAY_MS);
    expect(inv.history.map((h) => h.event)).toEqual(['created', 'followed-up']);
    expect(ok(applyAction(inv, 'followed-up', now + 1, cadence)).followUps).toBe(2);
  });

  it('snooze moves dueAt to a future date and refuses the past, now, or no date', () => {
    const inv = ok(applyAction(fresh(), 'snooze', T0 + 10, cadence, { until: T0 + 20 * DAY_MS }));
    expect(inv.dueAt).toBe(T0 + 20 * DAY_MS);
    expect(inv.status).toBe('pending');
    const past = applyAction(fresh(), 'snooze', T0 + 10, cadence, { until: T0 + 10 });
    expect(past).toEqual({ ok: false, code: 'past-date', error: expect.stringMatching(/future/) });
    expect(applyAction(fresh(), 'snooze', T0, cadence)).toEqual({
      ok: false,
      code: 'no-date',
      error: expect.stringMatching(/choose the date/),
    });
    expect(applyAction(fresh(), 'snooze', T0, cadence, { until: Number.NaN })).toMatchObject({
      ok: false,
      code: 'no-date',
    });
  });

  it('reopen brings accepted, cancelled and expired back to pending with a new due date', () => {
    for (const first of ['accept', 'cancel', 'expire'] as const) {
      const closed = ok(applyAction(fresh(), first, T0 + 1, cadence));
      const reopened = ok(applyAction(closed, 'reopen', T0 + 2, cadence));
      expect(reopened.status).toBe('pending');
      expect(reopened.dueAt).toBe(T0 + 2 + 3 * DAY_MS);
      expect(reopened.history.at(-1)?.event).toBe('reopened');
    }
  });

  it('refuses illegal transitions with a clear reason and changes nothing', () => {
    const accepted = ok(applyAction(fresh(), 'accept', T0 + 1, cadence));
    const snapshot = structuredClone(accepted);
    for (const action of ['accept', 'cancel', 'snooze', 'followed-up', 'expire'] as const) {
      const r = applyAction(accepted, action, T0 + 2, cadence, { until: T0 + 9 * DAY_MS });
      expect(r).toEqual({
        ok: false,
        code: 'not-pending',
        error: expect.stringMatching(/already accepted, not pending\. Reopen it first\./),
      });
    }
    expect(applyAction(fresh(), 'reopen', T0 + 2, cadence)).toEqual({
      ok: false,
      code: 'already-pending',
      error: 'Cannot reopen: the invitation is already pending.',
    });
    expect(accepted).toEqual(snapshot);
  });

  it('a GDAP link past 90 days cannot be resent, snoozed or reopened, but can still be marked accepted', () => {
    const gdap = createInvitation(input({ kind: 'gdap' }), T0, cadence, 'g');
    const late = T0 + 91 * DAY_MS;
    expect(applyAction(gdap, 'followed-up', late, cadence)).toMatchObject({
      ok: false,
      code: 'gdap-expired',
      error: expect.stringMatching(/expired/),
    });
    expect(applyAction(gdap, 'snooze', late, cadence, { until: late + DAY_MS })).toMatchObject({
      ok: false,
      code: 'gdap-expired',
    });
    expect(ok(applyAction(gdap, 'accept', late, cadence)).status).toBe('accepted');
    const expired = expireIfNeeded(gdap, late);
    expect(applyAction(expired, 'reopen', late + 1, cadence)).toMatchObject({
      ok: false,
      code: 'gdap-expired',
      error: expect.stringMatching(/new one/),
    });
  });

  it('never moves updatedAt backwards when the clock does', () => {
    const inv = ok(applyAction(fresh(), 'followed-up', T0 + DAY_MS, cadence));
    expect(ok(applyAction(inv, 'accept', T0, cadence)).updatedAt).toBe(T0 + DAY_MS);
  });

  it('keeps history within the schema limit, keeping the creation event', () => {
    let inv = fresh();
    for (let i = 1; i <= 1005; i++) inv = ok(applyAction(inv, 'followed-up', T0 + i, cadence));
    expect(inv.history).toHaveLength(1000);
    expect(inv.history[0]?.event).toBe('created');
    expect(inv.history.at(-1)?.at).toBe(T0 + 1005);
    expect(invitationSchema.safeParse(inv).success).toBe(true);
  });

  it('caps a long note to the schema limit', () => {
    const inv = ok(applyAction(fresh(), 'cancel', T0 + 1, cadence, { note: 'x'.repeat(900) }));
    expect(inv.history.at(-1)?.note).toHaveLength(500);
    expect(invitationSchema.safeParse(inv).success).toBe(true);
  });
});

describe('recording the same invitation again (one id per draft)', () => {
  const first = createInvitation(input(), T0, cadence, 'draft-1');

  it('a follow-up tagged with its request is found, so a retry adds nothing', () => {
    const r = applyAction(first, 'followed-up', T0 + DAY_MS, cadence, { ref: 'draft-9' });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.history.at(-1)).toEqual({ at: T0 + DAY_MS, event: 'followed-up', ref: 'draft-9' });
    expect(followedUpBy(r.value, 'draft-9')).toBe(true);
    expect(followedUpBy(r.value, 'draft-8')).toBe(false);
    expect(followedUpBy(first, 'draft-9')).toBe(false);
    expect(invitationSchema.safeParse(r.value).success).toBe(true);
  });

  it('a pending record takes the email as last sent, with an edited event; same fields or not pending: null', () => {
    const again = createInvitation(
      input({ body: 'Hello Anna', customerName: 'Contoso SpA' }),
      T0 + 5,
      cadence,
      'draft-1',
    );
    const next = reRecord(first, again, T0 + 5);
    expect(next).toMatchObject({
      id: 'draft-1',
      body: 'Hello Anna',
      customerName: 'Contoso SpA',
      createdAt: T0,
      dueAt: first.dueAt,
      updatedAt: T0 + 5,
    });
    expect(next?.history.map((h) => h.event)).toEqual(['created', 'edited']);
    expect(reRecord(first, createInvitation(input(), T0 + 5, cadence, 'draft-1'), T0 + 5)).toBeNull();
    const accepted = applyAction(first, 'accept', T0 + 1, cadence);
    if (!accepted.ok) throw new Error(accepted.error);
    expect(reRecord(accepted.value, again, T0 + 5)).toBeNull();
  });
});

describe('isDue, nextDueAt, expireIfNeeded', () => {
  it('isDue from dueAt on, only while pending', () => {
    const inv = createInvitation(input(), T0, cadence, 'a');
    expect(isDue(inv, T0 + 3 * DAY_MS - 1)).toBe(false);
    expect(isDue(inv, T0 + 3 * DAY_MS)).toBe(true);
    expect(isDue(ok(applyAction(inv, 'accept', T0 + 1, cadence)), T0 + 99 * DAY_MS)).toBe(false);
  });

  it('nextDueAt uses the first delay before any follow-up, then the regular one', () => {
    expect(nextDueAt(T0, cadence, 0)).toBe(T0 + 3 * DAY_MS);
    expect(nextDueAt(T0, cadence, 4)).toBe(T0 + 7 * DAY_MS);
  });

  it('expires a pending GDAP record at expiresAt and leaves the rest alone', () => {
    const gdap = createInvitation(input({ kind: 'gdap' }), T0, cadence, 'g');
    const at = T0 + 90 * DAY_MS;
    expect(expireIfNeeded(gdap, at - 1)).toBe(gdap);
    const expired = expireIfNeeded(gdap, at);
    expect(expired).toMatchObject({ status: 'expired', dueAt: null, updatedAt: at });
    expect(expired.history.at(-1)).toEqual({ at, event: 'expired' });
    expect(expireIfNeeded(expired, at + 1)).toBe(expired);
    const reseller = createInvitation(input(), T0, cadence, 'r');
    expect(expireIfNeeded(reseller, T0 + 1000 * DAY_MS)).toBe(reseller);
  });
});

describe('lifecycle invariants (property)', () => {
  const step = fc.record({
    action: fc.constantFrom<LifecycleAction>(...LIFECYCLE_ACTIONS),
    advance: fc.integer({ min: 0, max: 40 * DAY_MS }),
    until: fc.option(fc.integer({ min: -5 * DAY_MS, max: 60 * DAY_MS }), { nil: undefined }),
    note: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    expireCheck: fc.boolean(),
  });

  it('any sequence of actions keeps a valid record: dueAt only while pending, one event per change, monotonic updatedAt', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'reseller' | 'gdap'>('reseller', 'gdap'),
        fc.record({
          firstFollowUpDays: fc.integer({ min: 1, max: 90 }),
          followUpEveryDays: fc.integer({ min: 1, max: 90 }),
        }),
        fc.array(step, { maxLength: 30 }),
        (kind, cad, steps) => {
          let inv = createInvitation(input({ kind }), T0, cad, 'p');
          let now = T0;
          for (const s of steps) {
            now += s.advance;
            const before = inv;
            if (s.expireCheck) {
              inv = expireIfNeeded(inv, now);
              if (inv !== before) expect(inv.status).toBe('expired');
            }
            const prev = inv;
            const r = applyAction(inv, s.action, now, cad, {
              until: s.until === undefined ? undefined : now + s.until,
              note: s.note,
            });
            if (r.ok) {
              inv = r.value;
              expect(inv.history).toHaveLength(Math.min(prev.history.length + 1, 1000));
              expect(inv.history.at(-1)?.at).toBe(now);
              expect(inv.updatedAt).toBeGreaterThanOrEqual(prev.updatedAt);
              expect(inv.followUps).toBe(prev.followUps + (s.action === 'followed-up' ? 1 : 0));
              if (s.action === 'followed-up') expect(inv.dueAt).toBe(now + cad.followUpEveryDays * DAY_MS);
              if (s.action === 'snooze') expect(inv.dueAt).toBeGreaterThan(now);
            } else {
              expect(r.error).toMatch(/^Cannot /);
              expect(inv).toBe(prev);
            }
            expect(inv.dueAt === null).toBe(inv.status !== 'pending');
            expect(inv.createdAt).toBe(T0);
            expect(invitationSchema.safeParse(inv).success).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
