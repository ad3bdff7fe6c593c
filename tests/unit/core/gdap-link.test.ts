import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GDAP_LINK_ERROR_CODES, readGdapLink } from '../../../src/core/gdap-link';
import { parseInvitationLink } from '../../../src/core/link';
import * as L from '../../fixtures/links';

const code = (input: string) => {
  const r = readGdapLink(input);
  if (r.ok) throw new Error(`expected ${input} to be refused`);
  return r.problem.code;
};

describe('readGdapLink: the GDAP field of the compose form', () => {
  it('reads both host forms and keeps the link as pasted', () => {
    expect(readGdapLink(L.GDAP_ADMIN)).toEqual({
      ok: true,
      value: { kind: 'gdap', relationshipId: L.GDAP_ID, url: L.GDAP_ADMIN },
    });
    expect(readGdapLink(` <${L.GDAP_CLOUD}> `)).toEqual({
      ok: true,
      value: { kind: 'gdap', relationshipId: L.GDAP_ID, url: L.GDAP_CLOUD },
    });
    expect(readGdapLink(L.GDAP_ADMIN.toUpperCase().replace('HTTPS', 'https'))).toMatchObject({ ok: true });
  });

  it('takes the one GDAP link out of a pasted email', () => {
    const email = `Hello,\nplease approve: ${L.GDAP_ADMIN}\nThe reseller link: ${L.DIRECT_DAP}\nBye`;
    expect(readGdapLink(email)).toMatchObject({ ok: true, value: { url: L.GDAP_ADMIN } });
    // Two different requests in one text: which one is meant is not ours to guess.
    const two = `${L.GDAP_ADMIN}\n${L.GDAP_ADMIN.replace(L.GDAP_ID.slice(0, 8), 'aaaaaaaa')}`;
    expect(readGdapLink(two)).toMatchObject({ ok: false });
  });

  it.each([
    ['empty', ''],
    ['http', L.GDAP_ADMIN.replace('https:', 'http:')],
    ['no-scheme', L.GDAP_ADMIN.replace('https://', '')],
    ['not-url', 'approve the GDAP request'],
    ['whitespace', L.GDAP_ADMIN.replace('granularAdmin', 'granularAdmin\n')],
    ['userinfo', L.GDAP_ADMIN.replace('admin.microsoft.com', 'admin.microsoft.com@evil.example')],
    ['port', L.GDAP_ADMIN.replace('admin.microsoft.com', 'admin.microsoft.com:444')],
    ['idn-lookalike', L.GDAP_CLOUD.replace('admin.cloud', '\u0430dmin.cloud')],
    ['lookalike-host', L.GDAP_CLOUD.replace('admin.cloud.microsoft', 'admin.cloud.microsoft.example.net')],
    ['lookalike-host', L.GDAP_ADMIN.replace('admin.microsoft.com', 'admin.microsoft.com.evil.io')],
    ['host', L.GDAP_ADMIN.replace('admin.microsoft.com', 'partner.microsoft.com')],
    ['wrong-cloud-host', L.GDAP_ADMIN.replace('admin.microsoft.com', 'portal.office.com')],
    ['path', L.GDAP_ADMIN.replace('/AdminPortal/Home', '/AdminPortal')],
    ['path', L.GDAP_CLOUD.replace('/?#', '/home?#')],
    ['relationship-id', L.GDAP_ADMIN.slice(0, -1)],
    ['relationship-id', `${L.GDAP_ADMIN}0`],
    ['relationship-id', L.GDAP_ADMIN.replace(L.GDAP_ID, L.GDAP_ID.replace(/-/g, ''))],
    ['relationship-id', L.GDAP_ADMIN.replace(L.GDAP_ID, L.GDAP_ID.slice(0, 36))],
    ['relationship-id', L.GDAP_ADMIN.replace(L.GDAP_ID, L.GDAP_ID.replace('1c6f', 'zc6f'))],
    ['reseller-link', L.DIRECT_DAP],
    ['reseller-link', L.LEGACY_DIRECT],
    ['not-gdap', L.BILLING_PROFILE],
  ])('refuses with %s: %s', (expected, input) => {
    expect(code(input)).toBe(expected);
  });

  it('offers the link inside Safe Links or a Google redirect, as the guard judges it', () => {
    const safe = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(L.GDAP_ADMIN)}&data=05%7C02&reserved=0`;
    expect(readGdapLink(safe)).toEqual({
      ok: false,
      problem: { code: 'wrapped', wrapper: 'safelinks', unwrapped: L.GDAP_ADMIN },
    });
    const google = `https://www.google.com/url?q=${encodeURIComponent(L.GDAP_CLOUD)}&sa=D`;
    expect(readGdapLink(google)).toMatchObject({ ok: false, problem: { code: 'wrapped', unwrapped: L.GDAP_CLOUD } });
    // A broken link inside the wrapper is refused for what is wrong with it.
    const broken = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(L.GDAP_ADMIN.slice(0, -4))}`;
    expect(code(broken)).toBe('relationship-id');
  });

  it('agrees with the options page parser on what a valid GDAP link is', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(L.GDAP_ADMIN, L.GDAP_CLOUD).chain((u) => fc.nat(u.length).map((n) => u.slice(0, n))),
          fc.webUrl(),
          fc.string(),
        ),
        (s) => {
          const gdap = readGdapLink(s);
          const full = parseInvitationLink(s);
          const fullGdap = full.ok && full.value.kind === 'gdap';
          expect(gdap.ok).toBe(fullGdap);
          if (!gdap.ok) expect(GDAP_LINK_ERROR_CODES).toContain(gdap.problem.code);
        },
      ),
    );
  });
});
