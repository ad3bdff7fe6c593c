// The shape of the user's settings as zod schemas, whose limits come from ./settings-limits.ts.
// The defaults, keys and storage layout are in ./settings-layout.ts (zod-free, shared with the
// popup's reader); src/platform/settings.ts does the storage.sync I/O.
import { z } from './zod';
import { cloudIdSchema, guidSchema, languageSchema, type Language } from './ids';
import { LANGUAGE_CODES } from './languages';
import { LIMITS } from './settings-limits';

const days = () => z.number().check(z.int(), z.gte(LIMITS.minDays), z.lte(LIMITS.maxDays));

export const profileSchema = z.object({
  companyName: z.string().check(z.trim(), z.minLength(1, 'Enter the company name'), z.maxLength(LIMITS.companyName)),
  partnerTenantId: guidSchema,
  /** Partner ID / MPN ID: digits; '0' for a direct partner's msppId. */
  mpnId: z._default(
    z.union([
      z
        .string()
        .check(z.trim(), z.regex(new RegExp(`^\\d{1,${LIMITS.mpnIdDigits}}$`), 'The Partner ID is digits only')),
      z.literal(''),
    ]),
    '',
  ),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.string().check(z.trim(), z.regex(/^[A-Z]{2}$/, 'Choose a country or region')),
  cloud: cloudIdSchema,
  /** Set when the partner is an indirect reseller: the provider's (distributor's) tenant GUID. */
  indirectProviderTenantId: z._default(z.union([guidSchema, z.literal('')]), ''),
  /** The link pasted from Partner Center, kept verbatim: the source of truth for national clouds. */
  pastedLink: z._default(z.string().check(z.maxLength(LIMITS.pastedLink)), ''),
});
export type Profile = z.infer<typeof profileSchema>;

export const emailTemplateSchema = z.object({
  subject: z.string().check(z.maxLength(LIMITS.subject)),
  /** Plain text with {{placeholders}}; must contain {{link}}. */
  body: z.string().check(
    z.maxLength(LIMITS.body),
    z.refine((b) => b.includes('{{link}}'), 'The template must contain the {{link}} placeholder'),
  ),
});
export type EmailTemplate = z.infer<typeof emailTemplateSchema>;

export const defaultsSchema = z.object({
  dap: z.boolean(),
  /**
   * The email language the partner chose; null until they choose one, and then emails follow the
   * UI's language (core/languages emailLanguage), which is never written here: a choice synced
   * from another device must not be overwritten by this browser's language.
   */
  language: z.nullable(languageSchema),
  /** Days after sending before the first follow-up is due. */
  firstFollowUpDays: days(),
  /** Days between later follow-ups. */
  followUpEveryDays: days(),
});
export type Defaults = z.infer<typeof defaultsSchema>;

// One optional template per language of the table. An object, not a record: a language this
// version does not know (from a newer device or backup) is dropped, not a reason to refuse the rest.
const templatesSchema = z.object(
  Object.fromEntries(LANGUAGE_CODES.map((code) => [code, z.optional(emailTemplateSchema)])) as Record<
    Language,
    z.ZodMiniOptional<typeof emailTemplateSchema>
  >,
);

export const settingsSchema = z.object({
  profile: z.nullable(profileSchema),
  defaults: defaultsSchema,
  /** Per-language custom template; absent means the shipped default (core/template.ts). */
  templates: templatesSchema,
  /** Desktop notification when new follow-ups become due. Off by default. */
  notifications: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
