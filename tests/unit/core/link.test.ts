import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildInvitationLink,
  diffLinks,
  LinkBuildError,
  parseInvitationLink,
  sameInvitationLink,
  tryBuildInvitationLink,
  type BuildLinkOptions,
  type InvitationLink,
} from '../../../src/core/link';
import { CLOUDS, cloudForHost, mayOmitDap } from '../../../src/core/clouds';
import * as L from '../../fixtures/links';

function ok(input: string): InvitationLink {
  const r = parseInvitationLink(input);
  if (!r.ok) throw new Error(`expected ${input} to parse, got ${r.code}: ${r.error}`);
  // The normalised URL it gives reads back as the same link.
  expect(parseInvitationLink(r.value.url)).toEqual({ ok: true, value: r.value });
  return r.value;
}

function bad(input: string): { error: string; code: string; unwrapped?: string } {
  const r = parseInvitationLink(input);
  if (r.ok) throw new Error(`expected ${input} to be refused`);
  expect(r.error.length).toBeGreaterThan(20);
  return r;
}

describe('clouds', () => {
  it('forces delegated admin in the national clouds only', () => {
    expect(CLOUDS.public.dapRequired).toBe(false);
    expect(CLOUDS.usgov.dapRequired).toBe(true);
    expect(CLOUDS.germany.dapRequired).toBe(true);
    expect(mayOmitDap('public')).toBe(true);
    expect(mayOmitDap('usgov')).toBe(false);
  });
  it('names where the customer accepts', () => {
    expect(CLOUDS.public.acceptPortal).toEqual({
      name: 'Microsoft 365 admin center',
      url: 'https://admin.microsoft.com',
    });
    expect(CLOUDS.usgov.acceptPortal.url).toBe('https://portal.office365.us');
    expect(CLOUDS.germany.acceptPortal.url).toBe('https://portal.office.de');
    expect(CLOUDS.germany.acceptPortal.name).toBe('Microsoft Office admin portal');
  });
  it('maps exact hosts to clouds and nothing else', () => {
    expect(cloudForHost('admin.microsoft.com')).toBe('public');
    expect(cloudForHost('ADMIN.cloud.microsoft')).toBe('public');
    expect(cloudForHost('portal.office.com')).toBe('public');
    expect(cloudForHost('portal.office365.us')).toBe('usgov');
    expect(cloudForHost('portal.office.de')).toBe('germany');
    expect(cloudForHost('admin.microsoft.com.example.net')).toBeUndefined();
    expect(cloudForHost('microsoft.com')).toBeUndefined();
  });
});

