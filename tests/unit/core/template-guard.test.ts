// The rendered email and its mailto form must keep the invitation link intact as the
// link guard (core/guard.ts, core-link) judges it, in every language, cloud and DAP choice.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkLink } from '../../../src/core/guard';
import { buildInvitationLink } from '../../../src/core/link';
import { buildMailto } from '../../../src/core/mailto';
import { defaultTemplate, renderInvitation } from '../../../src/core/template';
import { CLOUDS } from '../../../src/core/clouds';
import { LANGUAGE_CODES } from '../../../src/core/languages';
import { PARTNER_TENANT } from '../../fixtures/links';

const PARTNER = PARTNER_TENANT;
const PROVIDER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('rendered invitation and the link guard', () => {
  it('every default email keeps the link intact in text, HTML and the decoded mailto body', () => {
    for (const language of LANGUAGE_CODES) {
      for (const cloud of ['public', 'usgov', 'germany'] as const) {
        for (const dap of [true, false]) {
          if (!dap && CLOUDS[cloud].dapRequired) continue;
          for (const indirectCspId of [undefined, PROVIDER]) {
            const link = buildInvitationLink({
              cloud,
              partnerId: PARTNER,
              dap,
              indirectCspId,
              msppId: indirectCspId ? '1234567' : undefined,
            });
            const out = renderInvitation(defaultTemplate(language), {
              customerName: 'Contoso',
              partnerName: 'Fabrikam',
              link,
              cloud,
              dap,
              language,
            });
            expect(checkLink(out.text, link, 'text')).toEqual({ status: 'intact', problems: [] });
            expect(checkLink(out.html, link, 'html')).toEqual({ status: 'intact', problems: [] });
            const { url } = buildMailto({ to: 'a@contoso.com', subject: out.subject, body: out.text });
            const body = decodeURIComponent(url.slice(url.indexOf('&body=') + '&body='.length));
            expect(checkLink(body, link, 'text').status).toBe('intact');
          }
        }
      }
    }
  });

  it('a template that repeats {{link}} is still intact for the guard', () => {
    const link = buildInvitationLink({ cloud: 'public', partnerId: PARTNER, dap: false });
    const out = renderInvitation(
      { subject: 's', body: 'Accept: {{link}}\n\nOr again:\n{{link}}' },
      { customerName: 'c', partnerName: 'p', link, cloud: 'public', dap: false, language: 'en' },
    );
    expect(checkLink(out.text, link, 'text').status).toBe('intact');
    expect(checkLink(out.html, link, 'html').status).toBe('intact');
  });

  it('the English portal name comes from the clouds table', () => {
    for (const cloud of ['public', 'usgov', 'germany'] as const) {
      const out = renderInvitation(
        { subject: '', body: '{{acceptPortal}}\n\n{{link}}' },
        { customerName: 'c', partnerName: 'p', link: 'https://x.example', cloud, dap: true, language: 'en' },
      );
      expect(out.text.split('\n')[0]).toBe(`the ${CLOUDS[cloud].acceptPortal.name}`);
    }
  });

  // (A name that is itself a cut invitation URL would rightly be reported by the guard as a
  // broken link, so such names are not generated here.)
  it('property: markup in customer and partner names never disturbs the link', () => {
    const link = buildInvitationLink({ cloud: 'public', partnerId: PARTNER, dap: true });
    const hostile = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '<a href="https://evil.example">x</a>',
        '<img src=x onerror=alert(1)>',
        '&amp;"\'',
        '</p><a href="x">',
      ),
    );
    fc.assert(
      fc.property(hostile, hostile, fc.constantFrom(...LANGUAGE_CODES), (customerName, partnerName, language) => {
        const out = renderInvitation(defaultTemplate(language), {
          customerName,
          partnerName,
          link,
          cloud: 'public',
          dap: true,
          language,
        });
        expect(checkLink(out.html, link, 'html').status).toBe('intact');
      }),
      { numRuns: 200 },
    );
  });
});
