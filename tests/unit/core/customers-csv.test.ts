import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
  CSV_MAX_CHARS,
  CSV_MAX_ROWS,
  invitationDomain,
  matchCustomers,
  normalizeCompanyName,
  parseCustomersCsv,
  type CustomerRow,
} from '../../../src/core/customers-csv';
import { createInvitation } from '../../../src/core/lifecycle';
import type { Invitation } from '../../../src/core/invitation';
import { newInvitation } from '../../support/invitations';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');

function parsedRows(text: string): { rows: CustomerRow[]; warnings: string[] } {
  const r = parseCustomersCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r;
}
function parseFailure(text: string) {
  const r = parseCustomersCsv(text);
  if (r.ok) throw new Error('expected an error');
  return r;
}
const parseError = (text: string): string => parseFailure(text).error;

const cadence = { firstFollowUpDays: 3, followUpEveryDays: 7 };
function invite(id: string, customerName: string, customerEmail: string, customerDomain = ''): Invitation {
  return createInvitation(
    newInvitation(customerName, { customerEmail, customerDomain }),
    1_700_000_000_000,
    cadence,
    id,
  );
}

describe('parseCustomersCsv', () => {
  it('reads the Partner Center export with BOM, CRLF and a quoted comma', () => {
    const { rows, warnings } = parsedRows(fixture('partner-center.csv'));
    expect(warnings).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        microsoftId: '6b2f1d3e-1a2b-4c5d-8e9f-0a1b2c3d4e5f',
        companyName: 'Contoso Ltd',
        primaryDomain: 'contoso.com',
        relationship: 'Cloud Reseller',
      },
      {
        row: 3,
        microsoftId: '1c2d3e4f-5a6b-4c7d-8e9f-112233445566',
        companyName: 'Fabrikam, Inc.',
        primaryDomain: 'fabrikam.onmicrosoft.com',
        relationship: 'Cloud Reseller',
      },
      {
        row: 4,
        microsoftId: '2d3e4f5a-6b7c-4d8e-9f00-223344556677',
        companyName: 'Northwind Traders S.p.A.',
        primaryDomain: 'northwind.it',
        relationship: 'Cloud Reseller',
      },
      {
        row: 5,
        microsoftId: '3e4f5a6b-7c8d-4e9f-a011-334455667788',
        companyName: 'Società Élite S.r.l.',
        primaryDomain: 'eliteit.onmicrosoft.com',
        relationship: 'Cloud Reseller',
      },
    ]);
  });

  it('reads other column order, header case and spacing, extra columns, semicolons, quoted line breaks and blank lines', () => {
    const { rows, warnings } = parsedRows(fixture('reordered-messy.csv'));
    expect(rows.map((r) => [r.companyName, r.primaryDomain, r.microsoftId, r.relationship])).toEqual([
      ['Contoso Ltd', 'contoso.com', '6b2f1d3e-1a2b-4c5d-8e9f-0a1b2c3d4e5f', 'Cloud Reseller'],
      ['Adatum "Quoted" Corp', '', 'aa2f1d3e-1a2b-4c5d-8e9f-0a1b2c3d4e5f', 'Cloud Reseller'],
      ['Litware', '', 'bb2f1d3e-1a2b-4c5d-8e9f-0a1b2c3d4e5f', 'Cloud Reseller'],
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(/"not a domain" is not a domain name; this customer can only be matched by company name/),
    ]);
  });

  it('names the missing columns and the ones it found', () => {
    expect(parseError(fixture('missing-columns.csv'))).toBe(
      'Missing columns "Company name" and "Primary domain name". Columns found: "Microsoft ID", "Name", "Relationship". Export the customer list from Partner Center (Customers, then Export) and choose that Customers.csv.',
    );
    expect(parseError('Company name,Relationship\nContoso,Cloud Reseller\n')).toMatch(
      /^Missing column "Primary domain name"\./,
    );
  });

  it('gives a stable code (and details) with every refusal, for translated messages', () => {
    expect(parseFailure(fixture('missing-columns.csv'))).toMatchObject({
      code: 'missing-columns',
      missing: ['Company name', 'Primary domain name'],
    });
    expect(parseFailure(fixture('unclosed-quote.csv'))).toMatchObject({ code: 'unclosed-quote', row: 2 });
    expect(parseFailure('').code).toBe('empty');
    expect(parseFailure(fixture('header-only.csv')).code).toBe('no-rows');
    expect(parseFailure(fixture('not-a-csv.json')).code).toBe('json');
    expect(parseFailure('{"format":"partner-invite-backup"}').code).toBe('backup-file');
    expect(parseFailure('<html>').code).toBe('html');
    expect(parseFailure('\u0000').code).toBe('binary');
    expect(parseFailure('a'.repeat(CSV_MAX_CHARS + 1)).code).toBe('too-large');
  });

  it('refuses an unclosed quote instead of swallowing the rest of the file', () => {
    expect(parseError(fixture('unclosed-quote.csv'))).toMatch(/^Row 2: a quoted value is never closed/);
  });

  it('refuses empty files, header-only files, JSON, a backup, HTML and binary data with a clear message', () => {
    expect(parseError('')).toBe('The file is empty.');
    expect(parseError('\uFEFF \r\n\r\n')).toBe('The file is empty.');
    expect(parseError(fixture('header-only.csv'))).toBe('The file has column names but no customers in it.');
    expect(parseError(fixture('not-a-csv.json'))).toMatch(/^This is a JSON file, not a CSV\./);
    expect(parseError('{"format":"partner-invite-backup","version":1}')).toMatch(/Partner Invite backup.*Restore/);
    expect(parseError('<!DOCTYPE html><html></html>')).toMatch(/HTML or XML/);
    expect(parseError('PK\u0003\u0004\u0000\u0000binary')).toMatch(/binary data/);
  });

  it('refuses a file over the size cap before parsing it', () => {
    expect(parseError('a'.repeat(CSV_MAX_CHARS + 1))).toMatch(/too large \(over 20 MB\)/);
  });

  it('refuses more rows than the cap', () => {
    const text = 'Company name,Primary domain name\n' + 'a,a.com\n'.repeat(CSV_MAX_ROWS + 1);
    expect(parseError(text)).toMatch(/more than 200,000 rows/);
  });

  it('reads a tab-separated copy', () => {
    const { rows } = parsedRows('Company name\tPrimary domain name\nContoso, Ltd\tcontoso.com\n');
    expect(rows.map((r) => [r.companyName, r.primaryDomain])).toEqual([['Contoso, Ltd', 'contoso.com']]);
  });

  it('parses 10,000 rows (speed is measured by npm run bench)', () => {
    const text =
      'Microsoft ID,Company name,Primary domain name,Relationship\r\n' +
      Array.from(
        { length: 10_000 },
        (_, i) =>
          `6b2f1d3e-1a2b-4c5d-8e9f-${String(i).padStart(12, '0')},"Company ${i}, Ltd",c${i}.example,Cloud Reseller\r\n`,
      ).join('');
    const { rows } = parsedRows(text);
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]).toMatchObject({
      row: 10_001,
      companyName: 'Company 9999, Ltd',
      primaryDomain: 'c9999.example',
    });
  });

  it('skips rows with neither name nor domain, with a warning, and caps warnings', () => {
    const text =
      'Company name,Primary domain name,Relationship\n' + ',,Cloud Reseller\n'.repeat(60) + 'Contoso,contoso.com,\n';
    const { rows, warnings } = parsedRows(text);
    expect(rows).toHaveLength(1);
    expect(warnings).toHaveLength(51);
    expect(warnings[0]).toBe('Row 2 has neither a company name nor a domain: skipped.');
    expect(warnings[50]).toBe('…and 10 more warnings.');
  });

  it('property: any table Papa can write comes back cell for cell', () => {
    const cellArb = fc.string({ maxLength: 20 }).map((s) => s.trim());
    const domainArb = fc.domain().map((d) => d.toLowerCase());
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.uuid(),
            cellArb.filter((s) => s !== ''),
            domainArb,
            cellArb,
          ),
          { minLength: 1, maxLength: 20 },
        ),
        fc.constantFrom('\r\n', '\n'),
        (table, newline) => {
          const csv = Papa.unparse(
            { fields: ['Microsoft ID', 'Company name', 'Primary domain name', 'Relationship'], data: table },
            { newline, quotes: true },
          );
          const { rows } = parsedRows(csv);
          expect(rows.map((r) => [r.microsoftId, r.companyName, r.primaryDomain, r.relationship])).toEqual(table);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('normalizeCompanyName', () => {
  it('ignores case, accents, punctuation and legal forms', () => {
    expect(normalizeCompanyName('Società Élite S.r.l.')).toBe('societa elite');
    expect(normalizeCompanyName('SOCIETA ELITE SRL')).toBe('societa elite');
    expect(normalizeCompanyName('Fabrikam, Inc.')).toBe('fabrikam');
    expect(normalizeCompanyName('Northwind Traders S.p.A.')).toBe('northwind traders');
    expect(normalizeCompanyName('Müller GmbH & Co. KG')).toBe('muller');
    expect(normalizeCompanyName("O'Brien Co., Ltd.")).toBe('obrien');
    expect(normalizeCompanyName('Limited')).toBe('limited');
    expect(normalizeCompanyName(' ... ')).toBe('');
  });
});

describe('matchCustomers', () => {
  const rows = parsedRows(fixture('partner-center.csv')).rows;

  it('matches by domain (own domain, else the e-mail domain), then by name, each invitation once', () => {
    const invitations = [
      invite('1', 'Contoso', 'it@CONTOSO.com'), // e-mail domain
      invite('2', 'Someone else', 'x@gmail.com', 'fabrikam.onmicrosoft.com'), // onmicrosoft domain
      invite('3', 'NORTHWIND TRADERS SPA', 'boss@northwind-mail.example'), // name
      invite('4', 'Unknown Co', 'a@unknown.example'),
      invite('5', 'Contoso again', 'other@contoso.com'), // second invitation, same customer
    ];
    const result = matchCustomers(rows, invitations);
    expect(result.matched.map((m) => [m.invitation.id, m.row.companyName, m.reason.kind])).toEqual([
      ['1', 'Contoso Ltd', 'domain'],
      ['2', 'Fabrikam, Inc.', 'domain'],
      ['3', 'Northwind Traders S.p.A.', 'name'],
      ['5', 'Contoso Ltd', 'domain'],
    ]);
    expect(result.unmatchedInvitations.map((i) => i.id)).toEqual(['4']);
    expect(result.unmatchedRows.map((r) => r.companyName)).toEqual(['Società Élite S.r.l.']);
  });

  it('matches a custom domain to the same tenant name on onmicrosoft.com as a last resort', () => {
    const result = matchCustomers(rows, [
      invite('e', 'Elite Italia', 'ceo@elite-it.it'),
      invite('f', 'Fabrikam Europe', 'a@fabrikam.eu'),
    ]);
    expect(result.matched.map((m) => [m.invitation.id, m.row.primaryDomain, m.reason.kind])).toEqual([
      ['e', 'eliteit.onmicrosoft.com', 'tenant'],
      ['f', 'fabrikam.onmicrosoft.com', 'tenant'],
    ]);
  });

  it('prefers a company name over the onmicrosoft guess, and a domain over both', () => {
    const r = parsedRows(
      'Company name,Primary domain name\nContoso Corp,contoso.onmicrosoft.com\nContoso Italia S.r.l.,contosoitalia.onmicrosoft.com\n',
    ).rows;
    const result = matchCustomers(r, [
      invite('i', 'Contoso Italia', 'a@contoso.it'),
      invite('d', 'Contoso Italia', 'a@contoso.onmicrosoft.com'),
    ]);
    expect(result.matched.map((m) => [m.invitation.id, m.row.companyName, m.reason.kind])).toEqual([
      ['i', 'Contoso Italia S.r.l.', 'name'],
      ['d', 'Contoso Corp', 'domain'],
    ]);
  });

  it('does not match by a name two rows share', () => {
    const r = parsedRows('Company name,Primary domain name\nAcme Inc,acme1.com\nACME Ltd,acme2.com\n').rows;
    expect(matchCustomers(r, [invite('a', 'Acme', 'x@elsewhere.example')]).matched).toEqual([]);
  });

  it('marks the reseller part only: invitations not waiting on one are left out', () => {
    const gdapLink = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/1c6f4f0e-7d2a-4c5b-8e3f-2a1b0c9d8e7f-5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c`;
    const withGdap = {
      ...invite('g', 'Contoso', 'it@contoso.com'),
      gdap: { link: gdapLink, status: 'pending' as const, expiresAt: 9e12, history: [] },
    };
    const resellerDone = { ...withGdap, id: 'done', mainStatus: 'accepted' as const };
    const gdapOnly = { ...invite('o', 'Contoso', 'it@contoso.com'), kind: 'gdap' as const, link: gdapLink };
    const result = matchCustomers(rows, [withGdap, resellerDone, gdapOnly]);
    expect(result.matched.map((m) => m.invitation.id)).toEqual(['g']);
    expect(result.unmatchedInvitations).toEqual([]);
  });

  it('never equates different legal forms: "Rossi Srl" is not "Rossi SpA"', () => {
    const r = parsedRows('Company name,Primary domain name\nRossi SpA,rossispa.example\n').rows;
    const result = matchCustomers(r, [invite('s', 'Rossi Srl', 'info@rossi-srl.example')]);
    expect(result.matched).toEqual([]);
    expect(result.unmatchedInvitations.map((i) => i.id)).toEqual(['s']);
  });

  it('picks the row with the same legal form when the list has the name under several forms', () => {
    const r = parsedRows(
      'Company name,Primary domain name\nRossi SpA,rossispa.example\nRossi S.r.l.,rossisrl.example\n',
    ).rows;
    const result = matchCustomers(r, [
      invite('s', 'ROSSI SRL', 'info@gmail.example'),
      invite('x', 'Rossi', 'a@b.example'),
    ]);
    expect(result.matched.map((m) => [m.invitation.id, m.row.companyName, m.reason])).toEqual([
      ['s', 'Rossi S.r.l.', { kind: 'name', legalForm: 'srl' }],
    ]);
    // "Rossi" without a form could be either: not matched.
    expect(result.unmatchedInvitations.map((i) => i.id)).toEqual(['x']);
  });

  it('never matches on a public-suffix fragment: it@fabrikam.co.uk is not co.onmicrosoft.com', () => {
    const r = parsedRows(
      'Company name,Primary domain name\nCo Tenant,co.onmicrosoft.com\nIT Tenant,it.onmicrosoft.com\nUK Tenant,uk.onmicrosoft.com\n',
    ).rows;
    const result = matchCustomers(r, [
      invite('a', 'Fabrikam UK', 'it@fabrikam.co.uk'),
      invite('b', 'Fabrikam IT dept', 'x@it.fabrikam.co.uk'),
      invite('c', 'Some site', 'x@someone.github.io'),
    ]);
    expect(result.matched).toEqual([]);
  });

  it('guesses the tenant from the registrable domain only, and says so', () => {
    const r = parsedRows('Company name,Primary domain name\nFabrikam UK,fabrikam.onmicrosoft.com\n').rows;
    const result = matchCustomers(r, [invite('b', 'Fabrikam IT dept', 'x@it.fabrikam.co.uk')]);
    expect(result.matched.map((m) => [m.invitation.id, m.reason, m.suggested])).toEqual([
      ['b', { kind: 'tenant', domain: 'it.fabrikam.co.uk', tenant: 'fabrikam' }, false],
    ]);
  });

  it('gives every match its reason, and proposes (ticks) only the sure ones', () => {
    const result = matchCustomers(rows, [
      invite('1', 'Contoso', 'it@contoso.com'),
      invite('3', 'Northwind Traders SpA', 'boss@northwind-mail.example'),
      invite('4', 'Elite', 'x@elite-example.example', 'contoso.onmicrosoft.com'),
      invite('e', 'Elite Italia', 'ceo@elite-it.it'),
    ]);
    expect(result.matched.map((m) => [m.invitation.id, m.reason, m.suggested])).toEqual([
      ['1', { kind: 'domain', domain: 'contoso.com' }, true],
      ['3', { kind: 'name', legalForm: 'spa' }, true],
      ['e', { kind: 'tenant', domain: 'elite-it.it', tenant: 'eliteit' }, false],
    ]);
  });

  it('says when only one side gives a legal form', () => {
    const r = parsedRows('Company name,Primary domain name\nNorthwind Traders,nwtraders.onmicrosoft.com\n').rows;
    const result = matchCustomers(r, [invite('n', 'Northwind Traders S.p.A.', 'a@northwind.example')]);
    expect(result.matched.map((m) => [m.reason, m.suggested])).toEqual([
      [{ kind: 'name', legalForm: 'spa', oneSided: true }, true],
    ]);
  });

  it('invitationDomain prefers customerDomain', () => {
    expect(invitationDomain({ customerDomain: 'Contoso.com.', customerEmail: 'a@b.example' })).toBe('contoso.com');
    expect(invitationDomain({ customerDomain: '', customerEmail: 'a@B.Example' })).toBe('b.example');
  });

  it('matches 10,000 rows against 100,000 invitations, each once', () => {
    const bigRows: CustomerRow[] = Array.from({ length: 10_000 }, (_, i) => ({
      row: i + 2,
      microsoftId: '',
      companyName: `Company ${i} Ltd`,
      primaryDomain: `c${i}.example`,
      relationship: 'Cloud Reseller',
    }));
    const base = invite('x', 'x', 'x@x.example');
    const invitations: Invitation[] = Array.from({ length: 100_000 }, (_, i) => ({
      ...base,
      id: `i${i}`,
      customerName: i % 2 === 0 ? `company ${i % 20_000}` : `Other ${i}`,
      customerEmail: `a@c${i}.example`,
    }));
    const result = matchCustomers(bigRows, invitations);
    // i < 10,000 by domain; even i in [10,000, 20,000) by name "company i" (no row) ... and
    // even i >= 20,000 whose i % 20,000 < 10,000 by name.
    expect(result.matched.filter((m) => m.reason.kind === 'domain')).toHaveLength(10_000);
    expect(result.matched.filter((m) => m.reason.kind === 'name')).toHaveLength(20_000);
    expect(result.matched.length + result.unmatchedInvitations.length).toBe(100_000);
  });
});
