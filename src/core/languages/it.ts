// Italian. Terms as Microsoft's Italian Partner Center guide ("Richiedere una relazione con un
// cliente") writes them: "relazione come rivenditore", "collegamento personalizzato",
// "amministratore globale", "interfaccia di amministrazione di Microsoft 365", "portale di
// amministrazione di Microsoft Office". The email speaks to the customer's organisation with the
// formal "voi" of Italian business letters.
import { defineLanguage, linkParagraphs } from './types';

export const it = /* @__PURE__ */ defineLanguage({
  code: 'it',
  label: 'Italiano',
  template: {
    subject: '{{partnerName}}: invito a una relazione come rivenditore Microsoft',
    body: [
      // "Spett.le" (Spettabile) is the salutation of Italian business letters to an organisation,
      // sole traders included; the invitation goes to the customer's organisation (its tenant),
      // where "Gentile" would presume a person.
      'Spett.le {{customerName}},',
      '',
      'Vi invitiamo a una relazione come rivenditore: come vostro Cloud Solution Provider Microsoft potremo acquistare e gestire per voi gli abbonamenti cloud, con assistenza diretta.',
      '',
      'Per accettare, aprite il collegamento e accedete: si aprirà {{acceptPortal}}.',
      '',
      /* @__PURE__ */ linkParagraphs(),
      '',
      'Cordiali saluti,',
      '{{partnerName}}',
    ].join('\n'),
  },
  notes: {
    globalAdminNote:
      'Può accettare solo un amministratore globale: se non lo siete, inoltrate questa email senza modificarla.',
    // The Partner Center guide's own term ("contratto per i clienti Microsoft"); Microsoft's
    // newer Italian pages say "Contratto Cliente Microsoft" for the same agreement.
    mcaNote: 'Potrebbe esservi chiesto di accettare anche il contratto per i clienti Microsoft.',
    dapNote: (_partner, dap) =>
      dap
        ? "Da ottobre 2023 l'opzione di amministrazione delegata non concede diritti di amministrazione."
        : "L'invito non concede diritti di amministrazione.",
    gdapNote:
      'Per concederci i ruoli di amministratore elencati, un amministratore globale approva la richiesta GDAP qui sotto, valida una volta e per 90 giorni.',
    linkNote: (both) =>
      both
        ? 'Entrambi i collegamenti sono personalizzati: usateli così come sono.'
        : "Il collegamento è personalizzato per il nostro account: usatelo così com'è.",
  },
  acceptPortal: {
    public: "l'interfaccia di amministrazione di Microsoft 365",
    usgov: 'il portale di amministrazione di Microsoft Office',
    germany: 'il portale di amministrazione di Microsoft Office',
  },
});
