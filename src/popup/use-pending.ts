// The Pending tab's list, a page at a time from the worker (writes go through it too): due
// first, or the matches of a search (core/search-terms.ts) when the partner typed one.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Invitation } from '../core/invitation';
import type { PendingCursor, SearchCursor } from '../platform/protocol';
import { send } from '../platform/send';
import { errorText } from '../ui/error-text';

export const PAGE_SIZE = 50;

type Cursor = { due: PendingCursor } | { search: SearchCursor };

export type PendingState = {
  rows: Invitation[];
  next: Cursor | undefined;
  loading: boolean;
  error: string | null;
};

function request(query: string, after: Cursor | undefined) {
  const q = query.trim();
  if (q)
    return send({
      type: 'pending/search',
      query: q,
      limit: PAGE_SIZE,
      ...(after && 'search' in after ? { after: after.search } : {}),
    }).then((page) => ({ rows: page.rows, next: page.next ? { search: page.next } : undefined }));
  return send({
    type: 'pending/page',
    limit: PAGE_SIZE,
    ...(after && 'due' in after ? { after: after.due } : {}),
  }).then((page) => ({ rows: page.rows, next: page.next ? { due: page.next } : undefined }));
}

/** Pending invitations matching `query` (all of them when empty), PAGE_SIZE at a time; `reload` starts again from the top. */
export function usePendingPages(query: string): PendingState & { more: () => void; reload: () => void } {
  const [state, setState] = useState<PendingState>({ rows: [], next: undefined, loading: true, error: null });

  // Each page is a worker round trip: a "more" or an earlier query still on its way when the
  // list starts again must not land on the fresh rows. Only the latest request's answer is used.
  const latest = useRef(0);
  const load = useCallback(
    (after: Cursor | undefined, append: boolean) => {
      const id = ++latest.current;
      setState((s) => ({ ...s, loading: true, error: null }));
      request(query, after).then(
        (page) =>
          id === latest.current &&
          setState((s) => ({
            rows: append ? [...s.rows, ...page.rows] : page.rows,
            next: page.next,
            loading: false,
            error: null,
          })),
        (error: unknown) =>
          id === latest.current && setState((s) => ({ ...s, loading: false, error: errorText(error) })),
      );
    },
    [query],
  );

  useEffect(() => load(undefined, false), [load]);
  return {
    ...state,
    more: () => state.next && load(state.next, true),
    reload: () => load(undefined, false),
  };
}
