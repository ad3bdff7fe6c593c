// Defaults for new invitations and reminders. Delegated admin is forced on (and the box
// disabled, with the reason) when the profile's cloud requires it (docs/domain.md#clouds).
// Save writes only the fields changed on this page, against the latest stored values; the
// fields not touched here follow changes made meanwhile in another tab or on another device.
import { useEffect, useState } from 'preact/hooks';
import { CLOUDS } from '../../core/clouds';
import { effectiveDap } from '../../core/dap';
import { isLanguage, languageEntry, LANGUAGES } from '../../core/languages';
import { defaultsSchema, type Defaults, type Settings } from '../../core/settings';
import { ensureNotificationPermission } from '../../platform/permissions';
import { updateSettings } from '../../platform/settings';
import { Button, Checkbox, Notice, SelectField, TextField } from '../../ui';
import { t, uiLanguage } from '../../platform/i18n';
import { errorText } from '../../ui/error-text';
import { useEdits } from '../use-edits';

type Status = { tone: 'ok' | 'error' | 'warn'; text: string } | null;
type FormField = 'dap' | 'language' | 'first' | 'every' | 'notify';

function days(value: string): number | null {
  return /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : null;
}

export function DefaultsSection({ settings }: { settings: Settings }) {
  const d = settings.defaults;
  const cloud = settings.profile?.cloud ?? 'public';
  const forced = CLOUDS[cloud].dapRequired;
  const [dap, setDap] = useState(d.dap);
  const [language, setLanguage] = useState(d.language);
  const [first, setFirst] = useState(String(d.firstFollowUpDays));
  const [every, setEvery] = useState(String(d.followUpEveryDays));
  const [notify, setNotify] = useState(settings.notifications);
  const [asking, setAsking] = useState(false);
  const [errors, setErrors] = useState<{ first?: string; every?: string }>({});
  const [status, setStatus] = useState<Status>(null);
  // The fields edited here since the last save: only these are written, and only these keep
  // their on-screen value when the stored settings change.
  const { edited: dirty, touch, saving } = useEdits<FormField>();

  useEffect(() => {
    if (!dirty.has('dap')) setDap(d.dap);
    if (!dirty.has('language')) setLanguage(d.language);
    if (!dirty.has('first')) setFirst(String(d.firstFollowUpDays));
    if (!dirty.has('every')) setEvery(String(d.followUpEveryDays));
    if (!dirty.has('notify')) setNotify(settings.notifications);
    // Only a change of the stored values re-runs this; the dirty set is read as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [d.dap, d.language, d.firstFollowUpDays, d.followUpEveryDays, settings.notifications]);

  const toggleNotify = (on: boolean) => {
    setStatus(null);
    if (!on) {
      setNotify(false);
      touch('notify');
      return;
    }
    // Asked right away, inside the click, as permission prompts require a user gesture. The box
    // stays unticked (the re-render puts it back) until the browser's prompt is answered.
    setAsking(true);
    void ensureNotificationPermission()
      .catch(() => false)
      .then((granted) => {
        setAsking(false);
        setNotify(granted);
        touch('notify');
        if (!granted) setStatus({ tone: 'warn', text: t('options_notifyDenied') });
      });
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const f = days(first);
    const ev = days(every);
    const next = { dap: effectiveDap(cloud, dap), language, firstFollowUpDays: f ?? -1, followUpEveryDays: ev ?? -1 };
    const parsed = defaultsSchema.safeParse(next);
    const errs: { first?: string; every?: string } = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'firstFollowUpDays') errs.first = t('options_errDays');
        if (issue.path[0] === 'followUpEveryDays') errs.every = t('options_errDays');
      }
    }
    setErrors(errs);
    if (!parsed.success) {
      setStatus({ tone: 'error', text: t('options_defaultsNotSaved') });
      return;
    }
    const changed: Partial<Defaults> = {};
    if (dirty.has('dap') && !forced) changed.dap = parsed.data.dap;
    if (dirty.has('language')) changed.language = parsed.data.language;
    if (dirty.has('first')) changed.firstFollowUpDays = parsed.data.firstFollowUpDays;
    if (dirty.has('every')) changed.followUpEveryDays = parsed.data.followUpEveryDays;
    const saved = saving();
    try {
      await updateSettings({ defaults: changed, ...(dirty.has('notify') ? { notifications: notify } : {}) });
      saved();
      setStatus({ tone: 'ok', text: t('options_defaultsSaved') });
    } catch (error) {
      setStatus({ tone: 'error', text: t('options_saveFailed', errorText(error)) });
    }
  };

  return (
    <form class="opt-card" onSubmit={(e) => void save(e)} noValidate aria-labelledby="defaults-title">
      <h2 id="defaults-title">{t('options_defaultsTitle')}</h2>
      <p class="opt-card__lead">{t('options_defaultsLead')}</p>
      <Checkbox
        id="defaults-dap"
        label={t('options_dapLabel')}
        checked={effectiveDap(cloud, dap)}
        disabled={forced}
        onChange={(v) => {
          setDap(v);
          touch('dap');
          setStatus(null);
        }}
        hint={forced ? t('options_dapForced') : t('options_dapHint')}
      />
      <div class="opt-grid opt-grid--3">
        <SelectField
          id="defaults-language"
          label={t('options_emailLanguage')}
          value={language ?? ''}
          onValue={(v) => {
            setLanguage(isLanguage(v) ? v : null);
            touch('language');
            setStatus(null);
          }}
          // "Same as the browser" stores nothing, so each device follows its own browser language.
          options={[
            { value: '', label: t('options_langBrowser', languageEntry(uiLanguage()).label) },
            ...LANGUAGES.map((l) => ({ value: l.code, label: l.label })),
          ]}
        />
        <TextField
          id="defaults-first"
          label={t('options_firstFollowUp')}
          type="number"
          inputMode="numeric"
          value={first}
          onValue={(v) => {
            setFirst(v);
            touch('first');
            setErrors((x) => ({ ...x, first: undefined }));
          }}
          error={errors.first ?? null}
          hint={t('options_daysHint')}
        />
        <TextField
          id="defaults-every"
          label={t('options_followUpEvery')}
          type="number"
          inputMode="numeric"
          value={every}
          onValue={(v) => {
            setEvery(v);
            touch('every');
            setErrors((x) => ({ ...x, every: undefined }));
          }}
          error={errors.every ?? null}
          hint={t('options_daysHint')}
        />
      </div>
      <Checkbox
        id="defaults-notify"
        label={t('options_notifyLabel')}
        checked={notify}
        disabled={asking}
        onChange={toggleNotify}
        hint={asking ? t('options_notifyAsking') : t('options_notifyHint')}
      />
      {status && (
        <Notice tone={status.tone} role={status.tone === 'error' ? 'alert' : 'status'}>
          {status.text}
        </Notice>
      )}
      <div class="opt-footer">
        <Button type="submit" variant="primary">
          {t('options_save')}
        </Button>
      </div>
    </form>
  );
}
