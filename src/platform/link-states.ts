// The in-page link guard's verdicts, per tab, in storage.session (gone with the browser
// session). The worker writes them (background/insert-handlers.ts); the popup reads them to
// send the partner back to an email whose inserted invitation link no longer works.
export const LINK_STATES_KEY = 'insert.linkStates';

export type LinkStates = Record<string, string>;

const NOT_INTACT: readonly string[] = ['missing', 'altered', 'broken', 'conflict'];

/** The tabs whose inserted link is not intact, from the stored value (anything else: none). */
export function tabsWithBrokenLink(stored: unknown): number[] {
  if (typeof stored !== 'object' || stored === null) return [];
  return Object.entries(stored)
    .filter(([tab, state]) => typeof state === 'string' && NOT_INTACT.includes(state) && /^\d+$/.test(tab))
    .map(([tab]) => Number(tab));
}