describe('parseInvitationLink: every form in docs/domain.md', () => {
  it('reads the direct link with and without DAP', () => {
    expect(ok(L.DIRECT_DAP)).toEqual({
      kind: 'reseller',
      cloud: 'public',
      partnerId: L.PARTNER_TENANT,
      msppId: '0',
      dap: true,
      indirect: false,
      url: L.DIRECT_DAP,
    });
    expect(ok(L.DIRECT_NO_DAP)).toMatchObject({ kind: 'reseller', dap: false, indirect: false });
  });
  it('reads DAP=True', () => {
    expect(ok(L.DIRECT_DAP_TITLE_CASE)).toMatchObject({ dap: true });
    expect(ok(L.DIRECT_NO_DAP.replace('DAP=false', 'DAP=FALSE'))).toMatchObject({ dap: false });
  });
  it('reads the indirect link', () => {
    expect(ok(L.INDIRECT)).toEqual({
      kind: 'reseller',
      cloud: 'public',
      partnerId: L.PARTNER_TENANT,
      msppId: L.RESELLER_MPN,
      dap: true,
      indirect: true,
      indirectCspId: L.PROVIDER_TENANT,
      url: L.INDIRECT,
    });
  });
  it('reads the legacy partnersignup form, direct and indirect', () => {
    expect(ok(L.LEGACY_DIRECT)).toMatchObject({
      kind: 'reseller',
      cloud: 'public',
      partnerId: L.PARTNER_TENANT,
      msppId: '0',
      indirect: false,
      dap: true,
    });
    expect(ok(L.LEGACY_INDIRECT)).toMatchObject({
      indirect: true,
      msppId: L.RESELLER_MPN,
      indirectCspId: L.PROVIDER_TENANT,
    });
  });
  it('reads GDAP on both hosts', () => {
    expect(ok(L.GDAP_ADMIN)).toEqual({ kind: 'gdap', relationshipId: L.GDAP_ID, url: L.GDAP_ADMIN });
    expect(ok(L.GDAP_CLOUD)).toEqual({ kind: 'gdap', relationshipId: L.GDAP_ID, url: L.GDAP_CLOUD });
    expect(L.GDAP_ID).toHaveLength(73);
  });
  it('reads the national cloud portals', () => {
    expect(ok(L.USGOV_DAP)).toMatchObject({ cloud: 'usgov', dap: true });
    expect(ok(L.GERMANY_DAP)).toMatchObject({ cloud: 'germany', dap: true });
  });
  it('reads parameters in any order and with a different path letter case', () => {
    const shuffled = `https://admin.microsoft.com/AdminPortal/Home?DAP=true&msppId=0&partnerId=${L.PARTNER_TENANT}&invType=ResellerRelationship#/BillingAccounts/partner-invitation`;
    expect(ok(shuffled)).toMatchObject({ partnerId: L.PARTNER_TENANT, dap: true, msppId: '0' });
  });
  it('decodes &amp; from HTML copies', () => {
    expect(ok(L.HTML_ESCAPE(L.INDIRECT))).toMatchObject({ indirect: true, url: L.INDIRECT });
  });
  it.each([
    ['whitespace', `  \n\t${L.DIRECT_DAP}  \n`],
    ['angle brackets', `<${L.DIRECT_DAP}>`],
    ['double quotes', `"${L.DIRECT_DAP}"`],
    ['single quotes', `'${L.DIRECT_DAP}'`],
    ['typographic quotes', `\u201c${L.DIRECT_DAP}\u201d`],
    ['a full stop after it', `${L.DIRECT_DAP}.`],
    ['brackets and quotes together', ` "<${L.DIRECT_DAP}>" `],
  ])('tolerates %s around the link', (_name, input) => {
    expect(ok(input).url).toBe(L.DIRECT_DAP);
  });
  it('takes the one invitation link out of a whole pasted email, ignoring the billing link', () => {
    const email = `Dear customer,\n\nClick to accept (${L.DIRECT_DAP}).\nBilling: <${L.BILLING_PROFILE}>\nThe same again: ${L.DIRECT_DAP_TITLE_CASE}\n`;
    expect(ok(email)).toMatchObject({ kind: 'reseller', url: L.DIRECT_DAP, dap: true });
    expect(ok(`<p><a href="${L.HTML_ESCAPE(L.INDIRECT)}">Accept</a></p>`)).toMatchObject({
      indirect: true,
      url: L.INDIRECT,
    });
  });
});

