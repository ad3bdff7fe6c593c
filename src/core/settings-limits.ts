// The limits of every settings field, declared once: the zod schemas (./settings.ts) and the
// zod-free checks of the popup's reader (./settings-plain.ts) both read them.
export const LIMITS = {
  companyName: 200,
  mpnIdDigits: 12,
  pastedLink: 2000,
  subject: 300,
  body: 20_000,
  minDays: 1,
  maxDays: 90,
  /** A stored template head may name at most this many body parts. */
  parts: 512,
} as const;
