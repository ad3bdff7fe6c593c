// Is this customer already pending? Asked of the worker shortly after the email or domain
// changes, so the warning shows while the partner composes; `ensure` waits for the answer
// for the current customer, so nothing is recorded before the check has been made. Answers
// are kept while the popup is open, until something is recorded (refresh).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { duplicatesOf, duplicateTerms, type Duplicate } from '../core/duplicates';
import type { Invitation } from '../core/invitation';
import { send } from '../platform/send';

const DELAY_MS = 300;

export function useDuplicates(
  email: string,
  domain: string,
  exclude: readonly string[],
): { duplicates: Duplicate[]; ensure: () => Promise<Duplicate[]>; refresh: () => void } {
  const terms = duplicateTerms(email, domain);
  const key = terms.join('\n');
  const asked = useRef(new Map<string, Promise<Invitation[]>>());
  const [answer, setAnswer] = useState<{ key: string; rows: Invitation[] }>({ key: '', rows: [] });

  const ask = useCallback((k: string): Promise<Invitation[]> => {
    if (!k) return Promise.resolve([]);
    let pending = asked.current.get(k);
    if (!pending) {
      // A failed check (the worker did not answer) warns about nothing rather than blocking the send.
      pending = send({ type: 'pending/duplicates', terms: k.split('\n') }).then(
        (r) => r.rows,
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
    const timer = setTimeout(() => void ask(key).then((rows) => live && setAnswer({ key, rows })), DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, ask]);

  const excluded = exclude.join('\n');
  const duplicates = answer.key === key && key ? duplicatesOf(answer.rows, email, domain, exclude) : [];
  const ensure = useCallback(
    async () => duplicatesOf(await ask(key), email, domain, excluded ? excluded.split('\n') : []),
    [ask, key, email, domain, excluded],
  );
  // After a record or a discard the answers are out of date: ask again.
  const refresh = useCallback(() => {
    asked.current.clear();
    if (key) void ask(key).then((rows) => setAnswer({ key, rows }));
  }, [ask, key]);
  return { duplicates, ensure, refresh };
}
