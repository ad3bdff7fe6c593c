// Reads Partner Center's customer list export (Customers.csv: Microsoft ID, Company name,
// Primary domain name, Relationship; docs/domain.md#customerscsv) and matches it against pending
// invitations: a customer on that list has accepted a relationship.
//
// The parser is forgiving about shape (BOM, CRLF, quoted commas and line breaks, any
// column order, header case and spacing, extra columns, blank lines, `;` or tab as the
// separator after a spreadsheet round trip) and strict about content: a file that is not
// that export, or is cut, is refused with a message that says why, and nothing is imported.
import Papa from 'papaparse';
import { splitCompanyName, type CompanyName } from './company-name';
import { registrableName } from './registrable-domain';
import type { Invitation } from './invitation';

/** Larger files are refused before parsing (characters; ~20 MB of ASCII). */
export const CSV_MAX_CHARS = 20 * 1024 * 1024;
/** Partner Center lists far fewer customers than this; more means a wrong file. */
export const CSV_MAX_ROWS = 200_000;
const MAX_WARNINGS = 50;

export type CustomerRow = {
  /** Row number in the file, the header being row 1 (a quoted line break still counts as one row). */
  row: number;
  microsoftId: string;
  companyName: string;
  /** Lower case; '' when the cell was empty or not a domain. */
  primaryDomain: string;
  relationship: string;
};

/** Stable reason codes, so the UI can show its own translated message; `error` is English. */
export const CSV_ERROR_CODES = [
  'too-large',
  'empty',
  'binary',
  'json',
  'backup-file',
  'html',
  'unclosed-quote',
  'too-many-rows',
  'missing-columns',
  'no-rows',
] as const;
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];
export type CsvParseResult =
  | { ok: true; rows: CustomerRow[]; warnings: string[] }
  /** `row` for 'unclosed-quote'; `missing` (column labels) for 'missing-columns'. */
  | { ok: false; error: string; code: CsvErrorCode; row?: number; missing?: string[] };
type CsvFailure = Extract<CsvParseResult, { ok: false }>;

type Field = 'microsoftId' | 'companyName' | 'primaryDomain' | 'relationship';

// Accepted header names per field, compared lower case with spaces collapsed.
const HEADERS: Record<Field, { label: string; names: string[] }> = {
  microsoftId: { label: 'Microsoft ID', names: ['microsoft id', 'microsoftid', 'customer id', 'tenant id'] },
  companyName: { label: 'Company name', names: ['company name', 'companyname', 'customer name', 'company'] },
  primaryDomain: {
    label: 'Primary domain name',
    names: ['primary domain name', 'primary domain', 'primarydomainname', 'domain name', 'domain'],
  },
  relationship: { label: 'Relationship', names: ['relationship', 'relationships'] },
};
const REQUIRED: Field[] = ['companyName', 'primaryDomain'];

function normalizeHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Lower-cased domain, or '' when the value is not a plausible domain name. */
export function normalizeDomain(value: string): string {
  const d = value.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  return /^(?=.{1,253}$)[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}))+$/u.test(d)
    ? d
    : '';
}

const PARTNER_CENTER_HINT =
  'Export the customer list from Partner Center (Customers, then Export) and choose that Customers.csv.';

function sniffForeign(text: string): CsvFailure | null {
  const start = text.trimStart();
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(text) || (text.match(/\uFFFD/g)?.length ?? 0) > 16) {
    return {
      ok: false,
      code: 'binary',
      error: `This is not a text CSV file (it holds binary data). ${PARTNER_CENTER_HINT}`,
    };
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/"format"\s*:\s*"partner-invite-backup"/.test(start.slice(0, 200))) {
      return {
        ok: false,
        code: 'backup-file',
        error: 'This is a Partner Invite backup, not a customer list: use Restore backup for it.',
      };
    }
    return { ok: false, code: 'json', error: `This is a JSON file, not a CSV. ${PARTNER_CENTER_HINT}` };
  }
  if (/^<(?:!doctype|html|\?xml)/i.test(start))
    return { ok: false, code: 'html', error: `This is an HTML or XML file, not a CSV. ${PARTNER_CENTER_HINT}` };
  return null;
}

