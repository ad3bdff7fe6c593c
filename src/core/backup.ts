// The versioned JSON backup of everything (settings, invitations, quarantined rows): how it is
// written piece by piece, and how each piece of a file is checked when it is read back
// (./backup-reader.ts splits the file). A file that is not a backup, is cut short or comes
// from a newer version is refused as a whole. Inside a good file, each invitation is checked on
// its own: a refused one is listed with its reason and the others are restored; settings that
// cannot be used are skipped with their reason.
import { z } from './zod';
import './zod-english';
import { invitationSchema, type Invitation } from './invitation';
import { readGdapLink } from './gdap-link';
import { parseInvitationLink } from './link';
import { upgradeV2Record, type V2Invitation } from './record-upgrade';
import { DAY_MS, GDAP_EXPIRY_DAYS } from './lifecycle';
import { settingsSchema, type Settings } from './settings';

const BACKUP_FORMAT = 'partner-invite-backup';
/** Bump when the file shape changes; the reader must then read every older version. */
export const BACKUP_VERSION = 2;
// Version 1: format, version, exportedAt, settings, invitations.
// Version 2: each invitation has its main part's status and its GDAP part (core/record-upgrade.ts
// reads a version 1 record so); after the invitations, `quarantine`: rows a database upgrade
// could not make valid, as kept.

/** Why a whole file is refused (messages options_backupErr_<code>); `error` is English. */
export const BACKUP_ERROR_CODES = [
  'empty',
  'not-json',
  'csv',
  'foreign',
  'bad-version',
  'newer-version',
  'no-invitations',
  'damaged',
] as const;
type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];
export type BackupFileError = { code: BackupErrorCode; error: string };

/** Why one invitation of a file is not restored (messages options_backupRefused_<code>). */
export const ROW_REFUSAL_CODES = ['invalid', 'link', 'time', 'duplicate-id'] as const;
type RowRefusalCode = (typeof ROW_REFUSAL_CODES)[number];
/** `index` is 1-based; `detail` names the field or the other row. */
export type RowRefusal = { index: number; id: string; code: RowRefusalCode; detail: string };

/** `partner-invite-backup-2026-01-31.json`, dated in UTC. */
export function backupFileName(now: number): string {
  return `${BACKUP_FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

// --- Writing: the file is built from these pieces, in this order, so no part of the program
// ever holds it as one string. One invitation per line keeps the file readable and diffable.

export function backupOpening(settings: Settings, now: number): string {
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), settings };
  return `${JSON.stringify(head).slice(0, -1)},\n"invitations":[\n`;
}

/** A batch of array elements; `first` when nothing precedes it in its array. */
export function backupRows(rows: readonly unknown[], first: boolean): string {
  if (rows.length === 0) return '';
  return `${first ? '' : ',\n'}${rows.map((r) => JSON.stringify(r)).join(',\n')}`;
}

export const BACKUP_BETWEEN = '\n],\n"quarantine":[\n';
export const BACKUP_CLOSING = '\n]}\n';

// --- Reading.

const NOT_A_BACKUP =
  'This file is not a Partner Invite backup. Choose a file made with Export backup (partner-invite-backup-<date>.json).';

/** Why the start of a file shows it is not a backup at all (the reader found no JSON object). */
export function notABackup(start: string): BackupFileError {
  const trimmed = start.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { code: 'empty', error: 'The file is empty.' };
  if (trimmed.startsWith('[') || trimmed.startsWith('"') || /^(?:null|true|false|-?\d)/.test(trimmed))
    return { code: 'foreign', error: NOT_A_BACKUP };
  const firstLine = (trimmed.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  if (firstLine.includes(',') || firstLine.includes(';')) {
    return {
      code: 'csv',
      error: `This is a CSV file${firstLine.includes('company name') ? ' (a Partner Center customer list)' : ''}, not a backup. To mark accepted customers, use Import customer list instead.`,
    };
  }
  return {
    code: 'not-json',
    error:
      'This file is not JSON, so it is not a Partner Invite backup. Choose a file made with Export backup (partner-invite-backup-<date>.json).',
  };
}

export const DAMAGED: BackupFileError = {
  code: 'damaged',
  error: 'The file is damaged or was cut short (for example an interrupted download). Export the backup again.',
};

/** The head fields, checked once all of them have been read; the first problem otherwise. */
export function checkHead(
  fields: Record<string, unknown>,
): { ok: true; exportedAt: number; version: number } | ({ ok: false } & BackupFileError) {
  if (fields.format !== BACKUP_FORMAT) return { ok: false, code: 'foreign', error: NOT_A_BACKUP };
  const version = fields.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      code: 'bad-version',
      error: 'The backup has no valid format version; the file may have been edited or damaged.',
    };
  if (version > BACKUP_VERSION)
    return {
      ok: false,
      code: 'newer-version',
      error: `This backup was made by a newer version of Partner Invite (format ${version}; this one reads up to ${BACKUP_VERSION}). Update the extension, then import it again.`,
    };
  const exportedAt = typeof fields.exportedAt === 'string' ? Date.parse(fields.exportedAt) : NaN;
  return { ok: true, exportedAt: Number.isFinite(exportedAt) ? exportedAt : 0, version };
}

export const NO_INVITATIONS: BackupFileError = {
  code: 'no-invitations',
  error: 'The backup has no list of invitations; the file may have been edited or damaged.',
};

/** `a.b[2].c` */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`),
    '',
  );
}

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  const path = formatPath(issue.path);
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** The backup's settings, or why they cannot be restored (the invitations still are). */
export function checkSettings(raw: unknown): { ok: true; value: Settings } | { ok: false; reason: string } {
  if (raw === undefined) return { ok: false, reason: 'settings: missing' };
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, reason: `settings.${firstIssue(parsed.error)}` };
}

