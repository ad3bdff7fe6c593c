// German. Terms as Microsoft's German Partner Center guide to requesting a reseller relationship
// (https://learn.microsoft.com/de-de/partner-center/customers/request-a-relationship-with-a-customer)
// writes them: "Vertriebspartnerschaft" (its action "Vertriebspartnerschaft beantragen"),
// "Microsoft-Kundenvereinbarung", "globaler Administrator" (the Microsoft Entra role "Globaler
// Administrator"), "Microsoft Office-Verwaltungsportal" (the national clouds); "Microsoft 365 Admin
// Center" as the Microsoft 365 guide "Verwalten von Partnerbeziehungen" writes it ("Kunden nehmen die
// Einladung in Microsoft 365 Admin Center an",
// https://learn.microsoft.com/de-de/microsoft-365/commerce/manage-partners). GDAP stays GDAP, as in
// Microsoft's German pages ("Differenzierte delegierte Administratorrechte (GDAP)"). The email
// writes to the customer's organisation with the formal "Sie" and the salutation of German business
// letters to a company, "Sehr geehrte Damen und Herren"; as it names no one, the customer's name
// goes into the first sentence. Kept short: with both links and long names the email must fit a
// mailto URL, where every space costs three characters and an umlaut six.
import { defineLanguage, linkParagraphs } from './types';

export const de = /* @__PURE__ */ defineLanguage({
  code: 'de',
  label: 'Deutsch',
  template: {
    subject: '{{partnerName}}: Einladung zur Microsoft-Vertriebspartnerschaft',
    body: [
      'Sehr geehrte Damen und Herren,',
      '',
      'wir möchten als Microsoft Cloud Solution Provider für {{customerName}} Ihre Cloudabonnements beschaffen, verwalten und Sie direkt betreuen.',
      '',
      'Zum Annehmen öffnen Sie den Link und melden sich an; er öffnet {{acceptPortal}}.',
      '',
      /* @__PURE__ */ linkParagraphs(),
      '',
      // German business letters close without a comma after the greeting (DIN 5008).
      'Mit freundlichen Grüßen',
      '{{partnerName}}',
    ].join('\n'),
  },
  notes: {
    globalAdminNote:
      'Annehmen kann nur ein globaler Administrator: Sind Sie keiner, leiten Sie diese E-Mail bitte unverändert weiter.',
    mcaNote: 'Eventuell ist auch die Microsoft-Kundenvereinbarung zu akzeptieren.',
    dapNote: (_partner, dap) =>
      dap
        ? 'Die Option für delegierte Administration gewährt seit Oktober 2023 keine Administratorrechte.'
        : 'Die Einladung gewährt keine Administratorrechte.',
    gdapNote:
      'Ein globaler Administrator genehmigt unsere GDAP-Anfrage, damit wir die angefragten Administratorrollen erhalten; sie gilt einmalig und läuft 90 Tage nach Erstellung ab.',
    linkNote: (both) =>
      both
        ? 'Beide Links sind für unser Partnerkonto personalisiert: Bitte nicht ändern.'
        : 'Der Link ist für unser Partnerkonto personalisiert: Bitte nicht ändern.',
  },
  acceptPortal: {
    public: 'das Microsoft 365 Admin Center',
    usgov: 'das Microsoft Office-Verwaltungsportal',
    germany: 'das Microsoft Office-Verwaltungsportal',
  },
});
