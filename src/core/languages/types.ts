// The shape of one language of the table (./index.ts): everything the product needs to write the
// customer email in that language. The UI strings live in public/_locales/<code>/messages.json.
import type { CloudId } from '../cloud-ids';

/** The sentences the default template inserts through {{globalAdminNote}}, {{mcaNote}}, …, in the email's language. */
type EmailNotes = {
  globalAdminNote: string;
  mcaNote: string;
  dapNote: (partner: string, dap: boolean) => string;
  linkNote: string;
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
