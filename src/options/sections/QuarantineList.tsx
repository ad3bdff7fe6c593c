// Rows a database upgrade could not turn into invitations: kept as they were, listed here with
// the reason, and included in every backup. Shown only when there are some.
import { useEffect, useState } from 'preact/hooks';
import { countQuarantined, openDb, quarantinePage, type QuarantinedRow } from '../../platform/db';
import { t, tPlural } from '../../platform/i18n';

const SHOWN = 100;

export function QuarantineList() {
  const [state, setState] = useState<{ rows: QuarantinedRow[]; count: number } | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const db = await openDb();
      const [count, page] = await Promise.all([countQuarantined(db), quarantinePage(db, { limit: SHOWN })]);
      if (live) setState({ rows: page.rows, count });
    })().catch((error: unknown) => console.warn('Partner Invite: cannot list quarantined records', error));
    return () => {
      live = false;
    };
  }, []);
  if (!state || state.count === 0) return null;
  return (
    <section class="opt-card" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t('options_quarantineTitle')}</h2>
      <p class="opt-card__lead">{t('options_quarantineLead')}</p>
      <ul class="opt-list" aria-label={t('options_quarantineTitle')}>
        {state.rows.map((q) => (
          <li key={q.key}>{t('options_quarantineItem', [q.id, String(q.fromVersion), q.reason])}</li>
        ))}
        {state.count > state.rows.length && (
          <li class="opt-muted">{tPlural('options_andMore', state.count - state.rows.length)}</li>
        )}
      </ul>
    </section>
  );
}
