// Recording an invitation that left the extension, shared by the popup's messages and the
// insertion from the menu or the shortcut. Both are idempotent by the popup's draft id: a new
// invitation is stored under it, a follow-up is tagged with it.
import { applyAction, createInvitation, followedUpBy, reRecord } from '../core/lifecycle';
import type { NewInvitation } from '../core/invitation';
import { RefusalError } from '../core/refusal';
import { openDb, recordInvitation, updateInvitations } from '../platform/db';
import { cadence } from './act';
import { dataChanged } from './data-changed';

export async function recordOnce(
  id: string,
  input: NewInvitation,
): Promise<{ id: string; outcome: 'created' | 'updated' | 'unchanged' }> {
  const now = Date.now();
  const record = createInvitation(input, now, await cadence(), id);
  const db = await openDb();
  // The same id again: a retry after a lost reply, or the draft copied again after an edit.
  const outcome = await recordInvitation(db, record, (stored) => reRecord(stored, record, now));
  if (outcome !== 'unchanged') await dataChanged(db);
  return { id, outcome };
}

export async function followUpOnce(id: string, ref: string): Promise<{ followUps: number; applied: boolean }> {
  const now = Date.now();
  const steps = await cadence(); // read before the transaction: no other I/O may run inside it
  const db = await openDb();
  const seen: { result?: { followUps: number; applied: boolean }; refusal?: RefusalError } = {};
  const changed = await updateInvitations(db, [id], (inv) => {
    if (followedUpBy(inv, ref)) {
      seen.result = { followUps: inv.followUps, applied: false };
      return null;
    }
    const result = applyAction(inv, 'followed-up', now, steps, { ref });
    if (!result.ok) {
      seen.refusal = new RefusalError(result.error, result.code);
      return null;
    }
    seen.result = { followUps: result.value.followUps, applied: true };
    return result.value;
  });
  if (seen.refusal) throw seen.refusal;
  if (!seen.result) throw new RefusalError('Cannot record a follow-up: the invitation was deleted.', 'not-found');
  if (changed.length > 0) await dataChanged(db);
  return seen.result;
}
