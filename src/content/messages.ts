// Messages the service worker sends to the injected insertion script. The content script
// validates every one with this schema and ignores anything else (a stale worker, another
// part of the extension, a malformed request). zod/mini like the other schemas the service
// worker imports (it checks replies with contentReplySchema): one classic-zod schema in the
// worker's graph would pull all of classic zod into it (about 14 KB gzip, over its budget).
import { z } from '../core/zod';

const httpsUrl = z.string().check(z.maxLength(2000), z.regex(/^https:\/\/\S+$/, 'The link must be an https URL'));

export const contentRequestSchema = z.discriminatedUnion('type', [
  /** Insert the invitation into the focused editable of this frame. */
  z.object({
    type: z.literal('insert/run'),
    html: z.string().check(z.maxLength(200_000)),
    text: z.string().check(z.maxLength(100_000)),
    link: httpsUrl,
  }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

type InsertFailure = 'no-editor' | 'not-inserted';
export type ContentReply = { ok: true; kind: string } | { ok: false; reason: InsertFailure };

export const contentReplySchema = z.union([
  z.object({ ok: z.literal(true), kind: z.string() }),
  z.object({ ok: z.literal(false), reason: z.enum(['no-editor', 'not-inserted']) }),
]);
