// Brazilian Portuguese. Terms as Microsoft's Brazilian Portuguese Partner Center guide
// ("Solicitar uma relação de revendedor",
// https://learn.microsoft.com/pt-br/partner-center/customers/request-a-relationship-with-a-customer)
// writes them: "relação de revendedor", "Provedor de Soluções na Nuvem", "administrador global",
// "Portal de administração do Microsoft Office", the link "personalizado"; "Centro de
// administração do Microsoft 365" and "Contrato de Cliente da Microsoft" as in
// https://learn.microsoft.com/pt-br/partner-center/customers/confirm-customer-agreement; GDAP kept
// as is, and "administração delegada" for the reseller link's flag, as in
// https://learn.microsoft.com/pt-br/entra/identity/users/directory-delegated-administration-primer.
// The email speaks to the customer's organisation formally: "Prezados senhores," and the
// plural "os senhores" ("entrem", "encaminhem"), never "você"; "direitos de administrador" is
// shorter than "permissões" and keeps the email inside mailto's 2,000 characters (1,997).
import { defineLanguage, linkParagraphs } from './types';

export const ptBR = /* @__PURE__ */ defineLanguage({
  code: 'pt-BR',
  label: 'Português (Brasil)',
  template: {
    subject: '{{partnerName}}: convite para relação de revendedor Microsoft',
    body: [
      // The addressee line, then "Prezados senhores," the salutation of Brazilian business letters
      // to an organisation: the invitation goes to the customer's organisation (its tenant), and
      // the name stands alone so that no article (da/do) has to guess its gender.
      '{{customerName}}',
      '',
      'Prezados senhores,',
      '',
      'Gostaríamos de ser seu Provedor de Soluções na Nuvem Microsoft, para adquirir e gerenciar suas assinaturas e dar suporte direto.',
      '',
      'Para aceitar, entrem pelo link abaixo, que abre {{acceptPortal}}.',
      '',
      /* @__PURE__ */ linkParagraphs(),
      '',
      'Atenciosamente,',
      '{{partnerName}}',
    ].join('\n'),
  },
  notes: {
    globalAdminNote: 'Só um administrador global pode aceitar: caso contrário, encaminhem este email sem alterá-lo.',
    mcaNote: 'Pode ser preciso aceitar também o Contrato de Cliente da Microsoft.',
    dapNote: (_partner, dap) =>
      dap
        ? 'A administração delegada do convite não concede direitos de administrador desde outubro de 2023.'
        : 'O convite não concede direitos de administrador.',
    gdapNote:
      'Para nos dar as funções de administrador listadas, um administrador global aprova a solicitação GDAP abaixo, válida uma vez e por 90 dias.',
    linkNote: (both) =>
      both
        ? 'Os links são personalizados para nossa conta de parceiro: não os alterem.'
        : 'O link é personalizado para nossa conta de parceiro: não o alterem.',
  },
  acceptPortal: {
    public: 'o Centro de administração do Microsoft 365',
    usgov: 'o portal de administração do Microsoft Office',
    germany: 'o portal de administração do Microsoft Office',
  },
});
