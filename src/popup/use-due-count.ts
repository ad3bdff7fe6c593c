// The due count for the Pending tab's label. The worker counts it (an index count, capped as
// on the badge) and refreshes the badge on the way, so the two always agree. The compose tab
// never waits for it: the label fills in when the answer comes.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../platform/page-api';

export function useDueCount(): { due: number | null; refresh: () => void } {
  const [due, setDue] = useState<number | null>(null);
  const refresh = useCallback(() => {
    send({ type: 'badge/refresh' }).then(
      (r) => setDue(r.due),
      () => setDue(null),
    );
  }, []);
  useEffect(refresh, [refresh]);
  return { due, refresh };
}
