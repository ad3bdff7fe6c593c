// Partner profile: typed in, or filled from the link pasted from Partner Center.
// Nothing is stored until every field is valid; each problem is shown next to its field.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { effectiveDap } from '../../core/dap';
import type { Settings } from '../../core/settings';
import {
  checkProfile,
  draftFromProfile,
  type ProfileDraft,
  type ProfileField,
  type ProfileProblem,
} from '../../core/profile-form';
import { countryOptions } from '../../core/countries';
import { updateSettings } from '../../platform/settings';
import { Button, Notice, SelectField, TextField } from '../../ui';
import { t, uiLanguage } from '../../platform/i18n';
import { profileProblemText } from '../profile-messages';
import { LinkPaste, type LinkFill } from './LinkPaste';
import { errorText } from '../../ui/error-text';

type Status = { tone: 'ok' | 'error'; text: string } | null;

export function ProfileSection({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(settings.profile));
  const [problems, setProblems] = useState<Partial<Record<ProfileField, ProfileProblem>>>({});
  const [linkDap, setLinkDap] = useState<boolean | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);
  const countries = useMemo(() => countryOptions(uiLanguage()).map((c) => ({ value: c.code, label: c.name })), []);

  // Another tab (or a backup import) changed the profile: show it unless the user is mid-edit.
  useEffect(() => {
    setDraft((d) =>
      JSON.stringify(draftFromProfile(null)) === JSON.stringify(d) ? draftFromProfile(settings.profile) : d,
    );
  }, [settings.profile]);

  const set = (field: keyof ProfileDraft) => (value: string) => {
    // A pasted link is kept only while the fields still say what it says; editing one of
    // them means the partner's own values win, so the stale link must not be sent.
    // (A direct partner's link says msppId=0, so only an indirect reseller's MPN ID is in it.)
    setDraft((d) => {
      const fromLink =
        field === 'partnerTenantId' ||
        field === 'cloud' ||
        field === 'indirectProviderTenantId' ||
        (field === 'mpnId' && d.indirectProviderTenantId !== '');
      return { ...d, [field]: value, ...(fromLink && d[field] !== value ? { pastedLink: '' } : {}) };
    });
    setProblems((p) => ({ ...p, [field]: undefined }));
    setStatus(null);
  };

  const fill = (f: LinkFill) => {
    setDraft((d) => ({
      ...d,
      partnerTenantId: f.partnerTenantId,
      cloud: f.cloud,
      indirectProviderTenantId: f.indirectProviderTenantId,
      mpnId: f.mpnId || d.mpnId,
      pastedLink: f.link,
    }));
    setLinkDap(f.dap);
    setProblems({});
    setStatus(null);
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const check = checkProfile(draft);
    if (!check.ok) {
      setProblems(check.problems);
      setStatus({ tone: 'error', text: t('options_profileNotSaved') });
      // Move focus to the first field to fix, so keyboard users land on it.
      const first = (Object.keys(check.problems) as ProfileField[])[0];
      if (first) document.getElementById(`profile-${first}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      // National clouds require delegated admin (docs/domain.md#clouds); a pasted link sets the DAP default.
      const dap = effectiveDap(check.profile.cloud, linkDap ?? settings.defaults.dap);
      // Only the DAP default is written with the profile: the other defaults stay as stored (maybe newer).
      await updateSettings({ profile: check.profile, defaults: { dap } });
      setProblems({});
      setStatus({ tone: 'ok', text: t('options_profileSaved') });
    } catch (error) {
      setStatus({ tone: 'error', text: t('options_saveFailed', errorText(error)) });
    } finally {
      setSaving(false);
    }
  };

  const err = (f: ProfileField) => {
    const p = problems[f];
    return p ? profileProblemText(f, p) : null;
  };

  return (
    <>
      <LinkPaste onFill={fill} />
      <form class="opt-card" onSubmit={(e) => void save(e)} noValidate aria-labelledby="profile-title">
        <h2 id="profile-title">{t('options_profileTitle')}</h2>
        <p class="opt-card__lead">{t('options_profileLead')}</p>
        <div class="opt-grid">
          <TextField
            id="profile-companyName"
            label={t('options_companyName')}
            value={draft.companyName}
            onValue={set('companyName')}
            error={err('companyName')}
            autoComplete="organization"
            required
          />
          <TextField
            id="profile-partnerTenantId"
            label={t('options_partnerTenantId')}
            value={draft.partnerTenantId}
            onValue={set('partnerTenantId')}
            error={err('partnerTenantId')}
            hint={t('options_partnerTenantIdHint')}
            placeholder="00000000-0000-0000-0000-000000000000"
            required
          />
          <TextField
            id="profile-mpnId"
            label={t('options_mpnId')}
            value={draft.mpnId}
            onValue={set('mpnId')}
            error={err('mpnId')}
            hint={t('options_mpnIdHint')}
            inputMode="numeric"
          />
          <SelectField
            id="profile-country"
            label={t('options_country')}
            value={draft.country}
            onValue={set('country')}
            error={err('country')}
            options={[{ value: '', label: t('options_countryChoose') }, ...countries]}
            required
          />
          <SelectField
            id="profile-cloud"
            label={t('options_cloud')}
            value={draft.cloud}
            onValue={set('cloud')}
            error={err('cloud')}
            hint={draft.cloud === 'public' ? undefined : t('options_cloudNationalHint')}
            options={[
              { value: 'public', label: t('options_cloudPublic') },
              { value: 'usgov', label: t('options_cloudUsgov') },
              { value: 'germany', label: t('options_cloudGermany') },
            ]}
          />
          <TextField
            id="profile-indirectProviderTenantId"
            label={t('options_indirectProvider')}
            optionalText={t('options_optional')}
            value={draft.indirectProviderTenantId}
            onValue={set('indirectProviderTenantId')}
            error={err('indirectProviderTenantId')}
            hint={t('options_indirectProviderHint')}
            placeholder="00000000-0000-0000-0000-000000000000"
          />
        </div>
        {status && (
          <Notice tone={status.tone} role={status.tone === 'error' ? 'alert' : 'status'}>
            {status.text}
          </Notice>
        )}
        <div class="opt-footer">
          <Button type="submit" variant="primary" disabled={saving}>
            {t('options_save')}
          </Button>
        </div>
      </form>
    </>
  );
}
