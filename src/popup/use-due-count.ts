// The due count for the Pending tab's label, read straight from IndexedDB (writes go through
// the worker). The IndexedDB code (idb, queries) loads after the first paint: the compose tab
// never needs it to render. openDb() keeps one connection per page, shared with the Pending tab.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DUE_COUNT_CAP } from '../core/due-count';

export function useDueCount(): { due: number | null; refresh: () => void } {
  const [due, setDue] = useState<number | null>(null);
  const refresh = useCallback(() => {
    void import('../platform/db/popup-reads')
      .then(async (api) => api.countDue(await api.openDb(), Date.now(), DUE_COUNT_CAP))
      .then(setDue, () => setDue(null));
  }, []);
  useEffect(refresh, [refresh]);
  return { due, refresh };
}
