// What the partner does once a customer has accepted the reseller relationship, as Partner
// Center's guide names it (docs/domain.md#the-invitation-flow, items 8 and 11): the customer
// appears on the Customers page; assign support contacts; later, if needed, remove the
// relationship. Microsoft's docs are linked in the UI language where Learn has it.

export type NextStepKey = 'customers' | 'support-contacts' | 'remove-relationship';
export type NextStep = { key: NextStepKey; url: string };

// Learn's locale segment per UI language. A language missing here gets the locale-less URL,
// which Learn serves in the browser's own language.
const LEARN_LOCALES: Readonly<Record<string, string>> = {
  en: 'en-us',
  it: 'it-it',
  de: 'de-de',
  fr: 'fr-fr',
  es: 'es-es',
  'pt-br': 'pt-br',
  nl: 'nl-nl',
  ja: 'ja-jp',
};

/** A learn.microsoft.com page in `language` (a UI language such as 'it' or 'pt-BR'), else without a locale. */
export function learnUrl(path: string, language: string): string {
  const lang = language.toLowerCase().replace('_', '-');
  const locale = LEARN_LOCALES[lang] ?? LEARN_LOCALES[lang.split('-')[0] ?? ''];
  return `https://learn.microsoft.com/${locale ? `${locale}/` : ''}${path}`;
}

// Partner Center's own pages carry no locale (they follow the partner's account settings).
const CUSTOMERS_PAGE = 'https://partner.microsoft.com/dashboard/v2/customers/list';

/** The next steps after acceptance, with links in `language`. */
export function afterAcceptanceSteps(language: string): NextStep[] {
  return [
    { key: 'customers', url: CUSTOMERS_PAGE },
    { key: 'support-contacts', url: learnUrl('partner-center/assign-support-contacts', language) },
    { key: 'remove-relationship', url: learnUrl('partner-center/remove-a-relationship', language) },
  ];
}
