// The invitation lifecycle: pending -> accepted | cancelled | expired, and back with
// 'reopen'. Pure and deterministic: the caller passes the time and the id.
//
// Invariants every function keeps (tested as properties):
// - dueAt is a number only while pending, null otherwise;
// - every change appends one history event stamped `now` and sets updatedAt to `now`
//   (never moving it backwards), so a backup restore can tell newer from older;
// - a refused action returns { ok: false, error, code } and leaves the record untouched;
// - history stays within the schema's 1,000 events (the oldest after 'created' go first).
import { newInvitationSchema, type HistoryEvent, type Invitation, type NewInvitation } from './invitation';

export const DAY_MS = 86_400_000;
/** GDAP invitations expire 90 days after creation if not approved (docs/domain.md#dap-and-gdap). */
export const GDAP_EXPIRY_DAYS = 90;
const MAX_HISTORY = 1000;
const MAX_NOTE = 500;

export type Cadence = { firstFollowUpDays: number; followUpEveryDays: number };
export type LifecycleAction = 'accept' | 'cancel' | 'snooze' | 'followed-up' | 'reopen' | 'expire';
export const LIFECYCLE_ACTIONS: readonly LifecycleAction[] = [
  'accept',
  'cancel',
  'snooze',
  'followed-up',
  'reopen',
  'expire',
];
/** Why an action was refused, stable for translation; `error` is the English sentence. */
export const ACTION_ERROR_CODES = ['not-pending', 'already-pending', 'no-date', 'past-date', 'gdap-expired'] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];
export type ActionResult = { ok: true; value: Invitation } | { ok: false; error: string; code: ActionErrorCode };

/**
 * When the next follow-up falls due, counted from `now`: the first one after
 * `firstFollowUpDays`, every later one after `followUpEveryDays`.
 */
export function nextDueAt(now: number, cadence: Cadence, followUpsSoFar: number): number {
  return now + (followUpsSoFar === 0 ? cadence.firstFollowUpDays : cadence.followUpEveryDays) * DAY_MS;
}

/**
 * A new pending record for an invitation just sent. Throws a ZodError when `input` is not a
 * valid NewInvitation (the worker validates messages first, so that is a programming error).
 */
export function createInvitation(input: NewInvitation, now: number, cadence: Cadence, id: string): Invitation {
  const fields = newInvitationSchema.parse(input);
  return {
    ...fields,
    id,
    status: 'pending',
    createdAt: now,
    updatedAt: now,
    dueAt: nextDueAt(now, cadence, 0),
    expiresAt: fields.kind === 'gdap' ? now + GDAP_EXPIRY_DAYS * DAY_MS : null,
    followUps: 0,
    history: [{ at: now, event: 'created' }],
  };
}

function withEvent(
  inv: Invitation,
  now: number,
  event: HistoryEvent['event'],
  note: string | undefined,
  patch: Partial<Invitation>,
  ref?: string,
): Invitation {
  const entry: HistoryEvent =
    note !== undefined && note.trim() !== ''
      ? { at: now, event, note: note.trim().slice(0, MAX_NOTE) }
      : { at: now, event };
  if (ref) entry.ref = ref;
  let history = [...inv.history, entry];
  if (history.length > MAX_HISTORY) {
    // Keep the first event (creation) and the most recent ones.
    history = [...history.slice(0, 1), ...history.slice(history.length - (MAX_HISTORY - 1))];
  }
  return { ...inv, ...patch, updatedAt: Math.max(now, inv.updatedAt), history };
}

function isPastExpiry(inv: Invitation, now: number): boolean {
  return inv.expiresAt !== null && now >= inv.expiresAt;
}

const STATUS_WORD: Record<Invitation['status'], string> = {
  pending: 'pending',
  accepted: 'already accepted',
  cancelled: 'cancelled',
  expired: 'expired',
};

function notPending(inv: Invitation, doing: string): ActionResult {
  return {
    ok: false,
    code: 'not-pending',
    error: `Cannot ${doing}: the invitation is ${STATUS_WORD[inv.status]}, not pending. Reopen it first.`,
  };
}

/**
 * Applies a user or import action. Legal moves:
 * - accept, cancel, expire, snooze, followed-up: from pending only;
 * - reopen: from accepted, cancelled or expired back to pending (not for a GDAP link past its
 *   90 days: that link can no longer be approved, a new one is needed).
 * snooze needs `opts.until` in the future; followed-up (a resend) counts the follow-up and
 * sets the next due date; snooze and followed-up are refused for a GDAP link past expiry.
 * `opts.ref` tags the follow-up's history event with the request it came from (see followedUpBy).
 */