/** The earliest date a record of this product can carry. */
const EARLIEST = Date.UTC(2015, 0, 1);
/** How far a follow-up may be snoozed ahead of the backup. */
const LATEST_DUE_YEARS = 5;

/**
 * Checks one invitation of a backup: the schema, a link that is an invitation link of the
 * record's kind (a file must not plant a javascript: link or any other site for Resend to
 * insert), and dates within sane bounds of the time the file was made. `seen` maps the ids
 * met so far to their index (1-based), for duplicates.
 */
export function checkBackupRow(
  raw: unknown,
  index: number,
  ctx: {
    now: number;
    exportedAt: number;
    /** The file's format version (checkHead); older records are read as today's. */
    version: number;
    seen: Map<string, number>;
    links?: Map<string, ReturnType<typeof parseInvitationLink>>;
  },
): { ok: true; value: Invitation } | { ok: false; refusal: RowRefusal } {
  const rawId =
    typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id.slice(0, 64)
      : '';
  const refuse = (code: RowRefusalCode, detail: string) => ({
    ok: false as const,
    refusal: { index, id: rawId, code, detail },
  });
  // Format 1 predates the two parts: read its records the way the database upgrade does.
  const item = ctx.version < 2 && typeof raw === 'object' && raw !== null ? upgradeV2Record(raw as V2Invitation) : raw;
  const parsed = invitationSchema.safeParse(item);
  if (!parsed.success) return refuse('invalid', firstIssue(parsed.error));
  const inv = parsed.data;

  // A partner's invitations mostly share one link: each distinct link is parsed once per file.
  let link = ctx.links?.get(inv.link);
  if (link === undefined) {
    link = parseInvitationLink(inv.link);
    ctx.links?.set(inv.link, link);
  }
  if (!link.ok) return refuse('link', link.error);
  if (link.value.kind !== inv.kind) return refuse('link', `a ${link.value.kind} link on a ${inv.kind} invitation`);

  const latest = Math.max(ctx.now, ctx.exportedAt) + DAY_MS;
  const within = (t: number, max: number) => t >= EARLIEST && t <= max;
  if (!within(inv.createdAt, latest)) return refuse('time', 'createdAt');
  if (!within(inv.updatedAt, latest) || inv.updatedAt < inv.createdAt) return refuse('time', 'updatedAt');
  const history = inv.history.findIndex((h) => !within(h.at, latest));
  if (history !== -1) return refuse('time', `history[${history}].at`);
  if (inv.dueAt !== null && !within(inv.dueAt, latest + LATEST_DUE_YEARS * 366 * DAY_MS))
    return refuse('time', 'dueAt');
  if (inv.expiresAt !== null && !within(inv.expiresAt, inv.createdAt + (GDAP_EXPIRY_DAYS + 1) * DAY_MS))
    return refuse('time', 'expiresAt');
  if (inv.gdap) {
    const gdap = readGdapLink(inv.gdap.link);
    if (!gdap.ok) return refuse('link', 'gdap.link: not a GDAP request link');
    if (!within(inv.gdap.expiresAt, inv.createdAt + (GDAP_EXPIRY_DAYS + 1) * DAY_MS))
      return refuse('time', 'gdap.expiresAt');
    const at = inv.gdap.history.findIndex((h) => !within(h.at, latest));
    if (at !== -1) return refuse('time', `gdap.history[${at}].at`);
  }

  const first = ctx.seen.get(inv.id);
  if (first !== undefined) return refuse('duplicate-id', String(first));
  ctx.seen.set(inv.id, index);
  return { ok: true, value: inv };
}

/** JSON with object keys sorted: the same settings give the same text whatever order their keys were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Whether two settings objects hold the same values (key order ignored): restoring one over the other would change nothing. */
export function settingsEqual(a: Settings, b: Settings): boolean {
  return canonical(a) === canonical(b);
}
