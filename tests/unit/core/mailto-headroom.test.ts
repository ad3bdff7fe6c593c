// Headroom of the default emails in a mailto: URL (core/mailto.ts: mail apps cut URLs longer than
// about 2,000 characters, and the link with them). Every language of the table is checked, with
// long real-world names, the longest reseller link (indirect) and a GDAP request link.
import { COPY_ONLY } from '../../support/mailto-copy-only';
import { describe, expect, it } from 'vitest';
import { CLOUD_IDS } from '../../../src/core/cloud-ids';
import { LANGUAGES, type Language } from '../../../src/core/languages';
import { buildMailto, MAILTO_MAX_LENGTH } from '../../../src/core/mailto';
import { defaultTemplate, renderInvitation, type TemplateData } from '../../../src/core/template';
import { GDAP_ADMIN, INDIRECT } from '../../fixtures/links';

// 60 characters each, with spaces, an accent and a legal form, as partners and customers write them.
const PARTNER = 'Fabrikam Cloud Services and Managed IT Consulting Europe Ltd';
const CUSTOMER = 'Contoso Società Cooperativa Agricola Produzione e Lavoro SpA';
const TO = 'amministrazione.acquisti@contoso-cooperativa.example';

/** The email as the customer gets it with both links: the template renders the GDAP paragraph. */
function withBothLinks(language: Language, dap: boolean, cloud: TemplateData['cloud']) {
  const data = {
    customerName: CUSTOMER,
    partnerName: PARTNER,
    link: INDIRECT,
    cloud,
    dap,
    language,
    gdapLink: GDAP_ADMIN,
  };
  const out = renderInvitation(defaultTemplate(language), data);
  return { subject: out.subject, body: out.text };
}

describe('mailto headroom of the default emails', () => {
  it('the sample names are 60 characters long', () => {
    expect([PARTNER.length, CUSTOMER.length]).toEqual([60, 60]);
  });

  for (const { code } of LANGUAGES) {
    it(`${code}: with both links and 60-character names, the email fits in ${MAILTO_MAX_LENGTH} characters, in every cloud, with and without DAP`, () => {
      const lengths: string[] = [];
      let longest = 0;
      for (const cloud of CLOUD_IDS) {
        for (const dap of [true, false]) {
          const email = withBothLinks(code, dap, cloud);
          expect(email.body).toContain(INDIRECT);
          expect(email.body).toContain(GDAP_ADMIN);
          const m = buildMailto({ to: TO, subject: email.subject, body: email.body });
          longest = Math.max(longest, m.length);
          lengths.push(`${cloud} dap=${dap}: ${m.length}`);
        }
      }
      if (COPY_ONLY.has(code)) expect(longest, lengths.join(', ')).toBeGreaterThan(MAILTO_MAX_LENGTH);
      else expect(longest, lengths.join(', ')).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    });
  }

  it('an email that does not fit is flagged, so the popup offers copy instead (ComposeActions)', () => {
    const email = withBothLinks('en', true, 'public');
    const padded = `${email.body}\n\n${'日本語の説明文です。'.repeat(30)}`;
    const m = buildMailto({ to: TO, subject: email.subject, body: padded });
    expect(m.tooLong).toBe(true);
    expect(m.length).toBeGreaterThan(MAILTO_MAX_LENGTH);
  });
});
