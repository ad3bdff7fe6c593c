// Restore: the backup file is read as a stream (core/backup-reader.ts), each invitation is
// checked on its own (core/backup.ts) and restored in batches of BATCH, each batch one
// IndexedDB transaction that adds what is missing and replaces only older copies, so running
// the same file again gives the same result. The same pass without writing is the preview.
// The page writes IndexedDB itself (a 100,000-invitation file is far over a runtime message)
// and then asks the worker to recount the badge. Counts are kept as each batch commits, so a
// restore that stops half-way reports exactly what it wrote.
import {
  checkBackupRow,
  checkHead,
  checkSettings,
  DAMAGED,
  NO_INVITATIONS,
  notABackup,
  settingsEqual,
  type BackupFileError,
  type RowRefusal,
} from '../core/backup';
import { BackupReader, type ReaderEvent } from '../core/backup-reader';
import type { Invitation } from '../core/invitation';
import type { parseInvitationLink } from '../core/link';
import type { Settings } from '../core/settings';
import {
  announceInvitationsChanged,
  openDb,
  putQuarantined,
  restoreInvitations,
  type QuarantinedRow,
  type RestoreCounts,
} from '../platform/db';
import { loadSettings, replaceSettings } from '../platform/settings';
import { send } from '../platform/send';
import { errorText } from '../ui/error-text';

const BATCH = 5000;
/** Refused rows listed one by one; beyond this only counted. */
const LISTED = 500;

export type RestoreProgress = { bytes: number; total: number; rows: number };

export type ScanReport = {
  /** The file cannot be used (nothing read after this point); null when it was read to the end. */
  fatal: BackupFileError | null;
  exportedAt: number;
  /** Invitations read (valid or not). */
  rows: number;
  counts: RestoreCounts;
  refused: RowRefusal[];
  refusedCount: number;
  quarantined: number;
  /** The backup's settings, or why they cannot be used. */
  settings: { ok: true; value: Settings; differ: boolean } | { ok: false; reason: string };
  /** After a restore: whether the settings were written, and if not why. */
  settingsOutcome?: 'written' | 'same' | { skipped: string };
  /** A failure while writing (storage, file read): what is counted above was written before it. */
  stopped?: string;
};

function isQuarantined(v: unknown): v is QuarantinedRow {
  if (typeof v !== 'object' || v === null) return false;
  const q = v as Record<string, unknown>;
  return (
    typeof q.key === 'string' &&
    q.key.length <= 200 &&
    typeof q.id === 'string' &&
    typeof q.reason === 'string' &&
    typeof q.fromVersion === 'number' &&
    typeof q.toVersion === 'number' &&
    typeof q.at === 'number' &&
    'row' in q
  );
}

/**
 * Read `file` to the end, checking everything; with `write`, restore it. Never throws: every
 * outcome is in the report.
 */
