// The invitation lifecycle: pending -> accepted | cancelled | expired, and back with
// 'reopen'. Pure and deterministic: the caller passes the time and the id.
//
// Invariants every function keeps (tested as properties):
// - dueAt is a number only while pending, null otherwise;
// - every change appends one history event stamped `now` and sets updatedAt to `now`
//   (never moving it backwards), so a backup restore can tell newer from older;
// - a refused action returns { ok: false, error, code } and leaves the record untouched;
// - history stays within the schema's 1,000 events (the oldest after 'created' go first).
import { DAY_MS, GDAP_EXPIRY_DAYS } from './gdap-expiry';
import { partsOf } from './parts';
import {
  newInvitationSchema,
  type GdapPart,
  type HistoryEvent,
  type Invitation,
  type InvitationStatus,
  type NewInvitation,
  type PartName,
} from './invitation';

export { DAY_MS, GDAP_EXPIRY_DAYS, partsOf };
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
export const ACTION_ERROR_CODES = [
  'not-pending',
  'already-pending',
  'no-date',
  'past-date',
  'gdap-expired',
  'no-part',
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];
export type ActionResult = { ok: true; value: Invitation } | { ok: false; error: string; code: ActionErrorCode };
export type ActionOptions = {
  until?: number;
  note?: string;
  /** Which part accept, cancel, expire and reopen apply to; absent: see applyAction. */
  part?: PartName;
  /** Tags a follow-up's history event with the request it came from (see followedUpBy). */
  ref?: string;
};

/**
 * When the next follow-up falls due, counted from `now`: the first one after
 * `firstFollowUpDays`, every later one after `followUpEveryDays`.
 */
export function nextDueAt(now: number, cadence: Cadence, followUpsSoFar: number): number {
  return now + (followUpsSoFar === 0 ? cadence.firstFollowUpDays : cadence.followUpEveryDays) * DAY_MS;
}

/**
 * The whole invitation's status from its parts' (the GDAP part absent: the main part's):
 * pending while either waits on the customer, else accepted if either was, else expired if
 * either did, else cancelled.
 */
export function overallStatus(main: InvitationStatus, gdap: InvitationStatus | null): InvitationStatus {
  if (gdap === null || gdap === main) return main;
  for (const s of ['pending', 'accepted', 'expired'] as const) if (main === s || gdap === s) return s;
  return 'cancelled';
}

/**
 * A new pending record for an invitation just sent. Throws a ZodError when `input` is not a
 * valid NewInvitation (the worker validates messages first, so that is a programming error).
 * A GDAP link sent with a reseller link becomes the record's GDAP part, expiring 90 days from now.
 */
export function createInvitation(input: NewInvitation, now: number, cadence: Cadence, id: string): Invitation {
  const { gdapLink, ...fields } = newInvitationSchema.parse(input);
  const expiry = now + GDAP_EXPIRY_DAYS * DAY_MS;
  const created: HistoryEvent = { at: now, event: 'created' };
  return {
    ...fields,
    id,
    status: 'pending',
    mainStatus: 'pending',
    createdAt: now,
    updatedAt: now,
    dueAt: nextDueAt(now, cadence, 0),
    expiresAt: fields.kind === 'gdap' ? expiry : null,
    followUps: 0,
    history: [created],
    gdap:
      gdapLink !== undefined && fields.kind === 'reseller'
        ? { link: gdapLink, status: 'pending', expiresAt: expiry, history: [{ ...created }] }
        : null,
  };
}

function appendEvent(
  history: HistoryEvent[],
  now: number,
  event: HistoryEvent['event'],
  note?: string,
  ref?: string,
): HistoryEvent[] {
  const entry: HistoryEvent =
    note !== undefined && note.trim() !== ''
      ? { at: now, event, note: note.trim().slice(0, MAX_NOTE) }
      : { at: now, event };
  if (ref) entry.ref = ref;
  const out = [...history, entry];
  // Keep the first event (creation) and the most recent ones.
  return out.length > MAX_HISTORY ? [...out.slice(0, 1), ...out.slice(out.length - (MAX_HISTORY - 1))] : out;
}

function withEvent(
  inv: Invitation,
  now: number,
  event: HistoryEvent['event'],
  note: string | undefined,
  patch: Partial<Invitation>,
  ref?: string,
): Invitation {
  return {
    ...inv,
    ...patch,
    updatedAt: Math.max(now, inv.updatedAt),
    history: appendEvent(inv.history, now, event, note, ref),
  };
}

