// Spanish (Spain). Terms as Microsoft's Spanish (es-ES) Partner Center pages write them:
// "relación de revendedor", "Contrato de cliente de Microsoft" and "administrador global"
// (https://learn.microsoft.com/es-es/partner-center/customers/request-a-relationship-with-a-customer,
// whose table of clouds also names the "Portal de administración de Microsoft Office" of the
// national clouds), "Centro de administración de Microsoft 365" and GDAP kept as is
// (https://learn.microsoft.com/es-es/partner-center/customers/gdap-obtain-admin-permissions-to-manage-customer),
// "vínculo personalizado" (the same request page). The email speaks to the customer's
// organisation with the formal "ustedes" of Spanish business letters, opened by "Estimados señores".
import { defineLanguage, linkParagraphs } from './types';

export const es = /* @__PURE__ */ defineLanguage({
  code: 'es',
  label: 'Español',
  template: {
    subject: '{{partnerName}}: invitación a una relación de revendedor de Microsoft',
    body: [
      // "Estimados señores" is the salutation of Spanish business letters to an organisation (a
      // colon after it, as the RAE advises); the invitation goes to the customer's organisation.
      'Estimados señores de {{customerName}}:',
      '',
      'Les invitamos a una relación de revendedor: como su proveedor CSP de Microsoft, podremos comprar y gestionar sus suscripciones en la nube, con soporte directo.',
      '',
      'Para aceptar, abran el vínculo e inicien sesión en {{acceptPortal}}.',
      '',
      /* @__PURE__ */ linkParagraphs(),
      '',
      'Atentamente,',
      '{{partnerName}}',
    ].join('\n'),
  },
  notes: {
    globalAdminNote: 'Solo puede aceptar un administrador global: si no lo son, reenvíen este mensaje sin cambios.',
    mcaNote: 'Quizá deban aceptar también el Contrato de cliente de Microsoft.',
    dapNote: (_partner, dap) =>
      dap
        ? 'Desde octubre de 2023, la opción de administración delegada no concede derechos de administrador.'
        : 'La invitación no concede derechos de administrador.',
    gdapNote:
      'Para darnos los roles de administrador indicados, un administrador global aprueba esta solicitud GDAP, de un solo uso y válida 90 días.',
    linkNote: (both) =>
      both
        ? 'Ambos vínculos están personalizados: úsenlos tal cual.'
        : 'El vínculo está personalizado para nuestra cuenta: úsenlo tal cual.',
  },
  acceptPortal: {
    public: 'el Centro de administración de Microsoft 365',
    usgov: 'el Portal de administración de Microsoft Office',
    germany: 'el Portal de administración de Microsoft Office',
  },
});
