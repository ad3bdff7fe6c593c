// "Import Partner Center customer list": Customers.csv is parsed and matched against every
// pending invitation, the result is SHOWN with the reason for each match, the partner may
// untick any, and only "Apply" marks the ticked ones accepted (through the worker). A broken
// or foreign file gets the reason and changes nothing. The matcher carries the public suffix
// list (tldts, about 50 KB gzip) in the options page: loading it lazily put Vite's preload
// helper into a chunk the popup's boot script shares, over the popup's size budget.
import { useState } from 'preact/hooks';
import { matchCustomers, parseCustomersCsv, type MatchResult } from '../../core/customers-csv';
import { decodeText } from '../../core/text-decode';
import { send } from '../../platform/send';
import { Button, Notice } from '../../ui';
import { t, tPlural } from '../../platform/i18n';
import { FilePicker } from '../components/FilePicker';
import { localizedError } from '../../ui/localized-error';
import { readAllPending } from '../pending';
import { errorText } from '../../ui/error-text';
import { encodingNote } from './csv-encoding';
import { CsvMatchTable } from './CsvMatchTable';

type State =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'preview'; file: string; result: MatchResult; warnings: string[]; ticked: ReadonlySet<string> }
  | { step: 'done'; changed: number };

const SHOWN = 200;

export function CustomersImportSection() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  /** How the chosen file was decoded (Excel may save UTF-8, UTF-16 or Windows-1252). */
  const [readAs, setReadAs] = useState<string | null>(null);

  const onBytes = (bytes: Uint8Array, file: string) => {
    const decoded = decodeText(bytes);
    setReadAs(encodingNote(decoded));
    void onText(decoded.text, file);
  };

  const onText = async (text: string, file: string) => {
    const parsed = parseCustomersCsv(text);
    if (!parsed.ok) {
      const subs = [String(parsed.row ?? ''), (parsed.missing ?? []).join(', ')];
      setState({ step: 'error', message: localizedError('options_csvErr_', parsed.code, parsed.error, subs) });
      return;
    }
    try {
      const pending = await readAllPending();
      const result = matchCustomers(parsed.rows, pending);
      const ticked = new Set(result.matched.filter((m) => m.suggested).map((m) => m.invitation.id));
      setState({ step: 'preview', file, result, warnings: parsed.warnings, ticked });
    } catch (e) {
      setState({ step: 'error', message: errorText(e) });
    }
  };

  const apply = async () => {
    if (state.step !== 'preview' || state.ticked.size === 0) return;
    setBusy(true);
    try {
      const ids = state.result.matched.map((m) => m.invitation.id).filter((id) => state.ticked.has(id));
      // The list shows reseller relationships: it marks the reseller part, not a GDAP request.
      const { changed } = await send({
        type: 'invitation/act',
        ids,
        action: 'accept',
        part: 'reseller',
        note: t('options_csvNote'),
      });
      setState({ step: 'done', changed });
      setInputKey((k) => k + 1);
    } catch (e) {
      setState({ step: 'error', message: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="opt-card" aria-labelledby="csv-title">
      <h2 id="csv-title">{t('options_csvTitle')}</h2>
      <p class="opt-card__lead">{t('options_csvLead')}</p>
      <FilePicker
        label={t('options_csvFile')}
        hint={t('options_csvFileHint')}
        // .txt: Excel's "Unicode Text" (UTF-16, tab-separated) is the other way it saves the list.
        accept=".csv,text/csv,.txt,text/plain"
        inputKey={inputKey}
        tooLargeText={t('options_fileTooLarge')}
        onError={(message) => {
          setReadAs(null);
          setState({ step: 'error', message });
        }}
        onBytes={onBytes}
      />
      {readAs && (state.step === 'preview' || state.step === 'error') && (
        <p class="opt-muted opt-small" data-testid="csv-encoding">
          {readAs}
        </p>
      )}
      {state.step === 'error' && (
        <Notice tone="error" role="alert" title={t('options_csvError')}>
          <p>{state.message}</p>
          <p>{t('options_nothingChanged')}</p>
        </Notice>
      )}
      {state.step === 'done' && (
        <Notice tone="ok" role="status">
          {tPlural('options_csvApplied', state.changed)}
        </Notice>
      )}
      {state.step === 'preview' && (
        <div data-testid="csv-preview">
          <div class="opt-summary">
            <div>
              <strong>{state.result.matched.length}</strong>
              {tPlural('options_csvMatchedCount', state.result.matched.length)}
            </div>
            <div>
              <strong>{state.result.unmatchedInvitations.length}</strong>
              {tPlural('options_csvPendingLeft', state.result.unmatchedInvitations.length)}
            </div>
            <div>
              <strong>{state.result.unmatchedRows.length}</strong>
              {tPlural('options_csvRowsLeft', state.result.unmatchedRows.length)}
            </div>
          </div>
          {state.warnings.length > 0 && (
            <Notice tone="warn" title={t('options_csvWarnings')}>
              <ul>
                {state.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </Notice>
          )}
          <h3>{t('options_csvMatchedTitle')}</h3>
          {state.result.matched.length === 0 ? (
            <p class="opt-muted">{t('options_csvNoMatch')}</p>
          ) : (
            <CsvMatchTable
              matched={state.result.matched}
              ticked={state.ticked}
              onTick={(ids, on) =>
                setState((st) => {
                  if (st.step !== 'preview') return st;
                  const ticked = new Set(st.ticked);
                  for (const id of ids) {
                    if (on) ticked.add(id);
                    else ticked.delete(id);
                  }
                  return { ...st, ticked };
                })
              }
            />
          )}
          <h3>{t('options_csvPendingLeftTitle')}</h3>
          <ul class="opt-list" aria-label={t('options_csvPendingLeftTitle')}>
            {state.result.unmatchedInvitations.slice(0, SHOWN).map((i) => (
              <li key={i.id}>
                {i.customerName} <span class="opt-muted">({i.customerEmail})</span>
              </li>
            ))}
            {state.result.unmatchedInvitations.length === 0 && <li class="opt-muted">{t('options_none')}</li>}
          </ul>
          <h3>{t('options_csvRowsLeftTitle')}</h3>
          <ul class="opt-list" aria-label={t('options_csvRowsLeftTitle')}>
            {state.result.unmatchedRows.slice(0, SHOWN).map((r) => (
              <li key={r.row}>
                {r.companyName || r.primaryDomain}{' '}
                <span class="opt-muted">{r.primaryDomain && r.companyName ? `(${r.primaryDomain})` : ''}</span>
              </li>
            ))}
            {state.result.unmatchedRows.length === 0 && <li class="opt-muted">{t('options_none')}</li>}
            {state.result.unmatchedRows.length > SHOWN && (
              <li class="opt-muted">{tPlural('options_andMore', state.result.unmatchedRows.length - SHOWN)}</li>
            )}
          </ul>
          <div class="opt-footer">
            <Button variant="primary" disabled={busy || state.ticked.size === 0} onClick={() => void apply()}>
              {tPlural('options_csvApply', state.ticked.size)}
            </Button>
            <Button
              onClick={() => {
                setState({ step: 'idle' });
                setInputKey((k) => k + 1);
              }}
            >
              {t('options_discard')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
