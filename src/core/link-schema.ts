// zod schemas for the link shapes of ./link.ts (kept apart so link.ts stays zod-free; the
// types there are checked against these below).
import { z } from 'zod';
import { GUID_RE } from './guid';
import { cloudIdSchema } from './ids';
import { DIGITS_RE, GDAP_ID_RE, type GdapLink, type InvitationLink, type ResellerLink } from './link';

export const resellerLinkSchema = z.object({
  kind: z.literal('reseller'),
  cloud: cloudIdSchema,
  partnerId: z.string().regex(GUID_RE),
  msppId: z.string().regex(DIGITS_RE),
  dap: z.boolean(),
  indirect: z.boolean(),
  indirectCspId: z.string().regex(GUID_RE).optional(),
  url: z.string().url(),
});
export const gdapLinkSchema = z.object({
  kind: z.literal('gdap'),
  relationshipId: z.string().regex(GDAP_ID_RE),
  url: z.string().url(),
});
export const invitationLinkSchema = z.discriminatedUnion('kind', [resellerLinkSchema, gdapLinkSchema]);

// Compile-time guard: the hand-written types in link.ts and these schemas describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.infer<typeof resellerLinkSchema>, ResellerLink>,
  Same<z.infer<typeof gdapLinkSchema>, GdapLink>,
  Same<z.infer<typeof invitationLinkSchema>, InvitationLink>,
] = [true, true, true];
void sameShapes;