describe('parseInvitationLink: refusals', () => {
  it.each([
    ['empty', '   '],
    ['whitespace', L.DIRECT_DAP.replace('&msppId', '\n&msppId')],
    ['http', L.DIRECT_DAP.replace('https://', 'http://')],
    ['no-scheme', L.DIRECT_DAP.replace('https://', '')],
    ['not-url', 'Dear customer, please accept'],
    ['lookalike-host', L.DIRECT_DAP.replace('admin.microsoft.com', 'admin.microsoft.com.example.net')],
    ['lookalike-host', L.DIRECT_DAP.replace('admin.microsoft.com', 'evil.admin.microsoft.com')],
    ['lookalike-host', L.DIRECT_DAP.replace('admin.microsoft.com', 'admin.microsoft.com.')],
    ['userinfo', L.DIRECT_DAP.replace('admin.microsoft.com', 'admin.microsoft.com@evil.example')],
    ['userinfo', L.DIRECT_DAP.replace('admin.microsoft.com', 'admin.microsoft.com%40evil.example@evil.example')],
    ['port', L.DIRECT_DAP.replace('admin.microsoft.com', 'admin.microsoft.com:8443')],
    ['port', L.DIRECT_DAP.replace('admin.microsoft.com', 'admin.microsoft.com:443')],
    ['idn-lookalike', L.DIRECT_DAP.replace('admin.microsoft.com', '\u0430dmin.microsoft.com')],
    ['idn-lookalike', L.DIRECT_DAP.replace('admin.microsoft.com', 'xn--dmin-43d.microsoft.com')],
    ['host', L.DIRECT_DAP.replace('admin.microsoft.com', 'login.microsoftonline.com')],
    ['host', L.DIRECT_DAP.replace('admin.microsoft.com', 'example.com')],
    ['path', L.DIRECT_DAP.replace('/Adminportal/Home', '/Adminportal/Hom')],
    ['partner-id', L.DIRECT_DAP.replace(L.PARTNER_TENANT, L.PARTNER_TENANT.slice(0, -1))],
    ['partner-id', L.DIRECT_DAP.replace(L.PARTNER_TENANT, '4812345')],
    ['missing-partner-id', L.DIRECT_DAP.replace(`partnerId=${L.PARTNER_TENANT}&`, '')],
    ['missing-fragment', L.DIRECT_DAP.replace('#/BillingAccounts/partner-invitation', '')],
    ['wrong-fragment', L.DIRECT_DAP.replace('partner-invitation', 'partner-invitatio')],
    ['encoded-fragment', L.DIRECT_DAP.replace('#', '%23')],
    ['missing-invtype', L.DIRECT_DAP.replace('invType=ResellerRelationship&', '')],
    ['unknown-invtype', L.DIRECT_DAP.replace('invType=ResellerRelationship', 'invType=GdapRelationship')],
    ['billing-link', L.BILLING_PROFILE],
    ['missing-mspp-id', L.DIRECT_DAP.replace('msppId=0&', '')],
    ['mspp-id', L.DIRECT_DAP.replace('msppId=0', 'msppId=abc')],
    ['missing-dap', L.DIRECT_DAP.replace('&DAP=true', '')],
    ['dap', L.DIRECT_DAP.replace('DAP=true', 'DAP=yes')],
    ['missing-indirect-csp-id', L.INDIRECT.replace(`&indirectCSPId=${L.PROVIDER_TENANT}`, '')],
    ['indirect-csp-id', L.INDIRECT.replace(L.PROVIDER_TENANT, 'contoso')],
    ['unexpected-indirect-csp-id', L.DIRECT_DAP.replace('DAP=true', `DAP=true&indirectCSPId=${L.PROVIDER_TENANT}`)],
    ['duplicate-param', L.DIRECT_DAP.replace('DAP=true', 'DAP=true&DAP=false')],
    ['relationship-id', L.GDAP_ADMIN.slice(0, -3)],
    ['wrong-cloud-host', L.DIRECT_DAP.replace('admin.microsoft.com', 'admin.cloud.microsoft')],
    ['wrong-cloud-host', L.LEGACY_DIRECT.replace('portal.office.com', 'admin.microsoft.com')],
  ])('refuses with code %s: %s', (code, input) => {
    expect(bad(input).code).toBe(code);
  });

  it('refuses a text holding two different invitation links', () => {
    expect(bad(`first ${L.DIRECT_DAP}\nsecond ${L.INDIRECT}`).code).toBe('several-links');
  });
  it('refuses a split link even inside a longer text', () => {
    expect(bad(`Please accept:\n${L.DIRECT_DAP.slice(0, 76)}\n${L.DIRECT_DAP.slice(76)}\n`).code).toBe('not-url');
    expect(bad(`${L.DIRECT_DAP.slice(0, 76)}\n${L.DIRECT_DAP.slice(76)}`).code).toBe('whitespace');
  });
  it('says the billing link is the billing page, not the invitation', () => {
    expect(bad(L.BILLING_PROFILE).error).toMatch(/billing profile page, not the invitation/);
  });
  it('names the real destination of a user@host trick', () => {
    expect(bad(L.DIRECT_DAP.replace('admin.microsoft.com', 'admin.microsoft.com@evil.example')).error).toContain(
      'evil.example',
    );
  });
  it('offers the link inside Safe Links or a Google redirect instead of refusing it as another site', () => {
    for (const [wrapped, inner] of [
      [L.SAFELINKS_DIRECT, L.DIRECT_DAP],
      [L.GOOGLE_REDIRECT_DIRECT, L.DIRECT_DAP],
      [`https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(L.GDAP_ADMIN)}&data=0`, L.GDAP_ADMIN],
    ] as const) {
      const r = bad(wrapped);
      expect(r).toMatchObject({ code: 'wrapped', unwrapped: inner });
      expect(parseInvitationLink(r.unwrapped ?? '')).toMatchObject({ ok: true, value: { url: inner } });
    }
    expect(bad(L.SAFELINKS_DIRECT).error).toMatch(/Safe Links/);
    // In a pasted email too, when the wrapped copy is the only invitation link in it.
    expect(bad(`Please accept:\n${L.SAFELINKS_DIRECT}\nThanks`)).toMatchObject({
      code: 'wrapped',
      unwrapped: L.DIRECT_DAP,
    });
    // A damaged link inside the wrapper is refused for its own fault.
    const cut = `https://eur03.safelinks.protection.outlook.com/?url=${encodeURIComponent(L.DIRECT_DAP.slice(0, -10))}`;
    expect(bad(cut).code).toBe('wrong-fragment');
  });
  it('hints that a numeric partnerId is an MPN ID', () => {
    expect(bad(L.DIRECT_DAP.replace(L.PARTNER_TENANT, '4812345')).error).toMatch(/MPN/);
  });
});

