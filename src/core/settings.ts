// The shape of the user's settings, with code defaults. Pure: the storage.sync
// wrapper lives in src/platform/settings.ts and stores only what differs from these.
import { z } from './zod';
import { cloudIdSchema, guidSchema, languageSchema } from './ids';

const days = () => z.number().check(z.int(), z.gte(1), z.lte(90));

export const profileSchema = z.object({
  companyName: z.string().check(z.trim(), z.minLength(1, 'Enter the company name'), z.maxLength(200)),
  partnerTenantId: guidSchema,
  /** Partner ID / MPN ID: digits; '0' for a direct partner's msppId. */
  mpnId: z._default(
    z.union([z.string().check(z.trim(), z.regex(/^\d{1,12}$/, 'The Partner ID is digits only')), z.literal('')]),
    '',
  ),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.string().check(z.trim(), z.regex(/^[A-Z]{2}$/, 'Choose a country or region')),
  cloud: cloudIdSchema,
  /** Set when the partner is an indirect reseller: the provider's (distributor's) tenant GUID. */
  indirectProviderTenantId: z._default(z.union([guidSchema, z.literal('')]), ''),
  /** The link pasted from Partner Center, kept verbatim: the source of truth for national clouds. */
  pastedLink: z._default(z.string().check(z.maxLength(2000)), ''),
});
export type Profile = z.infer<typeof profileSchema>;

export const emailTemplateSchema = z.object({
  subject: z.string().check(z.maxLength(300)),
  /** Plain text with {{placeholders}}; must contain {{link}}. */
  body: z.string().check(
    z.maxLength(20_000),
    z.refine((b) => b.includes('{{link}}'), 'The template must contain the {{link}} placeholder'),
  ),
});
export type EmailTemplate = z.infer<typeof emailTemplateSchema>;

export const defaultsSchema = z.object({
  dap: z.boolean(),
  language: languageSchema,
  /** Days after sending before the first follow-up is due. */
  firstFollowUpDays: days(),
  /** Days between later follow-ups. */
  followUpEveryDays: days(),
});
export type Defaults = z.infer<typeof defaultsSchema>;

export const settingsSchema = z.object({
  profile: z.nullable(profileSchema),
  defaults: defaultsSchema,
  /** Per-language custom template; absent means the shipped default (core/template.ts). */
  templates: z.object({ en: z.optional(emailTemplateSchema), it: z.optional(emailTemplateSchema) }),
  /** Desktop notification when new follow-ups become due. Off by default. */
  notifications: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  profile: null,
  defaults: { dap: false, language: 'en', firstFollowUpDays: 3, followUpEveryDays: 7 },
  templates: {},
  notifications: false,
};
