// The message protocol between extension pages, content scripts and the service worker:
// schemas and types only. The receiver validates with `requestSchema` (zod discriminated union)
// and drops the rest; `PRIVILEGED` types are refused unless the sender is an extension page
// (background/sender.ts). Pages send through ./send.ts.
import { z } from '../core/zod';
import { newInvitationSchema, type Invitation } from '../core/invitation';
import type { RefusalCode } from '../core/refusal';
import type { Runtime } from 'webextension-polyfill';

const id = z.string().check(z.minLength(1), z.maxLength(64));

/** The popup's rendered invitation, kept for "Insert invitation" (background/draft.ts). */
const text = (max: number) => z.string().check(z.maxLength(max));
export const draftSchema = z.object({
  customerName: text(200),
  customerEmail: text(320),
  subject: text(300),
  text: text(100_000),
  html: text(200_000),
  link: text(2000),
});
export type Draft = z.infer<typeof draftSchema>;
const ids = z.array(id).check(z.minLength(1), z.maxLength(100_000));

/**
 * Where the popup's next Pending page starts: the last row's due date and id. `due` is null for
 * a row with no due date (stored as Infinity, which runtime messages, being JSON, cannot carry).
 */
const pendingCursorSchema = z.object({ due: z.nullable(z.number()), id });
export type PendingCursor = z.infer<typeof pendingCursorSchema>;

export const requestSchema = z.discriminatedUnion('type', [
  /**
   * Popup "Done": record a pending invitation. Reply: { id }. `id` (optional, e.g. crypto.randomUUID()
   * made once per draft) makes a retry safe: if the worker was stopped after writing but before
   * answering, sending again with the same id records nothing new and answers the same id.
   */
  z.object({ type: z.literal('invitation/record'), invitation: newInvitationSchema, id: z.optional(id) }),
  /** Lifecycle actions on one or many records. `until` (ms epoch) goes with snooze. Reply: { changed }. */
  z.object({
    type: z.literal('invitation/act'),
    ids,
    action: z.enum(['accept', 'cancel', 'snooze', 'followed-up', 'reopen']),
    until: z.optional(z.number().check(z.int(), z.nonnegative())),
    note: z.optional(text(500)),
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
  'invitation/act',
  'invitation/delete',
  'pending/page',
  'draft/set',
]);

/** `code` names a refusal the pages translate (refusal_* messages); `error` is the English sentence. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string; code?: RefusalCode };

export type ReplyValue = {
  'invitation/record': { id: string };
  'invitation/act': { changed: number };
  'invitation/delete': { deleted: number };
  'badge/refresh': { due: number };
  'pending/page': { rows: Invitation[]; next?: PendingCursor };
  'draft/set': Record<string, never>;
  'content/link-state': Record<string, never>;
};

export type Handlers = {
  [K in RequestType]: (req: Extract<Request, { type: K }>, sender: Runtime.MessageSender) => Promise<ReplyValue[K]>;
};
