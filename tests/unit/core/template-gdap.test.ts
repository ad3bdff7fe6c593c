// The GDAP request in the invitation email (docs/domain.md#dap-and-gdap): its own placeholders,
// a paragraph that disappears without a GDAP link, both links as the only anchors and intact for
// the guard, and, in every language and cloud, no default email claiming admin rights from the
// reseller link.
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/core/guard';
import { CLOUD_IDS } from '../../../src/core/cloud-ids';
import { LANGUAGE_CODES } from '../../../src/core/languages';
import { buildMailto } from '../../../src/core/mailto';
import { defaultTemplate, renderInvitation, templateProblems, type TemplateData } from '../../../src/core/template';
import * as L from '../../fixtures/links';

// The language table: a language added to it is covered by every test here.
const LANGUAGES = LANGUAGE_CODES;

const data = (over: Partial<TemplateData> = {}): TemplateData => ({
  customerName: 'Contoso Ltd',
  partnerName: 'Fabrikam CSP',
  link: L.DIRECT_DAP,
  cloud: 'public',
  dap: true,
  language: 'en',
  ...over,
});

/** The sentences of a text (split after . ! ? and at line breaks). */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

describe('the GDAP paragraph', () => {
  it('carries the GDAP link with one sentence saying what it does and that a Global Administrator approves it', () => {
    const out = renderInvitation(defaultTemplate('en'), data({ gdapLink: L.GDAP_ADMIN }));
    expect(out.text).toContain(
      'To give us the admin roles it lists, a Global Administrator approves our GDAP request below; it works once and expires 90 days after we made it.\n\n' +
        `${L.GDAP_ADMIN}\n\n`,
    );
    expect(out.text).toContain('Both links are personal to our partner account');
    const it = renderInvitation(defaultTemplate('it'), data({ language: 'it', gdapLink: L.GDAP_CLOUD }));
    expect(it.text).toContain('un amministratore globale approva la richiesta GDAP qui sotto');
    expect(it.text).toContain(`\n\n${L.GDAP_CLOUD}\n\n`);
    expect(it.text).toContain('Entrambi i collegamenti sono personalizzati');
  });

  it('disappears, with its note, when there is no GDAP link; any paragraph using a GDAP placeholder does', () => {
    for (const gdapLink of [undefined, '', '   ']) {
      const out = renderInvitation(defaultTemplate('en'), data({ gdapLink }));
      expect(out.text).not.toContain('GDAP');
      expect(out.text).not.toMatch(/\n\n\n/);
      expect(out.text).toContain('The link is personal to our partner account');
      expect(out.html).not.toContain('<p></p>');
    }
    const custom = { subject: 's', body: 'Hi\n\nAdmin access ({{gdapNote}}):\n{{gdapLink}}\n\n{{link}}\n\nBye' };
    expect(renderInvitation(custom, data()).text).toBe(`Hi\n\n${L.DIRECT_DAP}\n\nBye`);
    expect(renderInvitation(custom, data({ gdapLink: L.GDAP_ADMIN })).text).toContain(`:\n${L.GDAP_ADMIN}\n\n`);
  });

  it('makes both links the only anchors, each its exact link, and both intact for the guard in text, HTML and mailto', () => {
    for (const language of LANGUAGES) {
      for (const cloud of CLOUD_IDS) {
        const out = renderInvitation(defaultTemplate(language), data({ language, cloud, gdapLink: L.GDAP_ADMIN }));
        const anchors = [...out.html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
        const esc = (s: string) => s.replace(/&/g, '&amp;');
        expect(anchors).toEqual([
          [esc(L.DIRECT_DAP), esc(L.DIRECT_DAP)],
          [esc(L.GDAP_ADMIN), esc(L.GDAP_ADMIN)],
        ]);
        const links = [L.DIRECT_DAP, L.GDAP_ADMIN];
        expect(checkLinks(out.text, links, 'text').map((c) => c.status)).toEqual(['intact', 'intact']);
        expect(checkLinks(out.html, links, 'html').map((c) => c.status)).toEqual(['intact', 'intact']);
        const mailto = buildMailto({ to: 'it@contoso.example', subject: out.subject, body: out.text });
        const body = decodeURIComponent(mailto.url.slice(mailto.url.indexOf('&body=') + 6));
        expect(checkLinks(body, links, 'text').map((c) => c.status)).toEqual(['intact', 'intact']);
      }
    }
  });

  it('a GDAP placeholder in the subject is reported like {{link}}; every default template is clean', () => {
    expect(templateProblems({ subject: 'Approve {{gdapLink}}', body: '{{link}}' })).toMatchObject([
      {
        code: 'link-in-subject',
        placeholder: '{{gdapLink}}',
        message: 'Put {{gdapLink}} in the body, not in the subject.',
      },
    ]);
    for (const language of LANGUAGES) {
      const tpl = defaultTemplate(language);
      expect(templateProblems(tpl)).toEqual([]);
      expect(tpl.body).toContain('{{gdapLink}}');
      expect(tpl.body).toContain('{{gdapNote}}');
    }
  });
});

describe('no default email claims admin rights from the reseller link', () => {
  it('over every language, cloud and DAP choice: without a GDAP link nothing describes admin access as granted', () => {
    for (const language of LANGUAGES) {
      // What the GDAP note says is the only place admin access may be described.
      const gdapOnly = sentences(
        renderInvitation({ subject: '', body: '{{gdapNote}}\n\n{{link}}' }, data({ language, gdapLink: L.GDAP_ADMIN }))
          .text,
      ).filter((s) => !s.startsWith('https://'));
      expect(gdapOnly.length).toBeGreaterThan(0);
      for (const cloud of CLOUD_IDS) {
        for (const dap of [true, false]) {
          const out = renderInvitation(defaultTemplate(language), data({ language, cloud, dap }));
          const all = `${out.subject}\n${out.text}`;
          // None of the GDAP note's sentences appears without a GDAP link.
          for (const s of gdapOnly) expect(all).not.toContain(s);
          // The DAP sentence is the reseller link's only word on admin rights, and it says none come from it.
          const dapSentence = renderInvitation(
            { subject: '', body: '{{dapNote}}\n\n{{link}}' },
            data({ language, cloud, dap }),
          ).text.split('\n\n')[0]!;
          expect(out.text).toContain(dapSentence);
          const noRights = NO_RIGHTS[language];
          if (!noRights) throw new Error(`Say how ${language} writes "no admin rights" in NO_RIGHTS`);
          expect(dapSentence, `${language} ${cloud} dap=${dap}`).toMatch(noRights);
          // The claims the old wording made are gone.
          expect(all).not.toMatch(/so that .* can manage your Microsoft services|asks for delegated admin rights/);
          expect(all).not.toMatch(/per permettere a .* di gestire i vostri servizi Microsoft|chiede anche i privilegi/);
        }
      }
    }
  });
});

// How each language says "no admin rights": a language added to the table without its entry here
// fails the test above, which then asks for it.
const NO_RIGHTS: Record<string, RegExp> = {
  en: /grants no admin rights/,
  it: /non concede diritti di amministrazione/,
  ja: /管理者権限は付与されません/,
  es: /no concede derechos de administrador/,
  'pt-BR': /não concede direitos de administrador/,
  fr: /n'accorde aucun droit d'administration/,
  nl: /verleent (?:.* )?geen beheerdersrechten/,
  de: /keine Administratorrechte/,
};
