// The Pending tab's list, a page at a time from the worker (writes go through it too).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Invitation } from '../core/invitation';
import type { PendingCursor } from '../platform/protocol';
import { send } from '../platform/send';
import { errorText } from '../ui/error-text';

const PAGE_SIZE = 50;

export type PendingState = {
  rows: Invitation[];
  next: PendingCursor | undefined;
  loading: boolean;
  error: string | null;
};

/** Pending invitations, due first, PAGE_SIZE at a time; `reload` starts again from the top. */
export function usePendingPages(): PendingState & { more: () => void; reload: () => void } {
  const [state, setState] = useState<PendingState>({ rows: [], next: undefined, loading: true, error: null });

  // Each page is a worker round trip: a "more" still on its way when an action reloads the list
  // must not land on the fresh rows. Only the latest request's answer is used.
  const latest = useRef(0);
  const load = useCallback((after: PendingCursor | undefined, append: boolean) => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    send({ type: 'pending/page', limit: PAGE_SIZE, ...(after ? { after } : {}) }).then(
      (page) =>
        request === latest.current &&
        setState((s) => ({
          rows: append ? [...s.rows, ...page.rows] : page.rows,
          next: page.next,
          loading: false,
          error: null,
        })),
      (error: unknown) =>
        request === latest.current && setState((s) => ({ ...s, loading: false, error: errorText(error) })),
    );
  }, []);

  useEffect(() => load(undefined, false), [load]);
  return {
    ...state,
    more: () => state.next && load(state.next, true),
    reload: () => load(undefined, false),
  };
}
