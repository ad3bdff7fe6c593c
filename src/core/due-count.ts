// How a count of due follow-ups is shown (toolbar badge, popup tab). Counting stops at the cap:
// Chromium's index count walks every matching entry, so an uncapped count grows with the backlog.
export const DUE_COUNT_CAP = 1000;

/** '' for none, the number up to 999, then '999+'. */
export function dueCountText(due: number): string {
  if (due <= 0) return '';
  return due >= DUE_COUNT_CAP ? '999+' : String(due);
}
