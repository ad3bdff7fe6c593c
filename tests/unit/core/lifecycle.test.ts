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
  overallStatus,
  partsOf,
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

describe('an invitation with a GDAP request: two parts tracked apart', () => {
  const GDAP =
    'https://admin.cloud.microsoft/?#/partners/invitation/granularAdminRelationships/1c6f4f0e-7d2a-4c5b-8e3f-2a1b0c9d8e7f-5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c';
  const both = () => createInvitation(input({ gdapLink: GDAP }), T0, cadence, 'two');
  const act = (inv: Invitation, action: LifecycleAction, at: number, opts: Parameters<typeof applyAction>[4] = {}) =>
    ok(applyAction(inv, action, at, cadence, opts));

  it('records the GDAP request as its own part, expiring 90 days after creation', () => {
    const inv = both();
    expect(invitationSchema.parse(inv)).toEqual(inv);
    expect(inv).toMatchObject({
      status: 'pending',
      mainStatus: 'pending',
      expiresAt: null,
      gdap: {
        link: GDAP,
        status: 'pending',
        expiresAt: T0 + 90 * DAY_MS,
        history: [{ at: T0, event: 'created' }],
      },
    });
    expect(partsOf(inv)).toEqual(['reseller', 'gdap']);
    expect(partsOf(createInvitation(input(), T0, cadence, 'one'))).toEqual(['reseller']);
  });

  it('refuses a GDAP link that is not one, as the worker would', () => {
    expect(() => createInvitation(input({ gdapLink: GDAP.slice(0, -2) }), T0, cadence, 'x')).toThrow(/GDAP/);
    expect(() => createInvitation(input({ gdapLink: input().link }), T0, cadence, 'x')).toThrow(/GDAP/);
  });

  it('reseller acceptance and GDAP approval are marked done separately, each in its own history', () => {
    const resellerDone = act(both(), 'accept', T0 + DAY_MS, { part: 'reseller', note: 'Customers.csv' });
    expect(resellerDone).toMatchObject({ status: 'pending', mainStatus: 'accepted', dueAt: T0 + 3 * DAY_MS });
    expect(resellerDone.history.at(-1)).toEqual({ at: T0 + DAY_MS, event: 'accepted', note: 'Customers.csv' });
    expect(resellerDone.gdap?.history).toEqual([{ at: T0, event: 'created' }]);

    const allDone = act(resellerDone, 'accept', T0 + 2 * DAY_MS, { part: 'gdap' });
    expect(allDone).toMatchObject({ status: 'accepted', mainStatus: 'accepted', dueAt: null });
    expect(allDone.gdap).toMatchObject({ status: 'accepted' });
    expect(allDone.gdap?.history.at(-1)).toEqual({ at: T0 + 2 * DAY_MS, event: 'accepted' });
    expect(allDone.history).toHaveLength(2);

    // The GDAP part first works the same way; accepting a part twice is refused with its name.
    const gdapFirst = act(both(), 'accept', T0 + 1, { part: 'gdap' });
    expect(gdapFirst).toMatchObject({ status: 'pending', mainStatus: 'pending', gdap: { status: 'accepted' } });
    expect(applyAction(gdapFirst, 'accept', T0 + 2, cadence, { part: 'gdap' })).toEqual({
      ok: false,
      code: 'not-pending',
      error: 'Cannot mark as accepted: the GDAP request is already accepted, not pending. Reopen it first.',
    });
    // Without a part, accept means the main part: the reseller relationship.
    expect(act(both(), 'accept', T0 + 1)).toMatchObject({ mainStatus: 'accepted', gdap: { status: 'pending' } });
  });

  it('a record has no part it was not sent with: no GDAP part on a reseller-only one, no reseller part on a GDAP-only one', () => {
    const gdapOnly = createInvitation(input({ kind: 'gdap', link: GDAP }), T0, cadence, 'g');
    expect(applyAction(gdapOnly, 'accept', T0 + 1, cadence, { part: 'reseller' })).toEqual({
      ok: false,
      code: 'no-part',
      error: 'Cannot mark as accepted: this invitation has no reseller relationship.',
    });
    expect(act(gdapOnly, 'accept', T0 + 1, { part: 'gdap' })).toMatchObject({
      status: 'accepted',
      mainStatus: 'accepted',
    });
    const one = createInvitation(input(), T0, cadence, 'one');
    for (const action of ['accept', 'cancel', 'reopen'] as const) {
      expect(applyAction(one, action, T0 + 1, cadence, { part: 'gdap' })).toMatchObject({ ok: false, code: 'no-part' });
    }
  });

  it('cancel without a part closes both; with a part, that part only', () => {
    expect(act(both(), 'cancel', T0 + 1)).toMatchObject({
      status: 'cancelled',
      mainStatus: 'cancelled',
      dueAt: null,
      gdap: { status: 'cancelled' },
    });
    expect(act(both(), 'cancel', T0 + 1, { part: 'gdap' })).toMatchObject({
      status: 'pending',
      mainStatus: 'pending',
      gdap: { status: 'cancelled' },
    });
  });

  it('the GDAP part expires after 90 days on its own; the reseller part keeps waiting', () => {
    const at = T0 + 90 * DAY_MS;
    expect(expireIfNeeded(both(), at - 1)).toEqual(both());
    const expired = expireIfNeeded(both(), at);
    expect(expired).toMatchObject({ status: 'pending', mainStatus: 'pending', gdap: { status: 'expired' } });
    expect(expired.gdap?.history.at(-1)).toEqual({ at, event: 'expired' });
    // A resend still makes sense for the reseller link; reopening the expired request does not.
    expect(act(expired, 'followed-up', at + 1).followUps).toBe(1);
    expect(applyAction(expired, 'reopen', at + 1, cadence, { part: 'gdap' })).toMatchObject({
      ok: false,
      code: 'gdap-expired',
    });
    // Reseller accepted, GDAP expired: the invitation is done, and counted as accepted.
    const accepted = expireIfNeeded(act(both(), 'accept', T0 + 1), at);
    expect(accepted).toMatchObject({ status: 'accepted', dueAt: null, gdap: { status: 'expired' } });
    // Only the expired GDAP request left waiting: no resend, no snooze.
    const late = act(both(), 'accept', T0 + 1, { part: 'reseller' });
    expect(applyAction(late, 'followed-up', at + 1, cadence)).toMatchObject({ ok: false, code: 'gdap-expired' });
  });

  it('reopen without a part brings back every closed part that can still be approved', () => {
    const closed = act(both(), 'cancel', T0 + 1);
    const back = act(closed, 'reopen', T0 + 2);
    expect(back).toMatchObject({ status: 'pending', mainStatus: 'pending', dueAt: T0 + 2 + 3 * DAY_MS });
    expect(back.gdap?.status).toBe('pending');
    const afterExpiry = act(closed, 'reopen', T0 + 91 * DAY_MS);
    expect(afterExpiry).toMatchObject({ status: 'pending', mainStatus: 'pending', gdap: { status: 'cancelled' } });
    // One part reopened while the other still waits: the due date stays.
    const half = act(both(), 'accept', T0 + 1, { part: 'gdap' });
    expect(act(half, 'reopen', T0 + 2, { part: 'gdap' })).toMatchObject({ status: 'pending', dueAt: T0 + 3 * DAY_MS });
  });

  it('overallStatus: pending while either waits, then accepted, then expired, then cancelled', () => {
    expect(overallStatus('accepted', null)).toBe('accepted');
    expect(overallStatus('accepted', 'pending')).toBe('pending');
    expect(overallStatus('cancelled', 'accepted')).toBe('accepted');
    expect(overallStatus('expired', 'cancelled')).toBe('expired');
    expect(overallStatus('cancelled', 'cancelled')).toBe('cancelled');
  });

  it('property: any sequence of part actions keeps status = overallStatus(parts), due date only while pending', () => {
    const step = fc.record({
      action: fc.constantFrom<LifecycleAction>(...LIFECYCLE_ACTIONS),
      part: fc.constantFrom<'reseller' | 'gdap' | undefined>('reseller', 'gdap', undefined),
      advance: fc.integer({ min: 0, max: 40 * DAY_MS }),
      expireCheck: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let inv = both();
        let now = T0;
        for (const s of steps) {
          now += s.advance;
          if (s.expireCheck) inv = expireIfNeeded(inv, now);
          const prev = inv;
          const r = applyAction(inv, s.action, now, cadence, {
            until: now + DAY_MS,
            ...(s.part ? { part: s.part } : {}),
          });
          if (r.ok) {
            inv = r.value;
            const events = inv.history.length + (inv.gdap?.history.length ?? 0);
            const before = prev.history.length + (prev.gdap?.history.length ?? 0);
            expect(events).toBeGreaterThan(before);
            expect(inv.updatedAt).toBeGreaterThanOrEqual(prev.updatedAt);
          } else {
            expect(inv).toBe(prev);
          }
          expect(inv.status).toBe(overallStatus(inv.mainStatus, inv.gdap?.status ?? null));
          expect(inv.dueAt === null).toBe(inv.status !== 'pending');
          // A GDAP request past its expiry is never pending after the expiry check.
          if (s.expireCheck && inv.gdap && now >= inv.gdap.expiresAt) expect(inv.gdap.status).not.toBe('pending');
          expect(invitationSchema.safeParse(inv).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