export function parseCustomersCsv(text: string): CsvParseResult {
  if (text.length > CSV_MAX_CHARS) {
    return {
      ok: false,
      code: 'too-large',
      error: `The file is too large (over ${CSV_MAX_CHARS / 1024 / 1024} MB). A Partner Center customer list is much smaller: check you chose Customers.csv.`,
    };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, code: 'empty', error: 'The file is empty.' };
  const foreign = sniffForeign(body);
  if (foreign !== null) return foreign;

  const parsed = Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    // Header + the allowed rows + one more, to tell "too many" without reading it all.
    preview: CSV_MAX_ROWS + 2,
  });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    const row = (unclosed.row ?? 0) + 1;
    return {
      ok: false,
      code: 'unclosed-quote',
      row,
      error: `Row ${row}: a quoted value is never closed (a " is missing), so the rest of the file cannot be read. Was the file cut or edited?`,
    };
  }
  const [header, ...records] = parsed.data;
  if (header === undefined) return { ok: false, code: 'empty', error: 'The file is empty.' };
  if (records.length > CSV_MAX_ROWS) {
    return {
      ok: false,
      code: 'too-many-rows',
      error: `The file has more than ${CSV_MAX_ROWS.toLocaleString('en')} rows, more than a customer list can hold: check you chose Customers.csv.`,
    };
  }

  const warnings: string[] = [];
  let dropped = 0;
  const warn = (message: string) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(message);
    else dropped++;
  };

  const columns = header.map(normalizeHeader);
  const index: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(HEADERS) as Field[]) {
    const at = columns.findIndex((c) => HEADERS[field].names.includes(c));
    if (at !== -1) index[field] = at;
  }
  const missing = REQUIRED.filter((f) => index[f] === undefined);
  if (missing.length > 0) {
    const found =
      header
        .map((h) => `"${h.trim()}"`)
        .filter((h) => h !== '""')
        .join(', ') || 'none';
    const names = missing.map((f) => `"${HEADERS[f].label}"`).join(' and ');
    return {
      ok: false,
      code: 'missing-columns',
      missing: missing.map((f) => HEADERS[f].label),
      error: `Missing column${missing.length > 1 ? 's' : ''} ${names}. Columns found: ${found}. ${PARTNER_CENTER_HINT}`,
    };
  }

  const cell = (record: string[], field: Field): string => {
    const at = index[field];
    return at === undefined ? '' : (record[at] ?? '').trim();
  };
  const rows: CustomerRow[] = [];
  records.forEach((record, i) => {
    const row = i + 2;
    if (record.every((c) => c.trim() === '')) return;
    const companyName = cell(record, 'companyName');
    const rawDomain = cell(record, 'primaryDomain');
    const primaryDomain = normalizeDomain(rawDomain);
    if (rawDomain !== '' && primaryDomain === '')
      warn(
        `Row ${row}: "${rawDomain.slice(0, 80)}" is not a domain name; this customer can only be matched by company name.`,
      );
    if (companyName === '' && primaryDomain === '') {
      warn(`Row ${row} has neither a company name nor a domain: skipped.`);
      return;
    }
    rows.push({
      row,
      microsoftId: cell(record, 'microsoftId'),
      companyName,
      primaryDomain,
      relationship: cell(record, 'relationship'),
    });
  });
  if (dropped > 0) warnings.push(`…and ${dropped} more warnings.`);
  if (rows.length === 0)
    return { ok: false, code: 'no-rows', error: 'The file has column names but no customers in it.' };
  return { ok: true, rows, warnings };
}

/** A company name reduced for comparison: no case, accents, punctuation or trailing legal form. */
export function normalizeCompanyName(name: string): string {
  return splitCompanyName(name).words.join(' ');
}

/** The domain to compare for an invitation: customerDomain, else the e-mail's domain. */
export function invitationDomain(inv: Pick<Invitation, 'customerDomain' | 'customerEmail'>): string {
  const own = normalizeDomain(inv.customerDomain ?? '');
  if (own !== '') return own;
  const at = inv.customerEmail.lastIndexOf('@');
  return at === -1 ? '' : normalizeDomain(inv.customerEmail.slice(at + 1));
}

const ONMICROSOFT = '.onmicrosoft.com';

/**
 * Why an invitation was paired with a customer row, for the partner to check before Apply:
 * - domain: the invitation's domain is the row's primary domain;
 * - name: the same company name with the same legal form (`legalForm`, '' for none), or,
 *   `oneSided`, the legal form is written on one side only and no other row has the name;
 * - tenant: the row's primary domain is `<tenant>.onmicrosoft.com` and `tenant` is the name
 *   the invitation's domain is registered under (a guess: tenant names are first come, first served).
 */
export type MatchReason =
  | { kind: 'domain'; domain: string }
  | { kind: 'name'; legalForm: string; oneSided?: true }
  | { kind: 'tenant'; domain: string; tenant: string };

/** `suggested`: ticked for Apply at first; a guess is shown unticked for the partner to confirm. */
export type CustomerMatch = { invitation: Invitation; row: CustomerRow; reason: MatchReason; suggested: boolean };
export type MatchResult = {
  matched: CustomerMatch[];
  unmatchedRows: CustomerRow[];
  unmatchedInvitations: Invitation[];
};