function partStatus(inv: Invitation, part: PartName): InvitationStatus | null {
  if (part === inv.kind) return inv.mainStatus;
  return part === 'gdap' ? (inv.gdap?.status ?? null) : null;
}

/** When `part`'s request can no longer be approved (a GDAP request's expiry), or null. */
function partExpiry(inv: Invitation, part: PartName): number | null {
  if (part === inv.kind) return inv.expiresAt;
  return part === 'gdap' ? (inv.gdap?.expiresAt ?? null) : null;
}

const isPast = (at: number | null, now: number): boolean => at !== null && now >= at;

/**
 * `inv` with each part in `changes` moved to its new status, one history event each in that
 * part's own history; the overall status and the due date follow (a due date while the whole
 * invitation is pending: kept if it was pending already, `dueIfBack` if it comes back).
 */
function moveParts(
  inv: Invitation,
  changes: { part: PartName; status: InvitationStatus; event: HistoryEvent['event'] }[],
  now: number,
  dueIfBack: number | null,
  note: string | undefined,
): Invitation {
  let next: Invitation = { ...inv, updatedAt: Math.max(now, inv.updatedAt) };
  for (const c of changes) {
    if (c.part === inv.kind) {
      next = { ...next, mainStatus: c.status, history: appendEvent(next.history, now, c.event, note) };
    } else if (next.gdap) {
      const gdap: GdapPart = {
        ...next.gdap,
        status: c.status,
        history: appendEvent(next.gdap.history, now, c.event, note),
      };
      next = { ...next, gdap };
    }
  }
  const status = overallStatus(next.mainStatus, next.gdap?.status ?? null);
  const dueAt = status !== 'pending' ? null : inv.status === 'pending' ? inv.dueAt : dueIfBack;
  return { ...next, status, dueAt };
}

const STATUS_WORD: Record<Invitation['status'], string> = {
  pending: 'pending',
  accepted: 'already accepted',
  cancelled: 'cancelled',
  expired: 'expired',
};

function notPending(status: InvitationStatus, doing: string, what = 'the invitation'): ActionResult {
  return {
    ok: false,
    code: 'not-pending',
    error: `Cannot ${doing}: ${what} is ${STATUS_WORD[status]}, not pending. Reopen it first.`,
  };
}

const noPart = (doing: string, part: PartName): ActionResult => ({
  ok: false,
  code: 'no-part',
  error: `Cannot ${doing}: this invitation has no ${part === 'gdap' ? 'GDAP request' : 'reseller relationship'}.`,
});

const gdapExpired = (doing: string, rest: string): ActionResult => ({
  ok: false,
  code: 'gdap-expired',
  error: `Cannot ${doing}: this GDAP link has expired (90 days after creation)${rest}. Send a new one.`,
});

const PART_WORD: Record<PartName, string> = { reseller: 'the reseller relationship', gdap: 'the GDAP request' };

/**
 * Applies a user or import action. Legal moves:
 * - accept, expire: one part from pending (`opts.part`, else the main part);
 * - cancel: `opts.part` from pending, else every pending part;
 * - reopen: `opts.part` back to pending, else every closed part that can be; not for a GDAP
 *   request past its 90 days: it can no longer be approved, a new one is needed;
 * - snooze, followed-up: the email as a whole, while any part is pending. snooze needs
 *   `opts.until` in the future; followed-up (a resend) counts the follow-up and sets the next
 *   due date; both are refused when the only request still pending is a GDAP one past expiry.
 * `opts.ref` tags the follow-up's history event with the request it came from (see followedUpBy).
 * The overall status is recomputed from the parts (overallStatus).
 */
