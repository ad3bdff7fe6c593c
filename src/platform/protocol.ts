// The message protocol between extension pages, content scripts and the service worker:
// schemas and types only. The receiver validates with `requestSchema` (zod discriminated union)
// and drops the rest; `PRIVILEGED` types are refused unless the sender is an extension page
// (background/sender.ts). Pages send through ./send.ts.
import { z } from '../core/zod';
import { newInvitationSchema, PART_NAMES, type Invitation } from '../core/invitation';
import type { RefusalCode } from '../core/refusal';
import type { Duplicate } from '../core/duplicates';
import type { Runtime } from 'webextension-polyfill';

const id = z.string().check(z.minLength(1), z.maxLength(64));
const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * How inserting the draft is recorded (core/compose-draft.ts RecordPlan): a new pending record
 * with the draft's id, or a follow-up to a pending one tagged with the draft's id (`ref`).
 */
const recordPlanSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new'), id, invitation: newInvitationSchema }),
  z.object({ kind: z.literal('follow-up'), id, ref: id, customerName: text(200) }),
]);

/**
 * The popup's rendered invitation, kept in storage.session under INSERT_DRAFT_KEY for "Insert
 * invitation" (background/draft.ts). The popup writes it at every change; the worker reads it
 * through this schema (platform/session-keys.ts). `draftId` and `record` let the worker record what it inserted.
 */
export const draftSchema = z.object({
  customerName: text(200),
  customerEmail: text(320),
  subject: text(300),
  text: text(100_000),
  html: text(200_000),
  link: text(2000),
  draftId: z.optional(id),
  record: z.optional(recordPlanSchema),
  /** The GDAP request link the email carries too (docs/domain.md#dap-and-gdap); absent for none. */
  gdapLink: z.optional(text(2000)),
});
export type Draft = z.infer<typeof draftSchema>;
const ids = z.array(id).check(z.minLength(1), z.maxLength(100_000));

/**
 * Where the popup's next Pending page starts: the last row's due date and id. `due` is null for
 * a row with no due date (stored as Infinity, which runtime messages, being JSON, cannot carry).
 */
const pendingCursorSchema = z.object({ due: z.nullable(z.number()), id });
export type PendingCursor = z.infer<typeof pendingCursorSchema>;
/** Where the next page of a search starts: the search term the last row was found by, and its id. */
const searchCursorSchema = z.object({ term: text(100), id });
export type SearchCursor = z.infer<typeof searchCursorSchema>;

export const requestSchema = z.discriminatedUnion('type', [
  /**
   * Record a pending invitation (the popup, when the email leaves it or on Done). Reply:
   * { id, outcome }. `id` (the popup's draft id) makes it idempotent: with the same id a retry
   * or a second record never makes a second record; a pending one takes the email as last
   * sent ('updated'), an identical one is left alone ('unchanged').
   */
  z.object({ type: z.literal('invitation/record'), invitation: newInvitationSchema, id: z.optional(id) }),
  /**
   * Record one follow-up to pending invitation `id`, tagged `ref` (the popup's draft id): a
   * retry finds the tag and adds nothing. Reply: { followUps, applied }.
   */
  z.object({ type: z.literal('invitation/follow-up'), id, ref: id }),
  /**
   * Lifecycle actions on one or many records. `until` (ms epoch) goes with snooze; `part` says
   * which part accept, cancel and reopen apply to (reseller acceptance or GDAP approval; see
   * core/lifecycle.ts applyAction for none). Reply: { changed }.
   */
  z.object({
    type: z.literal('invitation/act'),
    ids,
    action: z.enum(['accept', 'cancel', 'snooze', 'followed-up', 'reopen']),
    until: z.optional(z.number().check(z.int(), z.nonnegative())),
    note: z.optional(text(500)),
    part: z.optional(z.enum(PART_NAMES)),
  }),
  /** Delete records for good. Reply: { deleted }. */
  z.object({ type: z.literal('invitation/delete'), ids }),
  /** Recompute the badge now (after settings change, say). Reply: { due } (counted up to 1,000: the badge shows 999+). */
  z.object({ type: z.literal('badge/refresh') }),
  /**
   * The popup's Pending tab: pending invitations, the most overdue first, `limit` at a time,
   * from the worker (so the popup carries no IndexedDB code). Reply: { rows, next? }.
   */
  z.object({
    type: z.literal('pending/page'),
    limit: z.number().check(z.int(), z.minimum(1), z.maximum(200)),
    after: z.optional(pendingCursorSchema),
  }),
  /**
   * The popup's duplicate check (core/duplicates.ts): pending invitations for the same email
   * address or company domain, except the `exclude` ids (the draft's own record). Reply:
   * { duplicates } (at most 20, the same address first).
   */
  z.object({
    type: z.literal('pending/duplicates'),
    email: text(320),
    domain: text(253),
    exclude: z.array(id).check(z.maxLength(10)),
  }),
  /**
   * The popup's Pending search (core/search-terms.ts): pending invitations matching `query`,
   * `limit` at a time. Reply: { rows, next? }.
   */
  z.object({
    type: z.literal('pending/search'),
    query: text(200),
    limit: z.number().check(z.int(), z.minimum(1), z.maximum(200)),
    after: z.optional(searchCursorSchema),
  }),
  /** The popup's current draft, kept in storage.session for "Insert invitation". Reply: {}. */
  z.object({ type: z.literal('draft/set'), draft: z.nullable(draftSchema) }),
  /**
   * Content script → worker: the in-page guard's view of the inserted links in one editor (a
   * compose window), named by an id the content script made for it. Reply: {}.
   */
  z.object({
    type: z.literal('content/link-state'),
    editor: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
    status: z.enum(['intact', 'missing', 'altered', 'broken', 'conflict', 'gone']),
  }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** Types a content script may never send: they change data or settings, or read customer records. */
export const PRIVILEGED: ReadonlySet<RequestType> = new Set<RequestType>([
  'invitation/record',
  'invitation/follow-up',
  'invitation/act',
  'invitation/delete',
  'pending/page',
  'pending/duplicates',
  'pending/search',
  'draft/set',
]);

/** `code` names a refusal the pages translate (refusal_* messages); `error` is the English sentence. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string; code?: RefusalCode };

export type ReplyValue = {
  'invitation/record': { id: string; outcome: 'created' | 'updated' | 'unchanged' };
  'invitation/follow-up': { followUps: number; applied: boolean };
  'invitation/act': { changed: number };
  'invitation/delete': { deleted: number };
  'badge/refresh': { due: number };
  'pending/page': { rows: Invitation[]; next?: PendingCursor };
  'pending/duplicates': { duplicates: Duplicate[] };
  'pending/search': { rows: Invitation[]; next?: SearchCursor };
  'draft/set': Record<string, never>;
  'content/link-state': Record<string, never>;
};

export type Handlers = {
  [K in RequestType]: (req: Extract<Request, { type: K }>, sender: Runtime.MessageSender) => Promise<ReplyValue[K]>;
};
