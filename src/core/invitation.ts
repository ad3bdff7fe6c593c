// The invitation record kept in IndexedDB and exchanged in messages and backups.
// Lifecycle rules (transitions, due dates, expiry) live in core/lifecycle.ts.
import { z } from 'zod';
import { cloudIdSchema, languageSchema } from './ids';

export const invitationStatusSchema = z.enum(['pending', 'accepted', 'cancelled', 'expired']);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const historyEventSchema = z.object({
  at: z.number().int().nonnegative(),
  event: z.enum(['created', 'followed-up', 'snoozed', 'accepted', 'cancelled', 'expired', 'reopened', 'imported', 'edited']),
  note: z.string().max(500).optional(),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

/** What the popup's "Done" sends: the customer and the email as finally sent. */
export const newInvitationSchema = z.object({
  customerName: z.string().trim().min(1, 'Enter the customer name').max(200),
  customerEmail: z.string().trim().email('Enter a valid email address').max(320),
  customerDomain: z.string().trim().toLowerCase().max(253).default(''),
  customerCountry: z.string().trim().regex(/^([A-Z]{2})?$/).default(''),
  cloud: cloudIdSchema,
  dap: z.boolean(),
  kind: z.enum(['reseller', 'gdap']).default('reseller'),
  link: z.string().url().max(2000),
  language: languageSchema,
  subject: z.string().max(300),
  body: z.string().max(100_000),
});
export type NewInvitation = z.input<typeof newInvitationSchema>;

export const invitationSchema = /* @__PURE__ */ newInvitationSchema.extend({
  id: z.string().min(1).max(64),
  status: invitationStatusSchema,
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** When the next follow-up is due (ms epoch); null unless pending. Indexed with status. */
  dueAt: z.number().int().nonnegative().nullable(),
  /** GDAP links expire 90 days after creation; null for reseller links. */
  expiresAt: z.number().int().nonnegative().nullable(),
  followUps: z.number().int().nonnegative(),
  history: z.array(historyEventSchema).max(1000),
});
export type Invitation = z.infer<typeof invitationSchema>;
