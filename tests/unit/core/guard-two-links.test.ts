// The guard with two expected links in one email: the reseller relationship link and a GDAP
// relationship request (docs/domain.md#dap-and-gdap). Each is judged and restored on its own.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkLink,
  checkLinks,
  restoreLink,
  restoreLinks,
  type BodyFormat,
  type LinkCheck,
} from '../../../src/core/guard';
import * as L from '../../fixtures/links';

const R = L.DIRECT_NO_DAP;
const G = L.GDAP_ADMIN;
const BOTH = [R, G];
const esc = L.HTML_ESCAPE;
const text = (reseller: string, gdap: string) =>
  `Dear Contoso,\n\nTo accept the reseller relationship:\n\n${reseller}\n\nTo approve admin access (GDAP):\n\n${gdap}\n\nKind regards`;
const html = (reseller: string, gdap: string) =>
  `<p>Dear Contoso,</p><p>Accept:</p><p><a href="${esc(reseller)}">${esc(reseller)}</a></p><p>Approve:</p><p><a href="${esc(gdap)}">${esc(gdap)}</a></p>`;
const status = (body: string, format: BodyFormat = 'text') => checkLinks(body, BOTH, format).map((c) => c.status);
/** The two verdicts, reseller first. */
function checkBoth(body: string, format: BodyFormat): [LinkCheck, LinkCheck] {
  const [reseller, gdap] = checkLinks(body, BOTH, format);
  if (!reseller || !gdap) throw new Error('two verdicts expected');
  return [reseller, gdap];
}

describe('two expected links', () => {
  it('both intact: the other expected link is not a conflict', () => {
    expect(status(text(R, G))).toEqual(['intact', 'intact']);
    expect(status(html(R, G), 'html')).toEqual(['intact', 'intact']);
    // Either order, either GDAP host, and wrapped by Safe Links like any link.
    expect(checkLinks(text(L.GDAP_CLOUD, R), [R, L.GDAP_CLOUD], 'text').map((c) => c.status)).toEqual([
      'intact',
      'intact',
    ]);
    const safe = `https://eur03.safelinks.protection.outlook.com/?url=${encodeURIComponent(G)}&data=0`;
    expect(status(text(R, safe))).toEqual(['intact', 'intact']);
    // Without being told about the GDAP link, the reseller guard still sees two invitations.
    expect(checkLink(text(R, G), R, 'text').status).toBe('conflict');
  });

  it('a changed relationship id breaks the GDAP link only', () => {
    const changed = G.replace(/.$/, '0');
    const [reseller, gdap] = checkBoth(text(R, changed), 'text');
    expect(reseller).toEqual({ status: 'intact', problems: [] });
    expect(gdap).toMatchObject({ status: 'altered', problems: [{ code: 'altered', part: 'relationshipId' }] });
  });

  it('a changed partner id breaks the reseller link only', () => {
    const changed = R.replace(L.PARTNER_TENANT, L.PROVIDER_TENANT);
    const [reseller, gdap] = checkBoth(text(changed, G), 'text');
    expect(reseller).toMatchObject({ status: 'altered', problems: [{ part: 'partnerId' }] });
    expect(gdap.status).toBe('intact');
  });

  it.each([
    ['cut short', G.slice(0, -20), 'broken', 'truncated'],
    ['split over two lines', `${G.slice(0, 80)}\n${G.slice(80)}`, 'broken', 'split'],
    ['with "#" re-encoded', G.replace('#', '%23'), 'broken', 'encoded-hash'],
    ['removed', '', 'missing', 'missing'],
  ])('a GDAP link %s is a GDAP problem, never the reseller link’s', (_name, gdap, expected, code) => {
    const [reseller, g] = checkBoth(text(R, gdap), 'text');
    expect(reseller.status).toBe('intact');
    expect(g.status).toBe(expected);
    expect(g.problems[0]?.code).toBe(code);
    // Restoring the GDAP link fixes it and leaves the reseller link where it was.
    const fixed = restoreLink(text(R, gdap), G, 'text', { others: BOTH });
    expect(status(fixed)).toEqual(['intact', 'intact']);
    expect(fixed.indexOf(R)).toBe(text(R, gdap).indexOf(R));
  });

  it('restores each link on its own, in text and HTML', () => {
    const r2 = R.replace('DAP=false', 'DAP=maybe');
    const g2 = G.slice(0, -5);
    for (const [body, format] of [
      [text(r2, g2), 'text'],
      [html(r2, g2), 'html'],
    ] as const) {
      expect(status(body, format)).toEqual(['altered', 'broken']);
      const onlyGdap = restoreLink(body, G, format, { others: BOTH });
      expect(status(onlyGdap, format)).toEqual(['altered', 'intact']);
      const onlyReseller = restoreLink(body, R, format, { others: BOTH });
      expect(status(onlyReseller, format)).toEqual(['intact', 'broken']);
      const both = restoreLinks(body, BOTH, format);
      expect(status(both, format)).toEqual(['intact', 'intact']);
      // The text around them is untouched, and restoring again changes nothing.
      expect(both).toContain('Dear Contoso');
      expect(restoreLinks(both, BOTH, format)).toBe(both);
    }
  });

  it('an anchor showing the GDAP link but opening another request is the GDAP link’s problem', () => {
    const other = G.replace(L.GDAP_ID.slice(0, 8), 'aaaaaaaa');
    const body = `<p><a href="${esc(R)}">${esc(R)}</a></p><p><a href="${esc(other)}">${esc(G)}</a></p>`;
    const [reseller, gdap] = checkBoth(body, 'html');
    expect(reseller.status).toBe('intact');
    expect(gdap.status).not.toBe('intact');
    expect(gdap.problems.map((p) => p.code)).toContain('anchor-text-differs');
    expect(status(restoreLink(body, G, 'html', { others: BOTH }), 'html')).toEqual(['intact', 'intact']);
  });

  it('a third, foreign invitation link is still a conflict for the link of its kind', () => {
    const foreign = G.replace(L.GDAP_ID.slice(-12), '000000000000');
    const [reseller, gdap] = checkBoth(`${text(R, G)}\n\nAlso: ${foreign}`, 'text');
    expect(reseller.status).toBe('intact');
    expect(gdap.status).toBe('conflict');
  });

  it('property: damaging one link never changes the other’s verdict, and Restore repairs only it', () => {
    const damage = fc.constantFrom<(s: string) => string>(
      (s) => s.slice(0, -7),
      (s) => s.replace(/[0-9a-f](?=[^0-9a-f]*$)/, 'x'),
      (s) => s.replace('#', '%23'),
      (s) => `${s.slice(0, 60)}\n${s.slice(60)}`,
      () => '',
    );
    fc.assert(
      fc.property(fc.boolean(), damage, fc.constantFrom<BodyFormat>('text', 'html'), (gdapSide, hurt, format) => {
        const r = gdapSide ? R : hurt(R);
        const g = gdapSide ? hurt(G) : G;
        const body = format === 'text' ? text(r, g) : html(r, g);
        const [cr, cg] = checkBoth(body, format);
        const [healthy, damaged] = gdapSide ? [cr, cg] : [cg, cr];
        expect(healthy.status).toBe('intact');
        expect(damaged.status).not.toBe('intact');
        const fixed = restoreLink(body, gdapSide ? G : R, format, { others: BOTH });
        expect(status(fixed, format)).toEqual(['intact', 'intact']);
      }),
    );
  });
});
