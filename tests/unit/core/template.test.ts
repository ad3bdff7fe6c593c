import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PLACEHOLDERS,
  defaultTemplate,
  escapeHtml,
  renderInvitation,
  templateProblems,
  type TemplateData,
} from '../../../src/core/template';
import { emailTemplateSchema } from '../../../src/core/settings';
import { LANGUAGE_CODES } from '../../../src/core/languages';
import { CLOUD_IDS } from '../../../src/core/cloud-ids';
import { DIRECT_DAP } from '../../fixtures/links';

const LINK = DIRECT_DAP;

const data = (over: Partial<TemplateData> = {}): TemplateData => ({
  customerName: 'Contoso Ltd',
  partnerName: 'Fabrikam CSP',
  link: LINK,
  cloud: 'public',
  dap: true,
  language: 'en',
  ...over,
});

/** Splits HTML into tags and text, refusing anything but the tags the renderer may emit. */
function readHtml(html: string): { anchors: { href: string; text: string }[]; text: string; tags: string[] } {
  const tags = html.match(/<[^>]*>/g) ?? [];
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const anchors = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => ({
    href: decode(m[1] ?? ''),
    text: decode(m[2] ?? ''),
  }));
  const text = decode(
    html
      .replace(/<br>/g, '\n')
      .replace(/<\/p>\n?<p>/g, '\n\n')
      .replace(/<[^>]*>/g, ''),
  );
  return { anchors, text, tags };
}

const ALLOWED_TAG = /^(<p>|<\/p>|<br>|<a href="[^"<>]*">|<\/a>)$/;

describe('defaultTemplate', () => {
  it.each(LANGUAGE_CODES)('%s is a valid template with no problems and covers what the customer must know', (lang) => {
    const tpl = defaultTemplate(lang);
    expect(emailTemplateSchema.safeParse(tpl).success).toBe(true);
    expect(templateProblems(tpl)).toEqual([]);
    for (const name of [
      'customerName',
      'partnerName',
      'link',
      'acceptPortal',
      'globalAdminNote',
      'mcaNote',
      'dapNote',
      'linkNote',
    ]) {
      expect(tpl.body + tpl.subject).toContain(`{{${name}}}`);
    }
  });

  it('returns a copy the caller can change', () => {
    const a = defaultTemplate('en');
    a.subject = 'changed';
    expect(defaultTemplate('en').subject).not.toBe('changed');
  });

  it('English text names Global Admin, the Customer Agreement, the portal and what the DAP flag does today', () => {
    const out = renderInvitation(defaultTemplate('en'), data({ dap: true }));
    expect(out.text).toContain('Global Administrator');
    expect(out.text).toContain('Microsoft Customer Agreement');
    expect(out.text).toContain('Microsoft 365 admin center');
    expect(out.text).toContain(
      'Partner Center still flags it for delegated admin, which since October 2023 grants no admin rights.',
    );
    expect(out.text).toContain('use it as it is');
    const noDap = renderInvitation(defaultTemplate('en'), data({ dap: false }));
    expect(noDap.text).toContain('The invitation grants no admin rights.');
    expect(noDap.text).not.toContain('delegated admin');
  });

  it('Italian text is in Italian and names the portal of the national clouds', () => {
    const out = renderInvitation(defaultTemplate('it'), data({ language: 'it', cloud: 'usgov' }));
    expect(out.subject).toBe('Fabrikam CSP: invito a una relazione come rivenditore Microsoft');
    expect(out.text).toMatch(/^Spett\.le Contoso Ltd,\n\n/);
    expect(out.text).toContain('relazione come rivenditore');
    expect(out.text).toContain('amministratore globale');
    expect(out.text).toContain('contratto per i clienti Microsoft');
    expect(out.text).toContain('collegamento è personalizzato');
    expect(out.text).toContain('si aprirà il portale di amministrazione di Microsoft Office.');
    expect(renderInvitation(defaultTemplate('it'), data({ language: 'it' })).text).toContain(
      "si aprirà l'interfaccia di amministrazione di Microsoft 365.",
    );
    expect(out.text).toContain(
      "Da ottobre 2023 l'opzione di amministrazione delegata non concede diritti di amministrazione.",
    );
  });
});