describe('buildInvitationLink', () => {
  it('builds exactly the documented direct and indirect shapes', () => {
    expect(buildInvitationLink({ cloud: 'public', partnerId: L.PARTNER_TENANT, dap: true })).toBe(L.DIRECT_DAP);
    expect(buildInvitationLink({ cloud: 'public', partnerId: L.PARTNER_TENANT, msppId: '0', dap: false })).toBe(
      L.DIRECT_NO_DAP,
    );
    expect(
      buildInvitationLink({
        cloud: 'public',
        partnerId: L.PARTNER_TENANT,
        msppId: L.RESELLER_MPN,
        dap: true,
        indirectCspId: L.PROVIDER_TENANT,
      }),
    ).toBe(L.INDIRECT);
    expect(buildInvitationLink({ cloud: 'usgov', partnerId: L.PARTNER_TENANT, dap: true })).toBe(L.USGOV_DAP);
  });
  it('treats empty optional strings from the profile as absent', () => {
    expect(
      buildInvitationLink({
        cloud: 'public',
        partnerId: ` ${L.PARTNER_TENANT} `,
        msppId: '',
        dap: true,
        indirectCspId: '',
      }),
    ).toBe(L.DIRECT_DAP);
  });
  it.each(['usgov', 'germany'] as const)('throws an Error for dap:false in %s', (cloud) => {
    expect(() => buildInvitationLink({ cloud, partnerId: L.PARTNER_TENANT, dap: false })).toThrow(Error);
    expect(() => buildInvitationLink({ cloud, partnerId: L.PARTNER_TENANT, dap: false })).toThrow(/cannot be left off/);
    const r = tryBuildInvitationLink({ cloud, partnerId: L.PARTNER_TENANT, dap: false });
    expect(r).toMatchObject({ ok: false, code: 'dap-required' });
  });
  it('throws LinkBuildError on bad ids', () => {
    expect(() => buildInvitationLink({ cloud: 'public', partnerId: '4812345', dap: true })).toThrow(LinkBuildError);
    expect(() =>
      buildInvitationLink({ cloud: 'public', partnerId: L.PARTNER_TENANT, msppId: '12a', dap: true }),
    ).toThrow(/digits/);
    expect(() =>
      buildInvitationLink({ cloud: 'public', partnerId: L.PARTNER_TENANT, dap: true, indirectCspId: 'x' }),
    ).toThrow(/provider/);
  });
});

