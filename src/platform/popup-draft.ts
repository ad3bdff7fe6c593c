// The popup's work in progress, kept in storage.session so closing the popup (which destroys
// the page) does not lose the partner's typing. Session storage is cleared when the browser
// closes, which suits a draft. Read back with structural checks: a bad value means "no draft".
import { isLanguage, type Language } from '../core/languages';
import { pageApi as browser } from './page-api';

export type PopupDraft = {
  customerName: string;
  customerEmail: string;
  customerDomain: string;
  /** True once the partner typed a domain, so the email no longer overwrites it. */
  domainTouched: boolean;
  customerCountry: string;
  dap: boolean;
  /** The email's language; null follows the default in settings. */
  language: Language | null;
  subject: string;
  text: string;
  renderedSubject: string;
  renderedText: string;
  link: string;
  /** What the partner put in the GDAP link field, as typed ('' for none). */
  gdapInput: string;
  /** The GDAP link in effect when the draft was last reconciled ('' for none). */
  gdapLink: string;
  override: boolean;
  /** Set when the draft re-opens a pending invitation ("Resend"): Done records a follow-up. */
  resendOf: string | null;
};

const KEY = 'popup.draft';

function isDraft(v: unknown): v is PopupDraft {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  const strings = [
    'customerName',
    'customerEmail',
    'customerDomain',
    'customerCountry',
    'subject',
    'text',
    'renderedSubject',
    'renderedText',
    'link',
  ];
  return (
    strings.every((k) => typeof d[k] === 'string') &&
    typeof d.dap === 'boolean' &&
    (d.language === null || isLanguage(d.language)) &&
    typeof d.domainTouched === 'boolean' &&
    typeof d.override === 'boolean' &&
    (d.resendOf === null || typeof d.resendOf === 'string')
  );
}

export async function loadPopupDraft(): Promise<PopupDraft | null> {
  try {
    const got = await browser.storage.session.get(KEY);
    const value = got[KEY];
    if (!isDraft(value)) return null;
    // A draft from before the GDAP field has none.
    const d = value as PopupDraft & Partial<Record<'gdapInput' | 'gdapLink', unknown>>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return { ...d, gdapInput: text(d.gdapInput), gdapLink: text(d.gdapLink) };
  } catch {
    return null;
  }
}

export async function savePopupDraft(draft: PopupDraft | null): Promise<void> {
  if (draft) await browser.storage.session.set({ [KEY]: draft });
  else await browser.storage.session.remove(KEY);
}
