// Is this customer already pending? Asked of the worker (core/duplicates.ts runs there, so the
// popup loads none of it) shortly after the email or domain changes, so the warning shows while
// the partner composes; `ensure` waits for the answer for the current customer, so nothing is
// recorded before the check has been made. Answers are kept while the popup is open, until
// something is recorded (refresh).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Duplicate } from '../core/duplicates';
import { send } from '../platform/send';

const DELAY_MS = 300;

/** Worth asking: an address with a domain, or a domain typed. */
const askable = (email: string, domain: string) => /@[^@\s]+\.[^@\s]+$/.test(email.trim()) || domain.trim() !== '';

export function useDuplicates(
  email: string,
  domain: string,
  exclude: readonly string[],
): { duplicates: Duplicate[]; ensure: () => Promise<Duplicate[]>; refresh: () => void } {
  const key = askable(email, domain) ? [email.trim(), domain.trim(), ...exclude].join('\n') : '';
  const asked = useRef(new Map<string, Promise<Duplicate[]>>());
  const [answer, setAnswer] = useState<{ key: string; duplicates: Duplicate[] }>({ key: '', duplicates: [] });

  const ask = useCallback((k: string): Promise<Duplicate[]> => {
    if (!k) return Promise.resolve([]);
    let pending = asked.current.get(k);
    if (!pending) {
      const [mail = '', dom = '', ...ids] = k.split('\n');
      // A failed check (the worker did not answer) warns about nothing rather than blocking the send.
      pending = send({ type: 'pending/duplicates', email: mail, domain: dom, exclude: ids }).then(
        (r) => r.duplicates,
        (e: unknown) => {
          console.warn('Partner Invite: duplicate check failed', e);
          asked.current.delete(k);
          return [];
        },
      );
      asked.current.set(k, pending);
    }
    return pending;
  }, []);

  useEffect(() => {
    if (!key) return;
    let live = true;
    const timer = setTimeout(
      () => void ask(key).then((found) => live && setAnswer({ key, duplicates: found })),
      DELAY_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, ask]);

  const ensure = useCallback(() => ask(key), [ask, key]);
  // After a record or a discard the answers are out of date: ask again.
  const refresh = useCallback(() => {
    asked.current.clear();
    if (key) void ask(key).then((found) => setAnswer({ key, duplicates: found }));
  }, [ask, key]);
  return { duplicates: answer.key === key && key ? answer.duplicates : [], ensure, refresh };
}
