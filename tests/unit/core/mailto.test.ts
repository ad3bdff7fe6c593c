import { COPY_ONLY } from '../../support/mailto-copy-only';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAILTO_MAX_LENGTH, buildMailto, mailtoRecipients } from '../../../src/core/mailto';
import { defaultTemplate, renderInvitation } from '../../../src/core/template';
import { LANGUAGE_CODES } from '../../../src/core/languages';
import { DIRECT_DAP } from '../../fixtures/links';

const LINK = DIRECT_DAP;

/** Reads a mailto URL back the way a mail app does (RFC 6068). */
function readMailto(url: string): { to: string[]; fields: Record<string, string> } {
  expect(url.startsWith('mailto:')).toBe(true);
  const rest = url.slice('mailto:'.length);
  // Nothing that ends a field or starts a fragment may survive unencoded.
  expect(rest).not.toMatch(/[#\s+]/);
  const q = rest.indexOf('?');
  const path = q === -1 ? rest : rest.slice(0, q);
  const query = q === -1 ? '' : rest.slice(q + 1);
  const fields: Record<string, string> = {};
  for (const pair of query === '' ? [] : query.split('&')) {
    const eq = pair.indexOf('=');
    fields[decodeURIComponent(pair.slice(0, eq))] = decodeURIComponent(pair.slice(eq + 1));
  }
  return { to: path === '' ? [] : path.split(',').map(decodeURIComponent), fields };
}

describe('buildMailto', () => {
  it('encodes the invitation link so &, # and + survive', () => {
    const { url, tooLong, length } = buildMailto({
      to: 'admin@contoso.com',
      subject: 'Invite & more',
      body: `Open:\n${LINK}\n1+1=2 100% ok?`,
    });
    expect(url).toBe(
      'mailto:admin@contoso.com?subject=Invite%20%26%20more&body=Open%3A%0D%0A' +
        encodeURIComponent(LINK) +
        '%0D%0A1%2B1%3D2%20100%25%20ok%3F',
    );
    expect(url).toContain('%23%2FBillingAccounts');
    expect(url).toContain('%26partnerId%3D');
    expect(length).toBe(url.length);
    expect(tooLong).toBe(false);
    expect(readMailto(url).fields.body).toBe(`Open:\r\n${LINK}\r\n1+1=2 100% ok?`);
  });

  it('encodes non-ASCII as UTF-8', () => {
    const { url } = buildMailto({ to: '', subject: 'Perché €', body: 'Città 👍' });
    expect(url).toBe('mailto:?subject=Perch%C3%A9%20%E2%82%AC&body=Citt%C3%A0%20%F0%9F%91%8D');
  });

  it('accepts an empty to, several recipients as a string or a list', () => {
    expect(buildMailto({ to: '', subject: '', body: '' }).url).toBe('mailto:');
    expect(buildMailto({ to: ' a@x.com; b@y.com ,, ', subject: 's', body: '' }).url).toBe(
      'mailto:a@x.com,b@y.com?subject=s',
    );
    expect(buildMailto({ to: ['a@x.com', 'b+tag@y.com'], subject: '', body: 'b' }).url).toBe(
      'mailto:a@x.com,b%2Btag@y.com?body=b',
    );
    expect(mailtoRecipients(['a@x.com, b@y.com', ' '])).toEqual(['a@x.com', 'b@y.com']);
  });

  it('encodes a recipient that tries to add fields', () => {
    const { url } = buildMailto({ to: 'a@x.com?bcc=evil@y.com', subject: '', body: '' });
    expect(readMailto(url).to).toEqual(['a@x.com?bcc=evil@y.com']);
    expect(readMailto(url).fields).toEqual({});
  });

  it('keeps the subject on one line', () => {
    const { url } = buildMailto({ to: '', subject: 'Hi\r\nBcc: evil@y.com', body: '' });
    expect(readMailto(url).fields.subject).toBe('Hi Bcc: evil@y.com');
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(readMailto(buildMailto({ to: '', subject: 'a\uD800b', body: '\uDC00' }).url).fields).toEqual({
      subject: 'a\uFFFDb',
      body: '\uFFFD',
    });
  });

  it('reports tooLong above MAILTO_MAX_LENGTH, so the UI can fall back to copy', () => {
    expect(MAILTO_MAX_LENGTH).toBe(2000);
    const fixed = buildMailto({ to: 'a@x.com', subject: 's', body: '' }).length;
    const fits = buildMailto({
      to: 'a@x.com',
      subject: 's',
      body: 'x'.repeat(MAILTO_MAX_LENGTH - fixed - '&body='.length),
    });
    expect(fits.length).toBe(MAILTO_MAX_LENGTH);
    expect(fits.tooLong).toBe(false);
    const over = buildMailto({ to: 'a@x.com', subject: 's', body: 'x'.repeat(MAILTO_MAX_LENGTH) });
    expect(over.tooLong).toBe(true);
  });

  it('the default invitations, with typical names, fit in a mailto URL in every language that can', () => {
    for (const language of LANGUAGE_CODES) {
      for (const dap of [true, false]) {
        const out = renderInvitation(defaultTemplate(language), {
          customerName: 'Contoso Manufacturing S.p.A.',
          partnerName: 'Fabrikam Cloud Services',
          link: LINK,
          cloud: 'public',
          dap,
          language,
        });
        const m = buildMailto({ to: 'it-admin@contoso.com', subject: out.subject, body: out.text });
        expect(readMailto(m.url).fields.body).toBe(out.text.replace(/\n/g, '\r\n'));
        expect(m.tooLong, `${language} dap=${dap}: ${m.length}`).toBe(COPY_ONLY.has(language));
      }
    }
  });

  it('property: subject and body round-trip through decodeURIComponent (line breaks as CRLF)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        (subject, body) => {
          const { url, length } = buildMailto({ to: 'x@y.com', subject, body });
          const read = readMailto(url);
          expect(read.to).toEqual(['x@y.com']);
          expect(read.fields.subject).toBe(subject === '' ? undefined : subject.replace(/[\r\n]+/g, ' '));
          expect(read.fields.body).toBe(body === '' ? undefined : body.replace(/\r\n|\r|\n/g, '\r\n'));
          expect(length).toBe(url.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