describe('diffLinks / sameInvitationLink', () => {
  it('ignores parameter order, DAP case, GUID case and &amp;', () => {
    const shuffled = `https://ADMIN.microsoft.com/adminportal/home?DAP=TRUE&msppId=0&partnerId=${L.PARTNER_TENANT.toUpperCase()}&invType=resellerrelationship#/BillingAccounts/partner-invitation`;
    expect(diffLinks(L.DIRECT_DAP, shuffled)).toEqual([]);
    expect(sameInvitationLink(L.HTML_ESCAPE(L.DIRECT_DAP), ok(L.DIRECT_DAP))).toBe(true);
  });
  it.each([
    ['partnerId', L.DIRECT_DAP.replace(L.PARTNER_TENANT, L.PROVIDER_TENANT)],
    ['msppId', L.DIRECT_DAP.replace('msppId=0', 'msppId=1')],
    ['dap', L.DIRECT_NO_DAP],
    ['host', L.DIRECT_DAP.replace('admin.microsoft.com', 'admin.microsoft.com.example.net')],
    ['fragment', L.DIRECT_DAP.replace('partner-invitation', 'billing-accounts')],
  ])('names %s', (part, other) => {
    expect(diffLinks(L.DIRECT_DAP, other)).toEqual([part]);
    expect(sameInvitationLink(L.DIRECT_DAP, other)).toBe(false);
  });
  it('names invType and indirectCspId between direct and indirect', () => {
    expect(diffLinks(L.DIRECT_DAP, L.INDIRECT)).toEqual(['invType', 'msppId', 'indirectCspId']);
  });
  it('names relationshipId for GDAP and invType between kinds', () => {
    expect(diffLinks(L.GDAP_ADMIN, L.GDAP_ADMIN.replace(/.$/, '0'))).toEqual(['relationshipId']);
    expect(diffLinks(L.GDAP_ADMIN, L.DIRECT_DAP)).toEqual(['invType']);
  });
});

const hex = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: n, maxLength: n });
export const guidArb = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((p) => p.join('-'));
export const buildOptsArb: fc.Arbitrary<BuildLinkOptions> = fc
  .record({
    cloud: fc.constantFrom('public', 'usgov', 'germany' as const),
    partnerId: guidArb,
    indirect: fc.boolean(),
    mpn: fc.stringMatching(/^[1-9]\d{0,9}$/),
    indirectCspId: guidArb,
    dap: fc.boolean(),
  })
  .map(({ cloud, partnerId, indirect, mpn, indirectCspId, dap }) => {
    const forced = CLOUDS[cloud].dapRequired ? true : dap;
    return indirect
      ? { cloud, partnerId, msppId: mpn, dap: forced, indirectCspId }
      : { cloud, partnerId, msppId: '0', dap: forced };
  });

describe('properties', () => {
  it('parse(build(x)) gives x back', () => {
    fc.assert(
      fc.property(buildOptsArb, (opts) => {
        const url = buildInvitationLink(opts);
        const v = ok(url);
        expect(v).toEqual({
          kind: 'reseller',
          cloud: opts.cloud,
          partnerId: opts.partnerId,
          msppId: opts.msppId,
          dap: opts.dap,
          indirect: opts.indirectCspId !== undefined,
          ...(opts.indirectCspId !== undefined ? { indirectCspId: opts.indirectCspId } : {}),
          url,
        });
      }),
    );
  });
  it('any string either parses to a valid link or gives a coded error, never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          buildOptsArb.map(buildInvitationLink).chain((u) => fc.nat(u.length).map((n) => u.slice(0, n))),
        ),
        (s) => {
          const r = parseInvitationLink(s);
          if (r.ok) expect(parseInvitationLink(r.value.url)).toEqual(r);
          else expect(r.code).toMatch(/^[a-z-]+$/);
        },
      ),
    );
  });
});
