// The shape of one language of the table (./index.ts): everything the product needs to write the
// customer email in that language. The UI strings live in public/_locales/<code>/messages.json.
import type { CloudId } from '../cloud-ids';

/** The sentences the default template inserts through {{globalAdminNote}}, {{mcaNote}}, …, in the email's language. */
type EmailNotes = {
  globalAdminNote: string;
  mcaNote: string;
  /**
   * What the reseller link's delegated-admin flag does today: nothing. Since 9 October 2023 a
   * reseller relationship grants no admin rights, whatever the flag (docs/domain.md#dap-and-gdap):
   * this sentence says so and never claims any. Admin access is described by gdapNote only.
   */
  dapNote: (partner: string, dap: boolean) => string;
  /**
   * The GDAP request link's one sentence, in emails that carry one: what it does and that a
   * Global Administrator approves it (single use, 90 days). Its paragraph goes with the link.
   */
  gdapNote: string;
  /** The links are personal to the partner's account: `both` when the email carries the GDAP link too. */
  linkNote: (both: boolean) => string;
};

export type LanguageEntry<Code extends string = string> = {
  /** BCP 47 tag; its `_locales` folder is the same with `_` for `-` (pt-BR → pt_BR). */
  code: Code;
  /** The language's name in itself ("Italiano"), as language pickers show it. */
  label: string;
  /** The shipped email template: plain text with {{placeholders}} (core/template.ts). */
  template: { subject: string; body: string };
  notes: EmailNotes;
  /**
   * Where the customer accepts, per cloud (docs/domain.md#clouds), as a phrase of this language
   * with its article ("the Microsoft 365 admin center", "l'interfaccia di …"): articles depend
   * on the noun, so each language writes its own phrase.
   */
  acceptPortal: Readonly<Record<CloudId, string>>;
};

/** Declares an entry keeping its code as a literal type, so `Language` is the union of the codes. */
export function defineLanguage<const Code extends string>(entry: LanguageEntry<Code>): LanguageEntry<Code> {
  return entry;
}

/**
 * The middle of every default email, in this order: the invitation link; the Global
 * Administrator, agreement and DAP notes (sentences set apart by `gap`: Japanese sets them side
 * by side); the GDAP note and link, which core/template.ts leaves out with their paragraphs from
 * an email without a GDAP link; the note that the links are personal. One copy for every
 * language, so each keeps the placeholders the template and the link guard rely on.
 */
export function linkParagraphs(gap = ' '): string {
  const notes = ['{{globalAdminNote}}', '{{mcaNote}}', '{{dapNote}}'].join(gap);
  return ['{{link}}', '', notes, '', '{{gdapNote}}', '', '{{gdapLink}}', '', '{{linkNote}}'].join('\n');
}
