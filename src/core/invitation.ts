// The invitation record kept in IndexedDB and exchanged in messages and backups.
// Lifecycle rules (transitions, due dates, expiry) live in core/lifecycle.ts.
import { z } from './zod';
import { cloudIdSchema, languageSchema } from './ids';

const count = () => z.number().check(z.int(), z.nonnegative());
const epochMs = count;

export const invitationStatusSchema = z.enum(['pending', 'accepted', 'cancelled', 'expired']);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

const historyEventSchema = z.object({
  at: epochMs(),
  event: z.enum([
    'created',
    'followed-up',
    'snoozed',
    'accepted',
    'cancelled',
    'expired',
    'reopened',
    'imported',
    'edited',
  ]),
  note: z.optional(z.string().check(z.maxLength(500))),
  /** The request that made this change (the popup's draft id for a follow-up): a retry finds it and changes nothing. */
  ref: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

/** What the popup's "Done" sends: the customer and the email as finally sent. */
export const newInvitationSchema = z.object({
  customerName: z.string().check(z.trim(), z.minLength(1, 'Enter the customer name'), z.maxLength(200)),
  // Trim first, then the same address pattern classic zod's .email() uses.
  customerEmail: z.string().check(z.trim(), z.regex(z.regexes.email, 'Enter a valid email address'), z.maxLength(320)),
  customerDomain: z._default(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(253)), ''),
  customerCountry: z._default(z.string().check(z.trim(), z.regex(/^([A-Z]{2})?$/)), ''),
  cloud: cloudIdSchema,
  dap: z.boolean(),
  kind: z._default(z.enum(['reseller', 'gdap']), 'reseller'),
  link: z.url().check(z.maxLength(2000)),
  language: languageSchema,
  subject: z.string().check(z.maxLength(300)),
  body: z.string().check(z.maxLength(100_000)),
});
export type NewInvitation = z.input<typeof newInvitationSchema>;
/** A NewInvitation with every field given (its defaults applied). */
export type NewInvitationFields = z.output<typeof newInvitationSchema>;

export const invitationSchema = /* @__PURE__ */ z.extend(newInvitationSchema, {
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  status: invitationStatusSchema,
  createdAt: epochMs(),
  updatedAt: epochMs(),
  /** When the next follow-up is due (ms epoch); null unless pending. Indexed with status. */
  dueAt: z.nullable(epochMs()),
  /** GDAP links expire 90 days after creation; null for reseller links. */
  expiresAt: z.nullable(epochMs()),
  followUps: count(),
  history: z.array(historyEventSchema).check(z.maxLength(1000)),
});
export type Invitation = z.infer<typeof invitationSchema>;
