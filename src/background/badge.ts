// The toolbar badge: the number of follow-ups due, from an index count (never a scan).
// Updates are serialised so two writes finishing together cannot leave an older count.
import browser from '../platform/browser';
import { countDue, openDb, type InviteDatabase } from '../platform/db';
import { DUE_COUNT_CAP, dueCountText } from '../core/due-count';

const BADGE_COLOR = '#b3261e';

export { dueCountText as badgeText } from '../core/due-count';

let queue: Promise<unknown> = Promise.resolve();

async function refresh(db: InviteDatabase | undefined, now: number): Promise<number> {
  const due = await countDue(db ?? (await openDb()), now, DUE_COUNT_CAP);
  const text = dueCountText(due);
  // Skip the write when unchanged; read back rather than remember, since the worker may have restarted.
  if ((await browser.action.getBadgeText({})) !== text) {
    if (text) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await browser.action.setBadgeText({ text });
  }
  return due;
}

/** Recount due follow-ups and show them on the badge; resolves to the count (at most BADGE_CAP). */
export function updateBadge(db?: InviteDatabase, now: number = Date.now()): Promise<number> {
  const run = queue.then(() => refresh(db, now));
  queue = run.catch(() => undefined);
  return run;
}
