// Japanese. Terms as Microsoft's Japanese Learn pages write them: "リセラー関係" and
// "Microsoft 顧客契約" ("パートナー センターで顧客にリセラー関係を要求する方法",
// https://learn.microsoft.com/ja-jp/partner-center/customers/request-a-relationship-with-a-customer,
// which also names "Microsoft Office 管理ポータル" for the national clouds), "Microsoft 365 管理センター"
// (https://learn.microsoft.com/ja-jp/microsoft-365/commerce/manage-partners), "グローバル管理者"
// (the current role name, not the older "全体管理者"), "代理管理特権" for DAP and "GDAP" kept as is
// (https://learn.microsoft.com/ja-jp/partner-center/customers/gdap-introduction), and a link
// "カスタマイズされた" for the partner. The email is business keigo: です/ます, 貴社 and 弊社.
import { defineLanguage, linkParagraphs } from './types';

export const ja = /* @__PURE__ */ defineLanguage({
  code: 'ja',
  label: '日本語',
  template: {
    subject: '{{partnerName}}：Microsoft リセラー関係へのご招待',
    body: [
      // The company name on its own line, then "ご担当者様": one honorific for the addressee,
      // as Japanese business mail writes it when no person is named ("御中" and "様" together
      // would be a double honorific). "ご担当者様" also reads right for a sole trader's name.
      '{{customerName}}',
      'ご担当者様',
      '',
      'Microsoft のリセラー関係へのご招待をお送りいたします。弊社は貴社の Microsoft クラウド ソリューション プロバイダーとして、Microsoft クラウド サブスクリプションのご購入と管理、ならびに直接のサポートをご提供したいと考えております。',
      '',
      'ご承諾いただける場合は、下記のリンクを開いてサインインしてください。{{acceptPortal}}が開きます。',
      '',
      // Japanese sets sentences side by side, without the space Latin scripts put between them.
      /* @__PURE__ */ linkParagraphs(''),
      '',
      '何卒よろしくお願い申し上げます。',
      '',
      '{{partnerName}}',
    ].join('\n'),
  },
  // Japanese costs nine characters a character in a mailto URL: the default email cannot fit one
  // (tests/unit/core/mailto-headroom.test.ts lists ja as copy only), so the popup offers copy.
  notes: {
    globalAdminNote:
      '承諾の操作は貴社のグローバル管理者のみが行えます。ご自身がグローバル管理者でない場合は、このメールを変更せずにグローバル管理者の方へご転送ください。',
    mcaNote: 'あわせて Microsoft 顧客契約への同意を求められる場合があります。',
    dapNote: (_partner, dap) =>
      dap
        ? 'この招待にはパートナー センターにより代理管理特権の指定が付いていますが、2023 年 10 月以降、この指定によって管理者権限は付与されません。'
        : 'この招待によって管理者権限は付与されません。',
    gdapNote:
      '下記の GDAP 要求を貴社のグローバル管理者が承認すると、要求に記載された管理者ロールが弊社に付与されます（この要求は 1 回限り有効で、弊社が作成してから 90 日後に期限切れとなります）。',
    linkNote: (both) =>
      both
        ? 'いずれのリンクも弊社のパートナー アカウント専用にカスタマイズされていますので、変更せずにそのままご利用ください。'
        : 'このリンクは弊社のパートナー アカウント専用にカスタマイズされていますので、変更せずにそのままご利用ください。',
  },
  acceptPortal: {
    public: 'Microsoft 365 管理センター',
    usgov: 'Microsoft Office 管理ポータル',
    germany: 'Microsoft Office 管理ポータル',
  },
});
