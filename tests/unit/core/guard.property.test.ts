// Property tests for the link guard: any link fast-check builds, any surrounding text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  GUARD_PROBLEM_CODES,
  LINK_PARTS,
  LINK_STATUSES,
  checkLink,
  restoreLink,
  type BodyFormat,
  type LinkCheck,
} from '../../../src/core/guard';
import { buildInvitationLink, type BuildLinkOptions, type LinkPart } from '../../../src/core/link';
import { CLOUDS } from '../../../src/core/clouds';
import { HTML_ESCAPE } from '../../fixtures/links';

/** A verdict made only of the documented statuses, problem codes and link parts, with a message each. */
function expectWellFormed(check: LinkCheck): void {
  expect(LINK_STATUSES).toContain(check.status);
  for (const p of check.problems) {
    expect(GUARD_PROBLEM_CODES).toContain(p.code);
    if (p.part !== undefined) expect(LINK_PARTS).toContain(p.part);
    expect(p.message).toMatch(/\S/);
  }
}

const HEX = '0123456789abcdef';
const hex = (n: number) => fc.string({ unit: fc.constantFrom(...HEX), minLength: n, maxLength: n });
const guid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((p) => p.join('-'));
const opts: fc.Arbitrary<BuildLinkOptions> = fc
  .record({
    cloud: fc.constantFrom('public', 'usgov', 'germany' as const),
    partnerId: guid,
    indirect: fc.boolean(),
    mpn: fc.stringMatching(/^[1-9]\d{0,9}$/),
    indirectCspId: guid,
    dap: fc.boolean(),
  })
  .map(({ cloud, partnerId, indirect, mpn, indirectCspId, dap }) => {
    const d = CLOUDS[cloud].dapRequired || dap;
    return indirect
      ? { cloud, partnerId, msppId: mpn, dap: d, indirectCspId }
      : { cloud, partnerId, msppId: '0', dap: d };
  });
const link = opts.map(buildInvitationLink);

/** Prose without URLs: words, punctuation, accents, line breaks, '<' and '&' (escaped in HTML). */
const prose = fc.string({ unit: fc.constantFrom(...'abcdefghij KLMN.,;!?-\n\tàèé€&<>"\''.split('')), maxLength: 200 });
const format = fc.constantFrom<BodyFormat>('text', 'html');

/** `before` without a quote mark opening its last line: a "> " line is an earlier message's (core/text-quote.ts). */
const unquotedEnd = (before: string) => before.replace(/(^|\n)[ \t>]*([^\n]*)$/, '$1$2');

function embed(before: string, inner: string, after: string, fmt: BodyFormat, asAnchor: boolean): string {
  if (fmt === 'text') return `${unquotedEnd(before)} ${inner} ${after}`;
  const shown = asAnchor ? `<a href="${HTML_ESCAPE(inner)}">${HTML_ESCAPE(inner)}</a>` : HTML_ESCAPE(inner);
  return `<div><p>${HTML_ESCAPE(before)}</p><p>${shown}</p><p>${HTML_ESCAPE(after)}</p></div>`;
}

/** One change to one part that matters, and the part it should be reported as. */
function mutate(url: string, o: BuildLinkOptions, which: number, pick: number): { url: string; part: LinkPart } {
  const u = new URL(url);
  const swapHex = (s: string) => {
    const i = pick % s.length;
    const c = s[i] === '-' ? i + 1 : i;
    const old = (s[c] ?? '0').toLowerCase();
    const next = HEX[(HEX.indexOf(old) + 1 + (pick % 15)) % 16] ?? '0';
    return s.slice(0, c) + next + s.slice(c + 1);
  };
  const q = (name: string, value: string) =>
    url.replace(`${name}=${u.searchParams.get(name) ?? ''}`, `${name}=${value}`);
  const choices: (() => { url: string; part: LinkPart })[] = [
    () => ({ url: q('partnerId', swapHex(o.partnerId)), part: 'partnerId' }),
    () => ({ url: q('msppId', `${o.msppId ?? '0'}${pick % 10}`), part: 'msppId' }),
    () => ({ url: q('DAP', o.dap ? 'false' : 'true'), part: 'dap' }),
    () => ({
      url: q('invType', o.indirectCspId ? 'ResellerRelationship' : 'IndirectResellerRelationship'),
      part: 'invType',
    }),
    () => ({
      url: url.replace(
        u.hostname,
        ['admin.microsoft.com.example.net', 'portal.office.com', 'admin.microsoft.co'][pick % 3] ?? '',
      ),
      part: 'host',
    }),
    () => ({
      url: url.replace(
        'partner-invitation',
        ['billing-accounts', 'partner-invitations', 'Partner-Invite'][pick % 3] ?? '',
      ),
      part: 'fragment',
    }),
    () =>
      o.indirectCspId
        ? { url: q('indirectCSPId', swapHex(o.indirectCspId)), part: 'indirectCspId' }
        : { url: url.replace('https:', 'http:'), part: 'scheme' },
  ];
  const m = choices[which % choices.length];
  if (!m) throw new Error('no mutation');
  const r = m();
  // a host swap to the same host would be no change
  if (r.url === url) return { url: url.replace(u.hostname, 'admin.microsoft.com.example.net'), part: 'host' };
  return r;
}

