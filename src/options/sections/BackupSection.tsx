// Backup: export every invitation, the quarantined rows and the settings to a versioned JSON
// file, built and read in pieces whatever its size, with progress throughout; import one back
// after a preview of what it will change. A file that is not a backup is refused with the
// reason and changes nothing; inside a good file, refused invitations are listed with their
// reason and the rest is restored; the report says exactly what was written.
import { useState } from 'preact/hooks';
import { backupFileName, type RowRefusal } from '../../core/backup';
import { Button, Notice } from '../../ui';
import { t, tPlural } from '../../platform/i18n';
import { FilePicker } from '../components/FilePicker';
import { downloadBlob } from '../download';
import { formatDateTime } from '../format';
import { localizedError } from '../../ui/localized-error';
import { errorText } from '../../ui/error-text';
import { exportBackup } from '../backup-export';
import { scanBackup, type RestoreProgress, type ScanReport } from '../backup-restore';
import { QuarantineList } from './QuarantineList';

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'reading'; progress: RestoreProgress }
  | { step: 'preview'; file: File; report: ScanReport }
  | { step: 'restoring'; file: File; progress: RestoreProgress }
  | { step: 'done'; report: ScanReport };

const n = (x: number) => x.toLocaleString();
const percent = (p: RestoreProgress) => String(p.total === 0 ? 100 : Math.floor((100 * p.bytes) / p.total));

/** Progress updates at most every 100 ms: a 90 MB file arrives in over a thousand pieces. */
function throttled<T>(set: (value: T) => void): (value: T) => void {
  let last = 0;
  return (value) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    set(value);
  };
}

function refusalText(r: RowRefusal): string {
  return t(`options_backupRefused_${r.code.replace(/-/g, '_')}`, [String(r.index), r.id || '—', r.detail]);
}

function Progress(props: { label: string; value: number; max: number; text: string }) {
  return (
    <div class="opt-progress">
      <progress aria-label={props.label} value={props.value} max={props.max} />
      <p role="status">{props.text}</p>
    </div>
  );
}

function Refused({ report }: { report: ScanReport }) {
  if (report.refusedCount === 0) return null;
  return (
    <Notice tone="warn" title={t('options_importRefusedTitle', n(report.refusedCount))}>
      <ul aria-label={t('options_importRefusedTitle', n(report.refusedCount))}>
        {report.refused.map((r) => (
          <li key={r.index}>{refusalText(r)}</li>
        ))}
        {report.refusedCount > report.refused.length && (
          <li>{tPlural('options_andMore', report.refusedCount - report.refused.length)}</li>
        )}
      </ul>
    </Notice>
  );
}