export function applyAction(
  inv: Invitation,
  action: LifecycleAction,
  now: number,
  cadence: Cadence,
  opts: { until?: number; note?: string; ref?: string } = {},
): ActionResult {
  const note = opts.note;
  switch (action) {
    case 'accept':
      if (inv.status !== 'pending') return notPending(inv, 'mark as accepted');
      return { ok: true, value: withEvent(inv, now, 'accepted', note, { status: 'accepted', dueAt: null }) };
    case 'cancel':
      if (inv.status !== 'pending') return notPending(inv, 'cancel');
      return { ok: true, value: withEvent(inv, now, 'cancelled', note, { status: 'cancelled', dueAt: null }) };
    case 'expire':
      if (inv.status !== 'pending') return notPending(inv, 'mark as expired');
      return { ok: true, value: withEvent(inv, now, 'expired', note, { status: 'expired', dueAt: null }) };
    case 'snooze': {
      if (inv.status !== 'pending') return notPending(inv, 'snooze');
      const until = opts.until;
      if (until === undefined || !Number.isSafeInteger(until))
        return { ok: false, code: 'no-date', error: 'Cannot snooze: choose the date to be reminded on.' };
      if (until <= now)
        return { ok: false, code: 'past-date', error: 'Cannot snooze: the reminder date must be in the future.' };
      if (isPastExpiry(inv, now))
        return {
          ok: false,
          code: 'gdap-expired',
          error: 'Cannot snooze: this GDAP link has expired (90 days after creation). Send a new one.',
        };
      return { ok: true, value: withEvent(inv, now, 'snoozed', note, { dueAt: until }) };
    }
    case 'followed-up': {
      if (inv.status !== 'pending') return notPending(inv, 'record a follow-up');
      if (isPastExpiry(inv, now))
        return {
          ok: false,
          code: 'gdap-expired',
          error: 'Cannot resend: this GDAP link has expired (90 days after creation). Send a new one.',
        };
      const followUps = inv.followUps + 1;
      return {
        ok: true,
        value: withEvent(
          inv,
          now,
          'followed-up',
          note,
          { followUps, dueAt: nextDueAt(now, cadence, followUps) },
          opts.ref,
        ),
      };
    }
    case 'reopen':
      if (inv.status === 'pending')
        return { ok: false, code: 'already-pending', error: 'Cannot reopen: the invitation is already pending.' };
      if (isPastExpiry(inv, now))
        return {
          ok: false,
          code: 'gdap-expired',
          error:
            'Cannot reopen: this GDAP link has expired (90 days after creation) and can no longer be approved. Send a new one.',
        };
      return {
        ok: true,
        value: withEvent(inv, now, 'reopened', note, {
          status: 'pending',
          dueAt: nextDueAt(now, cadence, inv.followUps),
        }),
      };
  }
}

/**
 * True when a follow-up is due: pending and dueAt reached. A GDAP record past its expiry
 * should be run through expireIfNeeded first (the background alarm does).
 */
export { isDue } from './due-count';

/** A pending GDAP record past expiresAt becomes expired; anything else comes back as is (same object). */
export function expireIfNeeded(inv: Invitation, now: number): Invitation {
  if (inv.status !== 'pending' || !isPastExpiry(inv, now)) return inv;
  return withEvent(inv, now, 'expired', undefined, { status: 'expired', dueAt: null });
}

/** True when a follow-up tagged `ref` is already in the history: recording it again must change nothing. */
export function followedUpBy(inv: Invitation, ref: string): boolean {
  return inv.history.some((h) => h.event === 'followed-up' && h.ref === ref);
}

const RECORDED_FIELDS = [
  'customerName',
  'customerEmail',
  'customerDomain',
  'customerCountry',
  'cloud',
  'dap',
  'kind',
  'link',
  'language',
  'subject',
  'body',
] as const;

/**
 * The same invitation recorded again (the popup records one id per draft, at every copy, mail
 * or insertion): a pending record takes the email as last sent, with an 'edited' event; an
 * identical one, or one no longer pending, is left as it is (null).
 */
export function reRecord(existing: Invitation, fresh: Invitation, now: number): Invitation | null {
  if (existing.status !== 'pending') return null;
  if (RECORDED_FIELDS.every((f) => existing[f] === fresh[f])) return null;
  const patch: Partial<Invitation> = {};
  for (const f of RECORDED_FIELDS) Object.assign(patch, { [f]: fresh[f] });
  return withEvent(existing, now, 'edited', undefined, patch);
}