export function applyAction(
  inv: Invitation,
  action: LifecycleAction,
  now: number,
  cadence: Cadence,
  opts: ActionOptions = {},
): ActionResult {
  const note = opts.note;
  switch (action) {
    case 'accept':
    case 'expire': {
      const doing = action === 'accept' ? 'mark as accepted' : 'mark as expired';
      const part = opts.part ?? inv.kind;
      const status = partStatus(inv, part);
      if (status === null) return noPart(doing, part);
      if (status !== 'pending') return notPending(status, doing, partsOf(inv).length > 1 ? PART_WORD[part] : undefined);
      const to = action === 'accept' ? 'accepted' : 'expired';
      return { ok: true, value: moveParts(inv, [{ part, status: to, event: to }], now, null, note) };
    }
    case 'cancel': {
      if (opts.part !== undefined) {
        const status = partStatus(inv, opts.part);
        if (status === null) return noPart('cancel', opts.part);
        if (status !== 'pending') return notPending(status, 'cancel', PART_WORD[opts.part]);
      } else if (inv.status !== 'pending') return notPending(inv.status, 'cancel');
      const parts = opts.part ? [opts.part] : partsOf(inv).filter((p) => partStatus(inv, p) === 'pending');
      const changes = parts.map((part) => ({ part, status: 'cancelled' as const, event: 'cancelled' as const }));
      return { ok: true, value: moveParts(inv, changes, now, null, note) };
    }
    case 'reopen': {
      const candidates = opts.part ? [opts.part] : partsOf(inv);
      if (opts.part !== undefined && partStatus(inv, opts.part) === null) return noPart('reopen', opts.part);
      const closed = candidates.filter((p) => partStatus(inv, p) !== 'pending');
      if (closed.length === 0) {
        const what = opts.part && partsOf(inv).length > 1 ? PART_WORD[opts.part] : 'the invitation';
        return { ok: false, code: 'already-pending', error: `Cannot reopen: ${what} is already pending.` };
      }
      const open = closed.filter((p) => !isPast(partExpiry(inv, p), now));
      if (open.length === 0) return gdapExpired('reopen', ' and can no longer be approved');
      const changes = open.map((part) => ({ part, status: 'pending' as const, event: 'reopened' as const }));
      return { ok: true, value: moveParts(inv, changes, now, nextDueAt(now, cadence, inv.followUps), note) };
    }
    case 'snooze': {
      if (inv.status !== 'pending') return notPending(inv.status, 'snooze');
      const until = opts.until;
      if (until === undefined || !Number.isSafeInteger(until))
        return { ok: false, code: 'no-date', error: 'Cannot snooze: choose the date to be reminded on.' };
      if (until <= now)
        return { ok: false, code: 'past-date', error: 'Cannot snooze: the reminder date must be in the future.' };
      if (onlyExpiredPending(inv, now)) return gdapExpired('snooze', '');
      return { ok: true, value: withEvent(inv, now, 'snoozed', note, { dueAt: until }) };
    }
    case 'followed-up': {
      if (inv.status !== 'pending') return notPending(inv.status, 'record a follow-up');
      if (onlyExpiredPending(inv, now)) return gdapExpired('resend', '');
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
  }
}

/** Every part still pending is a GDAP request past its expiry: a resend or reminder would be pointless. */
function onlyExpiredPending(inv: Invitation, now: number): boolean {
  const pending = partsOf(inv).filter((p) => partStatus(inv, p) === 'pending');
  return pending.length > 0 && pending.every((p) => isPast(partExpiry(inv, p), now));
}

/**
 * True when a follow-up is due: pending and dueAt reached. A GDAP record past its expiry
 * should be run through expireIfNeeded first (the background alarm does).
 */
export { isDue } from './due-count';

/**
 * Every pending GDAP request of the record that is past its expiry becomes expired (the GDAP
 * part, or a GDAP-only record); anything else comes back as is (same object).
 */
export function expireIfNeeded(inv: Invitation, now: number): Invitation {
  const late = partsOf(inv).filter((p) => partStatus(inv, p) === 'pending' && isPast(partExpiry(inv, p), now));
  if (late.length === 0) return inv;
  const changes = late.map((part) => ({ part, status: 'expired' as const, event: 'expired' as const }));
  return moveParts(inv, changes, now, null, undefined);
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
  const gdapChanged = (existing.gdap?.link ?? null) !== (fresh.gdap?.link ?? null);
  if (!gdapChanged && RECORDED_FIELDS.every((f) => existing[f] === fresh[f])) return null;
  const patch: Partial<Invitation> = {};
  for (const f of RECORDED_FIELDS) Object.assign(patch, { [f]: fresh[f] });
  // A different GDAP link is a new request: its part starts again (the reseller part is pending).
  if (gdapChanged) patch.gdap = fresh.gdap;
  return withEvent(existing, now, 'edited', undefined, patch);
}
