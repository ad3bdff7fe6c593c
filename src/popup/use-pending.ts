// Direct IndexedDB reads for the popup (writes go through the worker): the due count for the
// tab label and the pending list, a page at a time.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { InviteDatabase, PageCursor } from '../platform/db/popup-reads';
import type { Invitation } from '../core/invitation';
import { DUE_COUNT_CAP } from '../core/due-count';

export const PAGE_SIZE = 50;

type DbModule = typeof import('../platform/db/popup-reads');
let dbPromise: Promise<{ db: InviteDatabase; api: DbModule }> | null = null;
/**
 * One connection per popup page. The IndexedDB code (idb, paging) is loaded after the first
 * paint: the compose tab never needs it to render.
 */
export function popupDb(): Promise<{ db: InviteDatabase; api: DbModule }> {
  dbPromise ??= import('../platform/db/popup-reads').then(async (api) => ({ db: await api.openDb(), api }));
  return dbPromise;
}

export function useDueCount(): { due: number | null; refresh: () => void } {
  const [due, setDue] = useState<number | null>(null);
  const refresh = useCallback(() => {
    void popupDb()
      .then(({ db, api }) => api.countDue(db, Date.now(), DUE_COUNT_CAP))
      .then(setDue, () => setDue(null));
  }, []);
  useEffect(refresh, [refresh]);
  return { due, refresh };
}

export type PendingState = {
  rows: Invitation[];
  next: PageCursor | undefined;
  loading: boolean;
  error: string | null;
};

/** Pending invitations, due first, PAGE_SIZE at a time; `reload` starts again from the top. */
export function usePendingPages(): PendingState & { more: () => void; reload: () => void } {
  const [state, setState] = useState<PendingState>({ rows: [], next: undefined, loading: true, error: null });

  const load = useCallback((after: PageCursor | undefined, append: boolean) => {
    setState((s) => ({ ...s, loading: true, error: null }));
    popupDb()
      .then(({ db, api }) => api.pendingPage(db, { limit: PAGE_SIZE, after }))
      .then(
        (page) => setState((s) => ({ rows: append ? [...s.rows, ...page.rows] : page.rows, next: page.next, loading: false, error: null })),
        (error: unknown) => setState((s) => ({ ...s, loading: false, error: error instanceof Error ? error.message : String(error) })),
      );
  }, []);

  useEffect(() => load(undefined, false), [load]);
  return {
    ...state,
    more: () => state.next && load(state.next, true),
    reload: () => load(undefined, false),
  };
}
