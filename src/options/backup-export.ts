// Export: every invitation and quarantined row, with the settings, as one JSON file built from
// pieces (a Blob of batches), so neither the page nor a message ever holds it as one string.
// Progress is reported after each batch of rows.
import { BACKUP_BETWEEN, BACKUP_CLOSING, backupOpening, backupRows } from '../core/backup';
import { countInvitations, exportBatches, openDb, quarantinePage } from '../platform/db';
import { loadSettings } from '../platform/settings';

export type ExportProgress = { done: number; total: number };

export async function exportBackup(
  now: number,
  onProgress: (p: ExportProgress) => void,
): Promise<{ blob: Blob; invitations: number; quarantined: number }> {
  const db = await openDb();
  const [total, settings] = await Promise.all([countInvitations(db), loadSettings()]);
  const parts: BlobPart[] = [backupOpening(settings, now)];
  let done = 0;
  onProgress({ done, total });
  for await (const rows of exportBatches(db)) {
    // Each batch becomes a Blob at once: the browser keeps its bytes, the page lets the text go.
    parts.push(new Blob([backupRows(rows, done === 0)]));
    done += rows.length;
    onProgress({ done, total: Math.max(total, done) });
  }
  parts.push(BACKUP_BETWEEN);
  let quarantined = 0;
  let after: string | undefined;
  do {
    const page = await quarantinePage(db, { limit: 500, ...(after === undefined ? {} : { after }) });
    parts.push(backupRows(page.rows, quarantined === 0));
    quarantined += page.rows.length;
    after = page.next;
  } while (after !== undefined);
  parts.push(BACKUP_CLOSING);
  return { blob: new Blob(parts, { type: 'application/json' }), invitations: done, quarantined };
}
