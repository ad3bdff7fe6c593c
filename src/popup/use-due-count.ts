// The due count for the Pending tab's label, as the toolbar badge shows it ("3", "999+", or
// nothing). At open it is the badge's own text: the worker keeps the badge current (on every
// write, at start-up and every 30 minutes), so opening the popup wakes nothing and the Pending
// list, if asked for at once, does not share the worker with a recount. After an action in the
// popup the worker recounts, and the badge and the label follow.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { dueCountText } from '../core/due-count';
import { pageApi as browser } from '../platform/page-api';
import { send } from '../platform/send';

export function useDueCount(): { dueText: string; refresh: () => void } {
  const [dueText, setDueText] = useState('');
  useEffect(() => {
    browser.action.getBadgeText({}).then(setDueText, () => setDueText(''));
  }, []);
  const refresh = useCallback(() => {
    send({ type: 'badge/refresh' }).then(
      (r) => setDueText(dueCountText(r.due)),
      () => undefined,
    );
  }, []);
  return { dueText, refresh };
}
