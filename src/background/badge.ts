// The toolbar badge: the number of invitations that need the partner now, from index counts
// (never a scan): follow-ups due, and GDAP requests about to expire (docs/domain.md#dap-and-gdap:
// 90 days after creation) that are not due already. Updates are serialised so two writes
// finishing together cannot leave an older count.
import browser from '../platform/browser';
import { countDue, countExpiringNotDue, openDb, type InviteDatabase } from '../platform/db';
import { DAY_MS, GDAP_WARN_DAYS } from '../core/gdap-expiry';
import { DUE_COUNT_CAP, dueCountText } from '../core/due-count';

const BADGE_COLOR = '#b3261e';

export { dueCountText as badgeText } from '../core/due-count';

let queue: Promise<unknown> = Promise.resolve();

async function refresh(db: InviteDatabase | undefined, now: number): Promise<number> {
  const database = db ?? (await openDb());
  const due = await countDue(database, now, DUE_COUNT_CAP);
  const expiring =
    due < DUE_COUNT_CAP ? await countExpiringNotDue(database, now, GDAP_WARN_DAYS * DAY_MS, DUE_COUNT_CAP - due) : 0;
  const count = due + expiring;
  const text = dueCountText(count);
  // Skip the write when unchanged; read back rather than remember, since the worker may have restarted.
  if ((await browser.action.getBadgeText({})) !== text) {
    if (text) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await browser.action.setBadgeText({ text });
  }
  return count;
}

/** Recount and show the badge; resolves to the count (at most DUE_COUNT_CAP). */
export function updateBadge(db?: InviteDatabase, now: number = Date.now()): Promise<number> {
  const run = queue.then(() => refresh(db, now));
  queue = run.catch(() => undefined);
  return run;
}
