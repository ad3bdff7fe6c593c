// Backup: export every invitation and the settings to a versioned JSON file; import one back
// after showing what it will change. The worker validates the file again and restores it
// idempotently; a broken or foreign file is refused with the reason and changes nothing.
import { useState } from 'preact/hooks';
import {
  backupFileName,
  makeBackup,
  parseBackup,
  planRestore,
  settingsEqual,
  type Backup,
  type RestorePlan,
} from '../../core/backup';
import { exportAll, openDb, updatedAtOf } from '../../platform/db';
import { send } from '../../platform/send';
import { loadSettings } from '../../platform/settings';
import { Button, Notice } from '../../ui';
import { t, tPlural } from '../../platform/i18n';
import { FilePicker } from '../components/FilePicker';
import { downloadText } from '../download';
import { formatDateTime } from '../format';
import { localizedError } from '../../ui/localized-error';
import { errorText } from '../../ui/error-text';

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'preview'; text: string; backup: Backup; plan: RestorePlan; settingsDiffer: boolean }
  | { step: 'done'; added: number; updated: number; unchanged: number; settingsChanged: boolean };

async function planFor(backup: Backup): Promise<{ plan: RestorePlan; settingsDiffer: boolean }> {
  const db = await openDb();
  const stored = await updatedAtOf(
    db,
    backup.invitations.map((i) => i.id),
  );
  const plan = planRestore(stored, backup.invitations);
  const current = await loadSettings();
  return { plan, settingsDiffer: !settingsEqual(current, backup.settings) };
}

export function BackupSection() {
  const [exportStatus, setExportStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const doExport = async () => {
    setBusy(true);
    try {
      const db = await openDb();
      const [invitations, settings] = await Promise.all([exportAll(db), loadSettings()]);
      const now = Date.now();
      downloadText(`${JSON.stringify(makeBackup(invitations, settings, now), null, 1)}\n`, backupFileName(now));
      setExportStatus({ tone: 'ok', text: tPlural('options_backupExported', invitations.length) });
    } catch (e) {
      setExportStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const onText = async (text: string) => {
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setState({
        step: 'error',
        message: localizedError('options_backupErr_', parsed.code, parsed.error, [String(parsed.index ?? '')]),
      });
      return;
    }
    try {
      setState({ step: 'preview', text, backup: parsed.value, ...(await planFor(parsed.value)) });
    } catch (e) {
      setState({ step: 'error', message: errorText(e) });
    }
  };

  const restore = async () => {
    if (state.step !== 'preview') return;
    setBusy(true);
    try {
      // The file's text, not the parsed object: the worker parses and validates it again itself.
      const r = await send({ type: 'backup/import', backup: state.text });
      setState({ step: 'done', ...r });
      setInputKey((k) => k + 1);
    } catch (e) {
      setState({ step: 'error', message: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section class="opt-card" aria-labelledby="export-title">
        <h2 id="export-title">{t('options_exportTitle')}</h2>
        <p class="opt-card__lead">{t('options_exportLead')}</p>
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
          onText={(text) => void onText(text)}
        />
        {state.step === 'error' && (
          <Notice tone="error" role="alert" title={t('options_importError')}>
            <p>{state.message}</p>
            <p>{t('options_nothingChanged')}</p>
          </Notice>
        )}
        {state.step === 'done' && (
          <Notice tone="ok" role="status" title={t('options_importDone')}>
            <p>
              {t('options_importDoneCounts', [String(state.added), String(state.updated), String(state.unchanged)])}
            </p>
            <p>{state.settingsChanged ? t('options_importSettingsChanged') : t('options_importSettingsSame')}</p>
          </Notice>
        )}
        {state.step === 'preview' && (
          <div data-testid="backup-preview">
            <p>{t('options_importFrom', formatDateTime(Date.parse(state.backup.exportedAt)))}</p>
            <div class="opt-summary">
              <div>
                <strong>{state.plan.add.length}</strong>
                {t('options_importAdd')}
              </div>
              <div>
                <strong>{state.plan.update.length}</strong>
                {t('options_importUpdate')}
              </div>
              <div>
                <strong>{state.plan.unchanged}</strong>
                {t('options_importUnchanged')}
              </div>
            </div>
            <p>{state.settingsDiffer ? t('options_importSettingsWill') : t('options_importSettingsSameNow')}</p>
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
    </>
  );
}
