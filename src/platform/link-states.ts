// The in-page link guard's verdicts, one per editor (a compose window: tab, frame and an id the
// content script made for it), in storage.session (gone with the browser session). The worker
// writes them (background/insert-handlers.ts); the popup reads them to send the partner back to
// an email whose inserted invitation link no longer works. Closing one compose window leaves the
// others' warnings in place, even in the same tab.
export const LINK_STATES_KEY = 'insert.linkStates';

/** Status by editor key (see editorKey). */
export type LinkStates = Record<string, string>;

const NOT_INTACT: readonly string[] = ['missing', 'altered', 'broken', 'conflict'];

/** The key of one editor's state: `tab:frame:editor`. */
export function editorKey(tab: number, frame: number, editor: string): string {
  return `${tab}:${frame}:${editor}`;
}

/** The tab a key belongs to, or null for a key that is not an editor key. */
export function tabOfKey(key: string): number | null {
  const m = /^(\d+):\d+:[0-9a-f]+$/.exec(key);
  return m ? Number(m[1]) : null;
}

/** The tabs with at least one editor whose inserted link is not intact, from the stored value (anything else: none). */
export function tabsWithBrokenLink(stored: unknown): number[] {
  if (typeof stored !== 'object' || stored === null) return [];
  const tabs = new Set<number>();
  for (const [key, state] of Object.entries(stored)) {
    const tab = tabOfKey(key);
    if (tab !== null && typeof state === 'string' && NOT_INTACT.includes(state)) tabs.add(tab);
  }
  return [...tabs];
}
