// The invitation record kept in IndexedDB and exchanged in messages and backups.
// Lifecycle rules (transitions, due dates, expiry) live in core/lifecycle.ts.
import { z } from './zod';
import { cloudIdSchema, languageSchema } from './ids';
import { readGdapLink } from './gdap-link';

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

const historySchema = () => z.array(historyEventSchema).check(z.maxLength(1000));

/** The two things an invitation email can ask the customer for; each is tracked on its own. */
export const PART_NAMES = ['reseller', 'gdap'] as const;
export type PartName = (typeof PART_NAMES)[number];

/**
 * The GDAP relationship request sent in the same email as the reseller link
 * (docs/domain.md#dap-and-gdap): approved by a Global Administrator, single use, expiring
 * 90 days after creation. Its status and history are its own.
 */
const gdapPartSchema = z.object({
  link: z.url().check(z.maxLength(2000)),
  status: invitationStatusSchema,
  expiresAt: epochMs(),
  history: historySchema(),
});
export type GdapPart = z.infer<typeof gdapPartSchema>;

/** A GDAP relationship request link in one of its two host forms (checked again by the worker). */
const gdapLinkSchema = z.url().check(
  z.maxLength(2000),
  z.refine((url) => readGdapLink(url).ok, 'Not a GDAP relationship request link'),
);

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
  /** The GDAP relationship request sent in the same email, when there is one (reseller invitations only). */
  gdapLink: z.optional(gdapLinkSchema),
  language: languageSchema,
  subject: z.string().check(z.maxLength(300)),
  body: z.string().check(z.maxLength(100_000)),
});
export type NewInvitation = z.input<typeof newInvitationSchema>;
/** A NewInvitation with every field given (its defaults applied). */
export type NewInvitationFields = z.output<typeof newInvitationSchema>;

// A stored record has the GDAP request as its `gdap` part, not as `gdapLink`.
const { gdapLink: _sentOnly, ...recordFields } = newInvitationSchema.shape;

/**
 * A stored invitation. `link` (of `kind`) is its main part: the reseller relationship, or for a
 * GDAP-only record from before both parts were tracked, that GDAP request. `mainStatus` and
 * `history` are the main part's (the history also holds the email's own events: created,
 * followed-up, snoozed); `gdap` is the GDAP request sent with a reseller link, with its own
 * status and history. `status` sums both up (core/lifecycle.ts overallStatus): pending while
 * either part waits on the customer; it drives the Pending list, the badge and the filters.
 */
export const invitationSchema = /* @__PURE__ */ z.object({
  ...recordFields,
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  status: invitationStatusSchema,
  mainStatus: invitationStatusSchema,
  createdAt: epochMs(),
  updatedAt: epochMs(),
  /** When the next follow-up is due (ms epoch); null unless pending. Indexed with status. */
  dueAt: z.nullable(epochMs()),
  /** A GDAP-only record expires 90 days after creation; null for reseller links (see gdap.expiresAt). */
  expiresAt: z.nullable(epochMs()),
  followUps: count(),
  history: historySchema(),
  gdap: z.nullable(gdapPartSchema),
});
export type Invitation = z.infer<typeof invitationSchema>;
