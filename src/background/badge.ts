// The toolbar badge: the number of follow-ups due, from an index count (never a scan).
// Updates are serialised so two writes finishing together cannot leave an older count.
import browser from '../platform/browser';
import { countDue, openDb, type InviteDatabase } from '../platform/db';

const BADGE_COLOR = '#b3261e';

/** The badge shows up to 999; counting stops here (see countDue). */
export const BADGE_CAP = 1000;

/** What the badge shows for `due` follow-ups: nothing when none. */
export function badgeText(due: number): string {
  if (due <= 0) return '';
  return due >= BADGE_CAP ? '999+' : String(due);
}

let queue: Promise<unknown> = Promise.resolve();

async function refresh(db: InviteDatabase | undefined, now: number): Promise<number> {
  const due = await countDue(db ?? (await openDb()), now, BADGE_CAP);
  const text = badgeText(due);
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
