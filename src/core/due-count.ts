import type { Invitation } from './invitation';

// How a count of due follow-ups is shown (toolbar badge, popup tab). Counting stops at the cap:
// Chromium's index count walks every matching entry, so an uncapped count grows with the backlog.
export const DUE_COUNT_CAP = 1000;

/** '' for none, the number up to 999, then '999+'. */
export function dueCountText(due: number): string {
  if (due <= 0) return '';
  return due >= DUE_COUNT_CAP ? '999+' : String(due);
}

/** A pending invitation whose follow-up date has come. Here, not in lifecycle.ts, so the popup can use it without zod. */
export function isDue(inv: Pick<Invitation, 'status' | 'dueAt'>, now: number): boolean {
  return inv.status === 'pending' && inv.dueAt !== null && inv.dueAt <= now;
}
