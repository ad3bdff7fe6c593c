// Recording, follow-ups, lifecycle actions and deletion. Each is one IndexedDB transaction, then
// a badge update. Recording and follow-ups are idempotent by the popup's draft id (../record.ts).
import { deleteInvitations, openDb } from '../../platform/db';
import { RefusalError } from '../../core/refusal';
import type { Handlers } from '../../platform/protocol';
import { actOnInvitations } from '../act';
import { dataChanged } from '../data-changed';
import { followUpOnce, recordOnce } from '../record';

export const invitationHandlers: Pick<
  Handlers,
  'invitation/record' | 'invitation/follow-up' | 'invitation/act' | 'invitation/delete'
> = {
  'invitation/record': async (req) => recordOnce(req.id ?? crypto.randomUUID(), req.invitation),

  'invitation/follow-up': async (req) => followUpOnce(req.id, req.ref),

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
