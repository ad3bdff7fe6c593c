// Messages the service worker sends to the injected insertion script. The content script
// validates every one with this schema and ignores anything else (another extension, a
// stale worker, a page forging messages cannot reach runtime.onMessage, but we still check).
// zod/mini keeps the injected file small (about 7 KB gzip instead of 28 KB).
import * as z from 'zod/mini';

const httpsUrl = z.string().check(z.maxLength(2000), z.refine((s) => /^https:\/\/[^\s]+$/.test(s), 'The link must be an https URL'));

export const contentRequestSchema = z.discriminatedUnion('type', [
  /** Insert the invitation into the focused (or last right-clicked) editable of this frame. */
  z.object({
    type: z.literal('insert/run'),
    html: z.string().check(z.maxLength(200_000)),
    text: z.string().check(z.maxLength(100_000)),
    link: httpsUrl,
  }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

export type InsertFailure = 'no-editor' | 'not-inserted';
export type ContentReply = { ok: true; kind: string } | { ok: false; reason: InsertFailure };

export const contentReplySchema = z.union([
  z.object({ ok: z.literal(true), kind: z.string() }),
  z.object({ ok: z.literal(false), reason: z.enum(['no-editor', 'not-inserted']) }),
]);
