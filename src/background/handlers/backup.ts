// Restore a backup file: validated as a whole first (a broken or foreign file changes nothing),
// then only newer or missing records are written (idempotent), in strict-durability batches.
import { parseBackup, planRestore, settingsEqual } from '../../core/backup';
import { importInvitations, openDb, updatedAtOf } from '../../platform/db';
import type { Handlers } from '../../platform/protocol';
import { loadSettings, replaceSettings } from '../../platform/settings';
import { updateBadge } from '../badge';
import { dataChanged } from '../data-changed';

export const backupHandlers: Pick<Handlers, 'backup/import'> = {
  'backup/import': async (req) => {
    // Pages send the file's text; an already parsed object is accepted too and validated the same way.
    const text = typeof req.backup === 'string' ? req.backup : JSON.stringify(req.backup ?? null);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const { invitations, settings } = parsed.value;

    // Settings first: saveSettings is the step that can still refuse (storage quota, a
    // value storage rejects), and if it does nothing has been written yet, so the page's
    // "nothing changed" holds. The invitation import after it is plain IndexedDB writes.
    const current = await loadSettings();
    const settingsChanged = !settingsEqual(current, settings);
    if (settingsChanged) await replaceSettings(settings);

    const db = await openDb();
    const stored = await updatedAtOf(
      db,
      invitations.map((inv) => inv.id),
    );
    const plan = planRestore(stored, invitations);
    await importInvitations(db, [...plan.add, ...plan.update]);

    if (plan.add.length + plan.update.length > 0) await dataChanged(db);
    else await updateBadge(db);
    return { added: plan.add.length, updated: plan.update.length, unchanged: plan.unchanged, settingsChanged };
  },
};
