// Messages the service worker sends to the injected insertion script. The content script
// validates every one with this schema and ignores anything else (a stale worker, another
// part of the extension, a malformed request). zod/mini like the other schemas the service
// worker imports (it checks replies with contentReplySchema): one classic-zod schema in the
// worker's graph would pull all of classic zod into it (about 14 KB gzip, over its budget).
import { z } from '../core/zod';

const httpsUrl = z.string().check(z.maxLength(2000), z.regex(/^https:\/\/\S+$/, 'The link must be an https URL'));

export const contentRequestSchema = z.discriminatedUnion('type', [
  /**
   * Insert the invitation into the focused editable of this frame. `links` are every link the
   * email must carry exactly (the invitation link; a second, customer-specific one may follow):
   * each is checked after insertion and guarded on its own.
   */
  z.object({
    type: z.literal('insert/run'),
    html: z.string().check(z.maxLength(200_000)),
    text: z.string().check(z.maxLength(100_000)),
    links: z.array(httpsUrl).check(z.minLength(1), z.maxLength(4)),
  }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/** 'not-inserted': the editor refused or the result was incomplete (undone; the page offered the clipboard). */
type InsertFailure = 'no-editor' | 'not-inserted';
export type ContentReply = { ok: true; kind: string } | { ok: false; reason: InsertFailure };

export const contentReplySchema = z.union([
  z.object({ ok: z.literal(true), kind: z.string() }),
  z.object({ ok: z.literal(false), reason: z.enum(['no-editor', 'not-inserted']) }),
]);