describe('renderInvitation', () => {
  it('fills every known placeholder and leaves none behind in the default templates', () => {
    for (const language of LANGUAGE_CODES) {
      for (const cloud of CLOUD_IDS) {
        for (const dap of [true, false]) {
          const out = renderInvitation(defaultTemplate(language), data({ language, cloud, dap }));
          expect(out.text + out.subject + out.html).not.toMatch(/\{\{|\}\}/);
        }
      }
    }
  });

  it('names where the customer accepts by cloud', () => {
    const tpl = { subject: 's', body: '{{acceptPortal}} {{link}}' };
    expect(renderInvitation(tpl, data({ cloud: 'public' })).text).toBe(`the Microsoft 365 admin center ${LINK}`);
    expect(renderInvitation(tpl, data({ cloud: 'usgov' })).text).toBe(`the Microsoft Office admin portal ${LINK}`);
    expect(renderInvitation(tpl, data({ cloud: 'germany' })).text).toBe(`the Microsoft Office admin portal ${LINK}`);
  });

  it('keeps the link byte for byte in the text and as the only anchor in the HTML', () => {
    const out = renderInvitation(defaultTemplate('en'), data());
    expect(out.text).toContain(`\n\n${LINK}\n\n`);
    const html = readHtml(out.html);
    expect(html.anchors).toEqual([{ href: LINK, text: LINK }]);
    expect(out.html).toContain('&amp;partnerId=');
    for (const tag of html.tags) expect(tag).toMatch(ALLOWED_TAG);
  });

  it('does not turn URLs typed in the template into anchors', () => {
    const tpl = {
      subject: 'x',
      body: 'See https://example.com/help and <a href="https://evil.example">here</a>\n\n{{link}}',
    };
    const out = renderInvitation(tpl, data());
    expect(readHtml(out.html).anchors).toEqual([{ href: LINK, text: LINK }]);
    expect(out.html).toContain('&lt;a href=&quot;https://evil.example&quot;&gt;here&lt;/a&gt;');
  });

  it('makes paragraphs from blank lines and <br> from single line breaks, CRLF too', () => {
    const out = renderInvitation({ subject: 's', body: 'One\r\nline two\r\n\r\n  \r\n{{link}}\r\n\r\nBye' }, data());
    expect(out.html).toBe(
      `<p>One<br>line two</p>\n<p><a href="${escapeHtml(LINK)}">${escapeHtml(LINK)}</a></p>\n<p>Bye</p>`,
    );
    expect(out.text).toBe(`One\nline two\n\n${LINK}\n\nBye`);
  });

  it('drops paragraphs that render to nothing', () => {
    const out = renderInvitation(
      { subject: 's', body: 'Hi\n\n{{customerName}}\n\n{{link}}' },
      data({ customerName: '  ' }),
    );
    expect(out.text).toBe(`Hi\n\n${LINK}`);
    expect(out.html.match(/<p>/g)).toHaveLength(2);
  });

  it('leaves unknown placeholders visible, escaped in HTML', () => {
    const out = renderInvitation(
      { subject: '{{nope}} for {{customerName}}', body: 'A {{ link }} B {{<b>}}\n\n{{link}}' },
      data(),
    );
    expect(out.subject).toBe('{{nope}} for Contoso Ltd');
    expect(out.text).toContain('A {{ link }} B {{<b>}}');
    expect(out.html).toContain('A {{ link }} B {{&lt;b&gt;}}');
  });

  it('keeps names on one line (no header or layout injection)', () => {
    const out = renderInvitation(
      { subject: 'Hi {{customerName}}', body: '{{customerName}}\n\n{{link}}' },
      data({ customerName: 'Evil\r\nBcc: x@y\tCo' }),
    );
    expect(out.subject).toBe('Hi Evil Bcc: x@y Co');
    expect(out.subject).not.toMatch(/[\r\n]/);
  });

  it('shows a link that is not https as text, never as an anchor', () => {
    const out = renderInvitation({ subject: 's', body: 'Go {{link}}' }, data({ link: 'javascript:alert(1)' }));
    expect(out.html).toBe('<p>Go javascript:alert(1)</p>');
    expect(readHtml(out.html).anchors).toEqual([]);
  });

  it('renders a repeated {{link}} as the same anchor each time', () => {
    const out = renderInvitation({ subject: 's', body: '{{link}}\n\nagain: {{link}}' }, data());
    expect(readHtml(out.html).anchors).toEqual([
      { href: LINK, text: LINK },
      { href: LINK, text: LINK },
    ]);
  });

  it('escapes an XSS customer name as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const out = renderInvitation(defaultTemplate('en'), data({ customerName: name, partnerName: '"Q" & <script>' }));
    expect(out.html).not.toContain('<img');
    expect(out.html).not.toContain('<script');
    expect(out.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(readHtml(out.html).text).toContain(`Dear ${name},`);
    expect(readHtml(out.html).text).toContain('Kind regards,\n"Q" & <script>');
  });

  it('property: data never produces markup; the HTML reads back as the text', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(
        anyText,
        anyText,
        fc.constantFrom(...LANGUAGE_CODES),
        fc.constantFrom(...CLOUD_IDS),
        fc.boolean(),
        (customerName, partnerName, language, cloud, dap) => {
          const d = data({ customerName, partnerName, language, cloud, dap });
          const out = renderInvitation(defaultTemplate(language), d);
          const html = readHtml(out.html);
          for (const tag of html.tags) expect(tag).toMatch(ALLOWED_TAG);
          expect(html.anchors).toEqual([{ href: LINK, text: LINK }]);
          expect(html.text).toBe(out.text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: any template text round-trips through the HTML as text, with only the link as anchor', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (before, after) => {
        const out = renderInvitation({ subject: before, body: `${before}\n\n{{link}}\n\n${after}` }, data());
        const html = readHtml(out.html);
        for (const tag of html.tags) expect(tag).toMatch(ALLOWED_TAG);
        expect(html.anchors.length).toBeGreaterThanOrEqual(1);
        for (const a of html.anchors) expect(a).toEqual({ href: LINK, text: LINK });
        expect(html.text).toBe(out.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('templateProblems', () => {
  it('reports a missing link, unknown placeholders once each, and the link in the subject', () => {
    const problems = templateProblems({
      subject: '{{link}} {{Customer}}',
      body: 'Hi {{customer}} {{customer}} {{ link }}',
    });
    expect(problems.map((p) => [p.code, p.where, p.placeholder])).toEqual([
      ['missing-link', 'body', undefined],
      ['link-in-subject', 'subject', '{{link}}'],
      ['unknown-placeholder', 'subject', '{{Customer}}'],
      ['unknown-placeholder', 'body', '{{customer}}'],
      ['unknown-placeholder', 'body', '{{ link }}'],
    ]);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(10);
  });

  it('accepts every known placeholder and a repeated link', () => {
    const body = PLACEHOLDERS.map((p) => `{{${p}}}`).join('\n') + '\n{{link}}';
    expect(templateProblems({ subject: '{{customerName}}', body })).toEqual([]);
  });
});
