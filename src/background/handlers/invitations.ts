// Recording, lifecycle actions and deletion. Each is one IndexedDB transaction, then a badge update.
import { applyAction, createInvitation, type Cadence } from '../../core/lifecycle';
import { addInvitationOnce, deleteInvitations, openDb, updateInvitations } from '../../platform/db';
import type { Handlers } from '../../platform/messages';
import { loadSettings } from '../../platform/settings';
import { dataChanged } from '../data-changed';

async function cadence(): Promise<Cadence> {
  const { defaults } = await loadSettings();
  return { firstFollowUpDays: defaults.firstFollowUpDays, followUpEveryDays: defaults.followUpEveryDays };
}

export const invitationHandlers: Pick<Handlers, 'invitation/record' | 'invitation/act' | 'invitation/delete'> = {
  'invitation/record': async (req) => {
    const now = Date.now();
    const record = createInvitation(req.invitation, now, await cadence(), req.id ?? crypto.randomUUID());
    const db = await openDb();
    // A retry of a write that landed just before the worker stopped: already there, nothing to do.
    if (await addInvitationOnce(db, record)) await dataChanged(db);
    return { id: record.id };
  },

  'invitation/act': async (req) => {
    const now = Date.now();
    const steps = await cadence(); // read before the transaction: no other I/O may run inside it
    const refusals: string[] = [];
    const db = await openDb();
    const changed = await updateInvitations(db, req.ids, (inv) => {
      const result = applyAction(inv, req.action, now, steps, { until: req.until, note: req.note });
      if (result.ok) return result.value;
      refusals.push(result.error);
      return null;
    });
    if (changed.length > 0) await dataChanged(db);
    // Nothing changed and something was refused: say why (one record, or all of a bulk action).
    if (changed.length === 0 && refusals[0]) throw new Error(refusals[0]);
    return { changed: changed.length };
  },

  'invitation/delete': async (req) => {
    const db = await openDb();
    const deleted = await deleteInvitations(db, req.ids);
    await dataChanged(db);
    return { deleted };
  },
};