describe('guard properties', () => {
  it('random text around the link keeps it intact', () => {
    fc.assert(
      fc.property(link, prose, prose, format, fc.boolean(), (l, a, b, fmt, asAnchor) => {
        expect(checkLink(embed(a, l, b, fmt, asAnchor), l, fmt)).toEqual({ status: 'intact', problems: [] });
      }),
    );
  });

  it('any single change to a part that matters is caught as altered, naming that part', () => {
    fc.assert(
      fc.property(
        opts,
        fc.nat(6),
        fc.nat(1000),
        prose,
        prose,
        format,
        fc.boolean(),
        (o, which, pick, a, b, fmt, asAnchor) => {
          const l = buildInvitationLink(o);
          const m = mutate(l, o, which, pick);
          const r = checkLink(embed(a, m.url, b, fmt, asAnchor), l, fmt);
          expect(r.status).toBe('altered');
          expect(r.problems.map((p) => p.part)).toContain(m.part);
        },
      ),
    );
  });

  it('a truncated link is broken', () => {
    fc.assert(
      fc.property(
        link,
        fc.double({ min: 0, max: 1, noNaN: true }),
        prose,
        prose,
        format,
        fc.boolean(),
        (l, f, a, b, fmt, asAnchor) => {
          const from = l.indexOf('?') + 2;
          const cut = from + Math.floor(f * (l.length - 1 - from));
          const r = checkLink(embed(a, l.slice(0, cut), b, fmt, asAnchor), l, fmt);
          expect(r.status).toBe('broken');
          expect(r.problems[0]?.code).toBe('truncated');
        },
      ),
    );
  });

  it('a link split by a line break or spaces is broken', () => {
    fc.assert(
      fc.property(
        link,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('\n', ' ', '\r\n', '\n> ', '  \n'),
        prose,
        prose,
        (l, f, sep, a, b) => {
          const cut = 9 + Math.floor(f * (l.length - 10));
          const r = checkLink(`${unquotedEnd(a)} ${l.slice(0, cut)}${sep}${l.slice(cut)} ${b}`, l, 'text');
          expect(r.status).toBe('broken');
          expect(r.problems[0]?.code).toBe('split');
          const h = checkLink(
            `<p>${HTML_ESCAPE(a)} ${HTML_ESCAPE(l.slice(0, cut))}<br>${HTML_ESCAPE(l.slice(cut))}</p>`,
            l,
            'html',
          );
          expect(h.status).toBe('broken');
        },
      ),
    );
  });

  it('plain-text wrapping at 76 characters is broken', () => {
    fc.assert(
      fc.property(link, (l) => {
        const wrapped = l.replace(/(.{76})/g, '$1\n');
        expect(checkLink(`Hello,\n${wrapped}\nBye`, l, 'text').problems[0]?.code).toBe('split');
      }),
    );
  });

  const damaged = fc.oneof(
    link.map((l) => ({ l, body: (a: string, b: string, fmt: BodyFormat, an: boolean) => embed(a, l, b, fmt, an) })),
    link.map((l) => ({
      l,
      body: (a: string, b: string, fmt: BodyFormat) => (fmt === 'text' ? `${a}${b}` : `<p>${HTML_ESCAPE(a + b)}</p>`),
    })),
    fc.tuple(opts, fc.nat(6), fc.nat(1000)).map(([o, w, p]) => {
      const l = buildInvitationLink(o);
      const m = mutate(l, o, w, p).url;
      return { l, body: (a: string, b: string, fmt: BodyFormat, an: boolean) => embed(a, m, b, fmt, an) };
    }),
    fc.tuple(link, fc.nat()).map(([l, n]) => {
      const cut = 9 + (n % (l.length - 10));
      return {
        l,
        body: (a: string, b: string, fmt: BodyFormat, an: boolean) =>
          embed(a, `${l.slice(0, cut)}${fmt === 'text' && n % 2 ? `\n${l.slice(cut)}` : ''}`, b, fmt, an),
      };
    }),
    fc.tuple(link, link).map(([l, other]) => ({
      l,
      body: (a: string, b: string, fmt: BodyFormat, an: boolean) => embed(a, `${l} ${other}`.trim(), b, fmt, an),
    })),
    link.map((l) => ({
      l,
      body: (a: string, b: string, fmt: BodyFormat, an: boolean) => embed(a, l.replace('#', '%23'), b, fmt, an),
    })),
    link.map((l) => ({
      l,
      body: (a: string, b: string, fmt: BodyFormat) =>
        fmt === 'html'
          ? `<p>${HTML_ESCAPE(a)}<a href="https://evil.example/">${HTML_ESCAPE(l)}</a>${HTML_ESCAPE(b)}</p>`
          : `${a} ${l}${b}`,
    })),
  );

  it('restoreLink always makes the body intact, keeping the surrounding text', () => {
    fc.assert(
      fc.property(damaged, prose, prose, format, fc.boolean(), ({ l, body }, a, b, fmt, an) => {
        const damagedBody = body(a, b, fmt, an);
        const fixed = restoreLink(damagedBody, l, fmt);
        expect(checkLink(fixed, l, fmt)).toEqual({ status: 'intact', problems: [] });
        const words = (s: string) => s.match(/[a-zA-Zàèé€]+/g) ?? [];
        const visible =
          fmt === 'text'
            ? fixed
            : fixed
                .replace(/&amp;/g, '&')
                .replace(/&lt;/g, '<')
                .replace(/&gt;/g, '>')
                .replace(/&quot;/g, '"');
        for (const w of [...words(a), ...words(b)]) expect(visible).toContain(w);
      }),
    );
  });

  it('restoreLink makes any plain text intact; checkLink never throws and always answers in the shared schema', () => {
    fc.assert(
      fc.property(link, fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (l, junk, htmlJunk) => {
        expect(checkLink(restoreLink(junk, l, 'text'), l, 'text').status).toBe('intact');
        expectWellFormed(checkLink(htmlJunk, l, 'html'));
        expectWellFormed(checkLink(junk + htmlJunk, l, 'text'));
      }),
    );
  });
});
