// The versioned JSON backup of everything (settings and invitations), and the plan for
// restoring one. A broken or foreign file is refused as a whole with a reason: nothing is
// half-imported. Restoring is idempotent: a record replaces the stored one only when it is
// newer (updatedAt), so importing the same file twice changes nothing the second time.
import { z } from './zod';
import './zod-english';
import { invitationSchema, type Invitation } from './invitation';
import { upgradeV2Record, type V2Invitation } from './record-upgrade';
import { settingsSchema, type Settings } from './settings';

export const BACKUP_FORMAT = 'partner-invite-backup';
/**
 * Bump when the file shape changes; parseBackup must then read every older version.
 * 2: each invitation has its main part's status and its GDAP part (format 1 had neither).
 */
export const BACKUP_VERSION = 2;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** ISO 8601, UTC. */
  exportedAt: z.iso.datetime(),
  settings: settingsSchema,
  invitations: z.array(invitationSchema),
});
export type Backup = z.infer<typeof backupSchema>;

/** Stable reason codes, so the UI can show its own translated message; `error` is English. */
export const BACKUP_ERROR_CODES = [
  'empty',
  'not-json',
  'csv',
  'foreign',
  'bad-version',
  'newer-version',
  'invalid-settings',
  'no-invitations',
  'invalid-invitation',
  'duplicate-id',
  'invalid',
] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];
export type BackupParseResult =
  | { ok: true; value: Backup }
  /** `index` (1-based) for 'invalid-invitation' and 'duplicate-id'; `path` where zod found the problem. */
  | { ok: false; error: string; code: BackupErrorCode; index?: number; path?: string };

export function makeBackup(invitations: readonly Invitation[], settings: Settings, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    invitations: [...invitations],
  };
}

/** `partner-invite-backup-2026-01-31.json`, dated in UTC. */
export function backupFileName(now: number): string {
  return `${BACKUP_FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** `a.b[2].c` */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`),
    '',
  );
}

function firstIssue(error: z.core.$ZodError): { path: string; text: string } {
  const issue = error.issues[0];
  if (issue === undefined) return { path: '', text: 'invalid' };
  const path = formatPath(issue.path);
  return { path, text: path === '' ? issue.message : `${path}: ${issue.message}` };
}

const NOT_A_BACKUP =
  'This file is not a Partner Invite backup. Choose a file made with Export backup (partner-invite-backup-<date>.json).';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseBackup(text: string): BackupParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, code: 'empty', error: 'The file is empty.' };
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    const firstLine = (trimmed.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
    if (firstLine.includes(',') || firstLine.includes(';')) {
      return {
        ok: false,
        code: 'csv',
        error: `This is a CSV file${firstLine.includes('company name') ? ' (a Partner Center customer list)' : ''}, not a backup. To mark accepted customers, use Import customer list instead.`,
      };
    }
    return {
      ok: false,
      code: 'not-json',
      error:
        'This file is not JSON, so it is not a Partner Invite backup. Choose a file made with Export backup (partner-invite-backup-<date>.json).',
    };
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) return { ok: false, code: 'foreign', error: NOT_A_BACKUP };

  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      code: 'bad-version',
      error: 'The backup has no valid format version; the file may have been edited or damaged.',
    };
  }
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      code: 'newer-version',
      error: `This backup was made by a newer version of Partner Invite (format ${version}; this one reads up to ${BACKUP_VERSION}). Update the extension, then import it again.`,
    };
  }

  const settings = settingsSchema.safeParse(raw.settings);
  if (!settings.success) {
    const issue = firstIssue(settings.error);
    return {
      ok: false,
      code: 'invalid-settings',
      path: issue.path,
      error: `The backup's settings are invalid at ${issue.text}. Nothing was imported.`,
    };
  }

  if (!Array.isArray(raw.invitations))
    return {
      ok: false,
      code: 'no-invitations',
      error: 'The backup has no list of invitations; the file may have been edited or damaged.',
    };
  const seen = new Map<string, number>();
  const invitations: Invitation[] = [];
  for (const [i, written] of raw.invitations.entries()) {
    const n = i + 1;
    // Format 1 predates the two parts: read its records the way the database upgrade does.
    const item: unknown = version < 2 && isRecord(written) ? upgradeV2Record(written as V2Invitation) : written;
    const parsed = invitationSchema.safeParse(item);
    if (!parsed.success) {
      const id = isRecord(item) && typeof item.id === 'string' ? ` (id "${item.id.slice(0, 64)}")` : '';
      const issue = firstIssue(parsed.error);
      return {
        ok: false,
        code: 'invalid-invitation',
        index: n,
        path: issue.path,
        error: `Invitation ${n}${id} is invalid at ${issue.text}. Nothing was imported.`,
      };
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined)
      return {
        ok: false,
        code: 'duplicate-id',
        index: n,
        error: `Invitation ${n} has the same id as invitation ${first} ("${parsed.data.id}"). Nothing was imported.`,
      };
    seen.set(parsed.data.id, n);
    invitations.push(parsed.data);
  }

  // Whatever is left (exportedAt, ...) goes through the schema as a whole.
  // An older format is now read as the current one.
  const whole = backupSchema.safeParse({ ...raw, version: BACKUP_VERSION, settings: settings.data, invitations });
  if (!whole.success) {
    const issue = firstIssue(whole.error);
    return {
      ok: false,
      code: 'invalid',
      path: issue.path,
      error: `The backup is invalid at ${issue.text}. Nothing was imported.`,
    };
  }
  return { ok: true, value: whole.data };
}

export type ExistingLookup =
  ReadonlyMap<string, Pick<Invitation, 'updatedAt'>> | ((id: string) => Pick<Invitation, 'updatedAt'> | undefined);

export type RestorePlan = { add: Invitation[]; update: Invitation[]; unchanged: number };

/**
 * What restoring `incoming` would change: records not stored yet are added; a stored record
 * is replaced only when the incoming one has a newer updatedAt; everything else is left as
 * is and counted. If `incoming` repeats an id, the newest copy wins.
 */
export function planRestore(existing: ExistingLookup, incoming: readonly Invitation[]): RestorePlan {
  const lookup = typeof existing === 'function' ? existing : (id: string) => existing.get(id);
  const newest = new Map<string, Invitation>();
  for (const inv of incoming) {
    const prev = newest.get(inv.id);
    if (prev === undefined || inv.updatedAt > prev.updatedAt) newest.set(inv.id, inv);
  }
  const plan: RestorePlan = { add: [], update: [], unchanged: incoming.length - newest.size };
  for (const inv of newest.values()) {
    const stored = lookup(inv.id);
    if (stored === undefined) plan.add.push(inv);
    else if (inv.updatedAt > stored.updatedAt) plan.update.push(inv);
    else plan.unchanged++;
  }
  return plan;
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