export async function scanBackup(
  file: Blob,
  write: boolean,
  onProgress: (p: RestoreProgress) => void,
  now: number = Date.now(),
): Promise<ScanReport> {
  const report: ScanReport = {
    fatal: null,
    exportedAt: 0,
    rows: 0,
    counts: { added: 0, updated: 0, unchanged: 0 },
    refused: [],
    refusedCount: 0,
    quarantined: 0,
    settings: { ok: false, reason: 'settings: missing' },
  };
  const db = await openDb();
  const reader = new BackupReader();
  const fields: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  const links = new Map<string, ReturnType<typeof parseInvitationLink>>();
  const quarantine: QuarantinedRow[] = [];
  let head: ReturnType<typeof checkHead> | null = null;
  let version = 1;
  let batch: Invitation[] = [];
  let firstText = '';
  let bytes = 0;

  // One batch is written while the next is read and checked: the database works in another
  // process, so the page's parsing overlaps its writes. The next batch waits for the one in
  // flight, so a failure stops the restore before anything after it is sent, and the counts
  // hold only what committed.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    await inFlight;
    inFlight = restoreInvitations(db, rows, write).then((counts) => {
      report.counts.added += counts.added;
      report.counts.updated += counts.updated;
      report.counts.unchanged += counts.unchanged;
    });
  };
  const headOk = (): boolean => {
    head ??= checkHead(fields);
    if (!head.ok) report.fatal = { code: head.code, error: head.error };
    else {
      report.exportedAt = head.exportedAt;
      version = head.version;
    }
    return head.ok;
  };
  /** Handle the reader's events; false once the file cannot be read further. */
  const handle = async (events: ReaderEvent[]): Promise<boolean> => {
    for (const e of events) {
      if (e.type === 'error') {
        report.fatal = e.code === 'not-object' ? notABackup(firstText) : DAMAGED;
        return false;
      }
      if (e.type === 'field') {
        fields[e.key] = e.value;
        continue;
      }
      if (!headOk()) return false;
      let value: unknown;
      try {
        value = JSON.parse(e.text);
      } catch {
        report.fatal = DAMAGED;
        return false;
      }
      if (e.array === 'quarantine') {
        if (isQuarantined(value)) quarantine.push(value);
        continue;
      }
      report.rows += 1;
      const checked = checkBackupRow(value, e.index + 1, {
        now,
        exportedAt: report.exportedAt,
        version,
        seen,
        links,
      });
      if (!checked.ok) {
        report.refusedCount += 1;
        if (report.refused.length < LISTED) report.refused.push(checked.refusal);
        continue;
      }
      batch.push(checked.value);
      if (batch.length >= BATCH) await flush();
    }
    return true;
  };

  try {
    const stream = file.stream().pipeThrough(new TextDecoderStream());
    const chunks = stream.getReader();
    for (;;) {
      const { done, value } = await chunks.read();
      if (done) break;
      if (firstText.length < 200) firstText += value.slice(0, 200);
      bytes += value.length;
      if (!(await handle(reader.push(value)))) {
        await chunks.cancel();
        break;
      }
      onProgress({ bytes: Math.min(bytes, file.size), total: file.size, rows: report.rows });
    }
    if (report.fatal === null && (await handle(reader.end())) && headOk()) {
      await flush();
      // A backup of no invitations (settings only) has an empty list, which is not a missing one.
      if (!reader.opened.has('invitations') && !Array.isArray(fields.invitations)) report.fatal = NO_INVITATIONS;
    }
    await inFlight;
  } catch (error) {
    report.stopped = errorText(error);
    // A batch still being written settles before the report: its rows are counted if it committed.
    await inFlight.catch(() => undefined);
  }
  onProgress({ bytes: file.size, total: file.size, rows: report.rows });
  if (report.fatal !== null || report.stopped !== undefined) return report;

  const settings = checkSettings(fields.settings);
  const current = await loadSettings();
  report.settings = settings.ok ? { ...settings, differ: !settingsEqual(current, settings.value) } : settings;
  report.quarantined = quarantine.length;
  if (!write) return report;

  try {
    if (quarantine.length > 0) await putQuarantined(db, quarantine);
  } catch (error) {
    report.stopped = errorText(error);
    return report;
  }
  // Settings last: storage.sync may refuse them (quota, a newer layout), and the invitations
  // must be restored all the same; the report says what was skipped and why.
  if (!report.settings.ok) report.settingsOutcome = { skipped: report.settings.reason };
  else if (!report.settings.differ) report.settingsOutcome = 'same';
  else {
    try {
      await replaceSettings(report.settings.value);
      report.settingsOutcome = 'written';
    } catch (error) {
      report.settingsOutcome = { skipped: errorText(error) };
    }
  }
  if (report.counts.added + report.counts.updated > 0) announceInvitationsChanged();
  // The badge is the worker's: it recounts on request (its periodic alarm would, later).
  await send({ type: 'badge/refresh' }).catch((error: unknown) =>
    console.warn('Partner Invite: badge not refreshed after the restore', error),
  );
  return report;
}
