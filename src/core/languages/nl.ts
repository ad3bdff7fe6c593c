// Dutch. Terms as Microsoft's Dutch (nl-NL) documentation writes them:
// - "resellerrelatie", "globale beheerder", "Microsoft-klantovereenkomst", and the link that "is
//   gepersonaliseerd", as the Partner Center guide "Een resellerrelatie met een klant aanvragen"
//   (https://learn.microsoft.com/nl-nl/partner-center/customers/request-a-relationship-with-a-customer)
//   and "Een nieuwe klant toevoegen"
//   (https://learn.microsoft.com/nl-nl/partner-center/customers/add-a-new-customer) write them;
// - "Microsoft 365-beheercentrum", as Microsoft 365's Dutch admin documentation writes it
//   (https://learn.microsoft.com/nl-nl/microsoft-365/admin/admin-overview/admin-center-overview);
// - for the national clouds, the request guide's "Microsoft Office Beheerportal", written as a Dutch
//   compound like the same guides' "Office 365-beheerportal": "Microsoft Office-beheerportal";
// - "GDAP" kept as is, as the Dutch GDAP FAQ does ("gedetailleerde gedelegeerde
//   beheerdersmachtigingen (GDAP)",
//   https://learn.microsoft.com/nl-nl/partner-center/customers/gdap-faq).
// The email addresses the customer's organisation with the formal "u" of Dutch business letters.
import { defineLanguage, linkParagraphs } from './types';

export const nl = /* @__PURE__ */ defineLanguage({
  code: 'nl',
  label: 'Nederlands',
  template: {
    subject: '{{partnerName}}: uitnodiging voor een Microsoft-resellerrelatie',
    body: [
      // "Geachte heer/mevrouw," is the salutation of Dutch business letters when no person is
      // named: the invitation goes to the customer's organisation, named in the first sentence.
      'Geachte heer/mevrouw,',
      '',
      'Wij nodigen {{customerName}} uit voor een resellerrelatie: als uw Microsoft Cloud Solution Provider kopen en beheren wij uw Microsoft-cloudabonnementen, met directe ondersteuning.',
      '',
      'Open de koppeling hieronder en meld u aan om te accepteren; deze opent {{acceptPortal}}.',
      '',
      /* @__PURE__ */ linkParagraphs(),
      '',
      'Met vriendelijke groet,',
      '{{partnerName}}',
    ].join('\n'),
  },
  notes: {
    globalAdminNote:
      'Alleen een globale beheerder van uw organisatie kan accepteren: bent u dat niet, stuur deze e-mail ongewijzigd door.',
    mcaNote: 'Mogelijk moet u ook de Microsoft-klantovereenkomst accepteren.',
    dapNote: (_partner, dap) =>
      dap
        ? 'Sinds oktober 2023 verleent de optie voor gedelegeerd beheer geen beheerdersrechten.'
        : 'De uitnodiging verleent geen beheerdersrechten.',
    gdapNote:
      'Om ons de vermelde beheerdersrollen te geven, keurt een globale beheerder ons GDAP-verzoek hieronder goed; het is eenmalig en verloopt 90 dagen na indiening.',
    linkNote: (both) =>
      both
        ? 'Beide koppelingen zijn gepersonaliseerd voor ons partneraccount: gebruik ze ongewijzigd.'
        : 'De koppeling is gepersonaliseerd voor ons partneraccount: gebruik deze ongewijzigd.',
  },
  acceptPortal: {
    public: 'het Microsoft 365-beheercentrum',
    usgov: 'de Microsoft Office-beheerportal',
    germany: 'de Microsoft Office-beheerportal',
  },
});
