// Lifecycle actions on stored invitations: one transaction, then the badge and open pages
// follow. Shared by the 'invitation/act' message and the menu's "Resend to …".
import {
  applyAction,
  type ActionErrorCode,
  type ActionOptions,
  type Cadence,
  type LifecycleAction,
} from '../core/lifecycle';
import { openDb, updateInvitations } from '../platform/db';
import { loadSettings } from '../platform/settings';
import { dataChanged } from './data-changed';

export async function cadence(): Promise<Cadence> {
  const { defaults } = await loadSettings();
  return { firstFollowUpDays: defaults.firstFollowUpDays, followUpEveryDays: defaults.followUpEveryDays };
}

export interface ActResult {
  changed: number;
  /** Why each refused record was refused, in order: a code to translate and the English sentence. */
  refusals: { code: ActionErrorCode; error: string }[];
}

export async function actOnInvitations(
  ids: readonly string[],
  action: LifecycleAction,
  opts: ActionOptions = {},
): Promise<ActResult> {
  const now = Date.now();
  const steps = await cadence(); // read before the transaction: no other I/O may run inside it
  const refusals: ActResult['refusals'] = [];
  const db = await openDb();
  const changed = await updateInvitations(db, ids, (inv) => {
    const result = applyAction(inv, action, now, steps, opts);
    if (result.ok) return result.value;
    refusals.push({ code: result.code, error: result.error });
    return null;
  });
  if (changed.length > 0) await dataChanged(db);
  return { changed: changed.length, refusals };
}