export function BackupSection() {
  const [exportStatus, setExportStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [inputKey, setInputKey] = useState(0);
  const busy = exporting !== null || state.step === 'reading' || state.step === 'restoring';

  const doExport = async () => {
    setExportStatus(null);
    setExporting({ done: 0, total: 0 });
    try {
      const now = Date.now();
      const result = await exportBackup(now, throttled(setExporting));
      downloadBlob(result.blob, backupFileName(now));
      setExportStatus({
        tone: 'ok',
        text:
          result.quarantined > 0
            ? tPlural('options_backupExportedQuarantine', result.invitations, [String(result.quarantined)])
            : tPlural('options_backupExported', result.invitations),
      });
    } catch (e) {
      setExportStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setExporting(null);
    }
  };

  const onFile = async (file: File) => {
    setState({ step: 'reading', progress: { bytes: 0, total: file.size, rows: 0 } });
    const report = await scanBackup(
      file,
      false,
      throttled((progress) => setState({ step: 'reading', progress })),
    );
    if (report.fatal)
      setState({ step: 'error', message: localizedError('options_backupErr_', report.fatal.code, report.fatal.error) });
    else if (report.stopped) setState({ step: 'error', message: report.stopped });
    else setState({ step: 'preview', file, report });
  };

  const restore = async () => {
    if (state.step !== 'preview') return;
    const file = state.file;
    setState({ step: 'restoring', file, progress: { bytes: 0, total: file.size, rows: 0 } });
    const report = await scanBackup(
      file,
      true,
      throttled((progress) => setState({ step: 'restoring', file, progress })),
    );
    setState({ step: 'done', report });
    setInputKey((k) => k + 1);
  };

  const done = state.step === 'done' ? state.report : null;
  const stoppedText = done
    ? (done.stopped ??
      (done.fatal ? localizedError('options_backupErr_', done.fatal.code, done.fatal.error) : undefined))
    : undefined;

  return (
    <>
      <section class="opt-card" aria-labelledby="export-title">
        <h2 id="export-title">{t('options_exportTitle')}</h2>
        <p class="opt-card__lead">{t('options_exportLead')}</p>
        {exporting && (
          <Progress
            label={t('options_exportTitle')}
            value={exporting.done}
            max={Math.max(exporting.total, 1)}
            text={tPlural('options_exportProgress', exporting.total, [n(exporting.done)])}
          />
        )}
        {exportStatus && (
          <Notice tone={exportStatus.tone} role={exportStatus.tone === 'error' ? 'alert' : 'status'}>
            {exportStatus.text}
          </Notice>
        )}
        <div class="opt-footer">
          <Button variant="primary" disabled={busy} onClick={() => void doExport()}>
            {t('options_exportButton')}
          </Button>
        </div>
      </section>
      <section class="opt-card" aria-labelledby="import-title">
        <h2 id="import-title">{t('options_importTitle')}</h2>
        <p class="opt-card__lead">{t('options_importLead')}</p>
        <FilePicker
          label={t('options_importFile')}
          accept=".json,application/json"
          inputKey={inputKey}
          tooLargeText={t('options_fileTooLarge')}
          onError={(message) => setState({ step: 'error', message })}
          onFile={(file) => void onFile(file)}
        />
        {(state.step === 'reading' || state.step === 'restoring') && (
          <Progress
            label={t('options_importTitle')}
            value={state.progress.bytes}
            max={Math.max(state.progress.total, 1)}
            text={tPlural(
              state.step === 'reading' ? 'options_importReading' : 'options_importRestoring',
              state.progress.rows,
              [percent(state.progress)],
            )}
          />
        )}
        {state.step === 'error' && (
          <Notice tone="error" role="alert" title={t('options_importError')}>
            <p>{state.message}</p>
            <p>{t('options_nothingChanged')}</p>
          </Notice>
        )}
        {done && stoppedText !== undefined && (
          <Notice tone="error" role="alert" title={t('options_importError')}>
            <p>{t('options_importStopped', [stoppedText, n(done.counts.added), n(done.counts.updated)])}</p>
          </Notice>
        )}
        {done && stoppedText === undefined && (
          <Notice tone="ok" role="status" title={t('options_importDone')}>
            <p>
              {t('options_importDoneCounts', [n(done.counts.added), n(done.counts.updated), n(done.counts.unchanged)])}
            </p>
            <p>
              {done.settingsOutcome === 'written'
                ? t('options_importSettingsChanged')
                : done.settingsOutcome === 'same'
                  ? t('options_importSettingsSame')
                  : t('options_importSettingsSkipped', done.settingsOutcome?.skipped ?? '')}
            </p>
            {done.quarantined > 0 && <p>{t('options_importQuarantine', n(done.quarantined))}</p>}
          </Notice>
        )}
        {done && <Refused report={done} />}
        {state.step === 'preview' && (
          <div data-testid="backup-preview">
            <p>{t('options_importFrom', formatDateTime(state.report.exportedAt))}</p>
            <div class="opt-summary">
              <div>
                <strong>{n(state.report.counts.added)}</strong>
                {t('options_importAdd')}
              </div>
              <div>
                <strong>{n(state.report.counts.updated)}</strong>
                {t('options_importUpdate')}
              </div>
              <div>
                <strong>{n(state.report.counts.unchanged)}</strong>
                {t('options_importUnchanged')}
              </div>
            </div>
            <p>
              {!state.report.settings.ok
                ? t('options_importSettingsInvalid', state.report.settings.reason)
                : state.report.settings.differ
                  ? t('options_importSettingsWill')
                  : t('options_importSettingsSameNow')}
            </p>
            {state.report.quarantined > 0 && <p>{t('options_importQuarantine', n(state.report.quarantined))}</p>}
            <Refused report={state.report} />
            <div class="opt-footer">
              <Button variant="primary" disabled={busy} onClick={() => void restore()}>
                {t('options_importButton')}
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
      <QuarantineList />
    </>
  );
}
