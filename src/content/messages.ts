// Messages the service worker sends to the injected insertion script. The content script
// validates every one with this schema and ignores anything else (a stale worker, another
// part of the extension, a malformed request). Full zod, not zod/mini: core's link guard
// already brings it into this bundle, so a second flavour would only add weight.
import { z } from 'zod';

const httpsUrl = z.string().max(2000).regex(/^https:\/\/\S+$/, 'The link must be an https URL');

export const contentRequestSchema = z.discriminatedUnion('type', [
  /** Insert the invitation into the focused editable of this frame. */
  z.object({
    type: z.literal('insert/run'),
    html: z.string().max(200_000),
    text: z.string().max(100_000),
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
