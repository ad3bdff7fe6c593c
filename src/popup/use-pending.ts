// The Pending tab's list, read straight from IndexedDB a page at a time (writes go through the
// worker). Kept apart from ./use-due-count.ts, and sharing no module with the popup's main chunk,
// so that chunk exports nothing and the lazy Pending tab chunk stands on its own.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageCursor } from '../platform/db/popup-reads';
import type { Invitation } from '../core/invitation';

export const PAGE_SIZE = 50;

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
    import('../platform/db/popup-reads')
      .then(async (api) => api.pendingPage(await api.openDb(), { limit: PAGE_SIZE, after }))
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
