// English: the reference language (and the fallback when the browser's language is not in the table).
import { defineLanguage, linkParagraphs } from './types';

export const en = /* @__PURE__ */ defineLanguage({
  code: 'en',
  label: 'English',
  template: {
    subject: '{{partnerName}}: invitation to a Microsoft reseller relationship',
    body: [
      'Dear {{customerName}},',
      '',
      'We would like to become your Microsoft Cloud Solution Provider, to buy and manage your Microsoft cloud subscriptions and support you directly.',
      '',
      'To accept, open the link below and sign in; it opens {{acceptPortal}}.',
      '',
      /* @__PURE__ */ linkParagraphs(),
      '',
      'Kind regards,',
      '{{partnerName}}',
    ].join('\n'),
  },
  // Short on purpose: with long names and both links the whole email must fit in a mailto URL
  // (core/mailto.ts), where every space costs three characters (tests/unit/core/mailto-headroom.test.ts).
  notes: {
    globalAdminNote:
      'Only a Global Administrator of your organisation can accept: if that is not you, please forward this email unchanged.',
    mcaNote: 'You may be asked to accept the Microsoft Customer Agreement too.',
    dapNote: (_partner, dap) =>
      dap
        ? 'Partner Center still flags it for delegated admin, which since October 2023 grants no admin rights.'
        : 'The invitation grants no admin rights.',
    gdapNote:
      'To give us the admin roles it lists, a Global Administrator approves our GDAP request below; it works once and expires 90 days after we made it.',
    linkNote: (both) =>
      both
        ? 'Both links are personal to our partner account: please use them as they are.'
        : 'The link is personal to our partner account: please use it as it is.',
  },
  acceptPortal: {
    public: 'the Microsoft 365 admin center',
    usgov: 'the Microsoft Office admin portal',
    germany: 'the Microsoft Office admin portal',
  },
});
