// Recording, lifecycle actions and deletion. Each is one IndexedDB transaction, then a badge update.
import { createInvitation } from '../../core/lifecycle';
import { addInvitationOnce, deleteInvitations, openDb } from '../../platform/db';
import { RefusalError } from '../../core/refusal';
import type { Handlers } from '../../platform/protocol';
import { actOnInvitations, cadence } from '../act';
import { dataChanged } from '../data-changed';

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
    const { changed, refusals } = await actOnInvitations(req.ids, req.action, {
      until: req.until,
      note: req.note,
      ...(req.part ? { part: req.part } : {}),
    });
    // Nothing changed and something was refused: say why (one record, or all of a bulk action).
    if (changed === 0 && refusals[0]) throw new RefusalError(refusals[0].error, refusals[0].code);
    return { changed };
  },

  'invitation/delete': async (req) => {
    const db = await openDb();
    const deleted = await deleteInvitations(db, req.ids);
    await dataChanged(db);
    return { deleted };
  },
};