/** A map from key to the one row that has it, or null once two rows share it. */
function uniqueIndex(
  rows: readonly CustomerRow[],
  keyOf: (row: CustomerRow) => string,
): Map<string, CustomerRow | null> {
  const index = new Map<string, CustomerRow | null>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === '') continue;
    index.set(key, index.has(key) && index.get(key) !== row ? null : row);
  }
  return index;
}

/**
 * The list shows reseller relationships (docs/domain.md#customerscsv): it says nothing about a
 * GDAP request, so only invitations still waiting on the reseller part are matched.
 */
function waitsOnReseller(inv: Invitation): boolean {
  return inv.kind === 'reseller' && inv.mainStatus === 'pending';
}

/**
 * Pairs pending invitations with customers on the list. Only their reseller part is concerned:
 * invitations not waiting on one (a GDAP-only record, a reseller relationship already accepted
 * while the GDAP request waits) are left out of the result. Each invitation matches at most one
 * row, trying in this order: the same domain (customerDomain, else the e-mail's domain; this
 * covers `*.onmicrosoft.com` too); the same company name (docs/domain.md#customerscsv: the list
 * holds the tenant's organisation name), never across different legal forms ("Rossi Srl" is not
 * "Rossi SpA"); then the tenant-name guess. A name two rows share matches nothing. A row may
 * match several invitations (the same customer invited twice). Linear in rows + invitations.
 */
export function matchCustomers(rows: readonly CustomerRow[], pending: readonly Invitation[]): MatchResult {
  const byDomain = new Map<string, CustomerRow>();
  const byTenant = new Map<string, CustomerRow>();
  for (const row of rows) {
    const d = row.primaryDomain;
    if (d !== '' && !byDomain.has(d)) byDomain.set(d, row);
    if (d.endsWith(ONMICROSOFT)) {
      const tenant = d.slice(0, -ONMICROSOFT.length);
      if (!tenant.includes('.') && !byTenant.has(tenant)) byTenant.set(tenant, row);
    }
  }
  const names = new Map<CustomerRow, CompanyName>(rows.map((row) => [row, splitCompanyName(row.companyName)]));
  const words = (n: CompanyName) => n.words.join(' ');
  // The exact name with its form, and the name's words alone (any form) for the one-sided case.
  const byName = uniqueIndex(rows, (row) => {
    const n = names.get(row)!;
    return n.words.length === 0 ? '' : `${words(n)}|${n.legalForm}`;
  });
  const byWords = uniqueIndex(rows, (row) => words(names.get(row)!));

  const nameMatch = (name: string): { row: CustomerRow; reason: MatchReason } | undefined => {
    const n = splitCompanyName(name);
    if (n.words.length === 0) return undefined;
    const exact = byName.get(`${words(n)}|${n.legalForm}`);
    if (exact) return { row: exact, reason: { kind: 'name', legalForm: n.legalForm } };
    const row = byWords.get(words(n));
    if (!row) return undefined;
    const form = names.get(row)!.legalForm;
    // Different legal forms are different companies; a form on one side only may be the same one.
    if (form !== '' && n.legalForm !== '') return undefined;
    return { row, reason: { kind: 'name', legalForm: form || n.legalForm, oneSided: true } };
  };

  const matched: CustomerMatch[] = [];
  const unmatchedInvitations: Invitation[] = [];
  const usedRows = new Set<CustomerRow>();
  for (const invitation of pending) {
    if (!waitsOnReseller(invitation)) continue;
    const d = invitationDomain(invitation);
    let found: { row: CustomerRow; reason: MatchReason } | undefined;
    const sameDomain = d === '' ? undefined : byDomain.get(d);
    if (sameDomain) found = { row: sameDomain, reason: { kind: 'domain', domain: d } };
    found ??= nameMatch(invitation.customerName);
    if (!found && d !== '' && !d.endsWith(ONMICROSOFT)) {
      // Tenant names are letters and digits: contoso-it.it may be contosoit.onmicrosoft.com.
      const tenant = registrableName(d).replace(/-/g, '');
      const row = tenant === '' ? undefined : byTenant.get(tenant);
      if (row) found = { row, reason: { kind: 'tenant', domain: d, tenant } };
    }
    if (found === undefined) {
      unmatchedInvitations.push(invitation);
    } else {
      usedRows.add(found.row);
      matched.push({ invitation, ...found, suggested: found.reason.kind !== 'tenant' });
    }
  }
  return { matched, unmatchedRows: rows.filter((r) => !usedRows.has(r)), unmatchedInvitations };
}
