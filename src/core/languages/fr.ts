// French. Terms as Microsoft's French Partner Center documentation on learn.microsoft.com (fr-fr)
// writes them: "relation de revendeur" and "Centre d'administration Microsoft 365"
// (https://learn.microsoft.com/fr-fr/partner-center/customers/connect-with-your-customers);
// "Contrat client Microsoft", "administrateur général" and "lien personnalisé"
// (https://learn.microsoft.com/fr-fr/partner-center/customers/request-a-relationship-with-a-customer);
// GDAP kept as the acronym, as in "privilèges d'administrateur délégué granulaires (GDAP)"
// (https://learn.microsoft.com/fr-fr/partner-center/customers/gdap-obtain-admin-permissions-to-manage-customer);
// "CSP" as in Microsoft's "fournisseur de solutions Cloud (CSP)". For the national clouds the
// French request page writes the portal in a garbled order ("Microsoft Office le portail
// d'administration"): "portail d'administration Microsoft Office" is its plain reading, in the
// order of the same docs' "portail d'administration Office 365". The email speaks to the
// customer's organisation with the formal "vous" and "Madame, Monsieur,", the usual salutation
// of a French business letter when no person is named; a normal space (not a no-break one)
// before ":" keeps the email within a mailto URL (tests/unit/core/mailto-headroom.test.ts).
import { defineLanguage, linkParagraphs } from './types';

export const fr = /* @__PURE__ */ defineLanguage({
  code: 'fr',
  label: 'Français',
  template: {
    subject: '{{partnerName}} : invitation à une relation de revendeur Microsoft',
    body: [
      'Madame, Monsieur,',
      '',
      // The salutation names no one, so the customer's name goes into the first sentence.
      'Nous souhaitons devenir le partenaire CSP Microsoft de {{customerName}}, pour acheter et gérer vos abonnements cloud et vous accompagner directement.',
      '',
      'Pour accepter, ouvrez ce lien et connectez-vous : il ouvre {{acceptPortal}}.',
      '',
      /* @__PURE__ */ linkParagraphs(),
      '',
      'Cordialement,',
      '{{partnerName}}',
    ].join('\n'),
  },
  // Short on purpose, as in English: with long names and both links the whole email must fit in
  // a mailto URL, where every space costs three characters and an accented letter six.
  notes: {
    globalAdminNote: "Seul un administrateur général peut accepter : si ce n'est pas vous, transférez-lui ce message.",
    mcaNote: 'Le Contrat client Microsoft pourra aussi vous être soumis.',
    dapNote: (_partner, dap) =>
      dap
        ? "L'option d'administration déléguée du lien n'accorde aucun droit d'administration depuis octobre 2023."
        : "L'invitation n'accorde aucun droit d'administration.",
    gdapNote:
      "Un administrateur général peut nous accorder les rôles d'administrateur listés en approuvant la demande GDAP ci-dessous, à usage unique et valable 90 jours.",
    linkNote: (both) =>
      both
        ? 'Les deux liens sont personnalisés pour notre compte : utilisez-les tels quels.'
        : 'Le lien est personnalisé pour notre compte : utilisez-le tel quel.',
  },
  acceptPortal: {
    public: "le Centre d'administration Microsoft 365",
    usgov: "le portail d'administration Microsoft Office",
    germany: "le portail d'administration Microsoft Office",
  },
});
