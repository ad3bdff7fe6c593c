// Email templates per language: edit subject and body, insert placeholders, see the email
// rendered live with sample data (with or without a GDAP request link). A body without {{link}} is
// refused with the reason.
import { useMemo, useRef, useState } from 'preact/hooks';
import { effectiveDap } from '../../core/dap';
import { linkForProfile } from '../../core/compose';
import { emailLanguage, languageEntry, LANGUAGE_CODES, LANGUAGES, type Language } from '../../core/languages';
import type { EmailTemplate, Settings } from '../../core/settings';
import { PLACEHOLDERS, defaultTemplate, renderInvitation, templateProblems } from '../../core/template';
import { updateSettings, type SettingsChange } from '../../platform/settings';
import { Button, Checkbox, Field, Notice, Tabs, TabPanel, TextField } from '../../ui';
import { t, uiLanguage } from '../../platform/i18n';
import { TemplatePreview } from './TemplatePreview';
import { errorText } from '../../ui/error-text';
import { useEdits } from '../use-edits';

type Status = { tone: 'ok' | 'error'; text: string } | null;
const SAMPLE_PARTNER_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
/** A GDAP request link of the documented shape (docs/domain.md#dap-and-gdap), for the preview. */
const SAMPLE_GDAP_LINK =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/00000000-0000-4000-8000-000000000000-11111111-1111-4111-8111-111111111111';

function sameTemplate(a: EmailTemplate, b: EmailTemplate): boolean {
  return a.subject === b.subject && a.body === b.body;
}

/** The link the preview shows: the one the popup would send for the profile, else a sample. */
function previewLink(settings: Settings, dap: boolean): string {
  const built = settings.profile ? linkForProfile(settings.profile, dap) : null;
  return built?.ok
    ? built.value
    : `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${SAMPLE_PARTNER_ID}&msppId=0&DAP=${dap}#/BillingAccounts/partner-invitation`;
}

export function TemplatesSection({ settings }: { settings: Settings }) {
  const [lang, setLang] = useState<Language>(() => emailLanguage(settings.defaults.language, uiLanguage()));
  const [drafts, setDrafts] = useState(
    () =>
      Object.fromEntries(LANGUAGE_CODES.map((l) => [l, settings.templates[l] ?? defaultTemplate(l)])) as Record<
        Language,
        EmailTemplate
      >,
  );
  // The languages edited on this page since it opened (or since their reset): only those are
  // saved, so a template changed elsewhere meanwhile is not overwritten by this page's copy.
  const { edited, touch, forget, saving: startSave } = useEdits<Language>();
  const [status, setStatus] = useState<Status>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const draft = drafts[lang];

  const edit = (patch: Partial<EmailTemplate>) => {
    setDrafts((d) => ({ ...d, [lang]: { ...d[lang], ...patch } }));
    touch(lang);
    setStatus(null);
  };

  const problems = useMemo(() => templateProblems(draft), [draft]);
  const blocking = problems.filter((p) => p.code !== 'unknown-placeholder');
  const unknown = problems.filter((p) => p.code === 'unknown-placeholder');
  const cloud = settings.profile?.cloud ?? 'public';
  const dap = effectiveDap(cloud, settings.defaults.dap);
  const link = useMemo(() => previewLink(settings, dap), [settings, dap]);
  // The GDAP paragraphs show only in an email that carries a GDAP link: preview either way.
  const [withGdap, setWithGdap] = useState(true);
  const gdapLink = withGdap ? SAMPLE_GDAP_LINK : '';
  const rendered = useMemo(
    () =>
      renderInvitation(draft, {
        customerName: t('options_sampleCustomer'),
        partnerName: settings.profile?.companyName || t('options_samplePartner'),
        link,
        gdapLink,
        cloud,
        dap,
        language: lang,
      }),
    [draft, link, gdapLink, lang, settings, cloud, dap],
  );

  const insert = (name: string) => {
    const el = body.current;
    const token = `{{${name}}}`;
    const start = el?.selectionStart ?? draft.body.length;
    const end = el?.selectionEnd ?? draft.body.length;
    edit({ body: draft.body.slice(0, start) + token + draft.body.slice(end) });
    // Put the caret after the inserted placeholder once Preact has re-rendered.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  /** Store the templates; true when they were saved. */
  const store = async (templates: NonNullable<SettingsChange['templates']>, okText: string): Promise<boolean> => {
    try {
      await updateSettings({ templates });
      setStatus({ tone: 'ok', text: okText });
      return true;
    } catch (error) {
      setStatus({ tone: 'error', text: t('options_saveFailed', errorText(error)) });
      return false;
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    // Every language edited is saved, not only the tab on screen: an edit left on the other tab
    // would otherwise be lost when the page closes, after a "Template saved." that looked final.
    const saving = LANGUAGE_CODES.filter((l) => l === lang || edited.has(l));
    const refusedHere = (l: Language) => templateProblems(drafts[l]).some((p) => p.code !== 'unknown-placeholder');
    // The tab on screen first: its problem is the one the partner is looking at.
    const refused = refusedHere(lang) ? lang : saving.find(refusedHere);
    if (refused) {
      // Show the language with the problem: its fields carry the message.
      setLang(refused);
      setStatus({ tone: 'error', text: t('options_templateNotSaved') });
      requestAnimationFrame(() => body.current?.focus());
      return;
    }
    const templates: NonNullable<SettingsChange['templates']> = {};
    // The shipped default is not stored, so later wording fixes reach the user.
    for (const l of saving) templates[l] = sameTemplate(drafts[l], defaultTemplate(l)) ? null : drafts[l];
    const savedText =
      saving.length > 1
        ? t('options_templatesSaved', saving.map((l) => languageEntry(l).label).join(', '))
        : t('options_templateSaved');
    const saved = startSave();
    if (await store(templates, savedText)) saved();
  };

  const reset = async () => {
    const def = defaultTemplate(lang);
    setDrafts((d) => ({ ...d, [lang]: def }));
    forget(lang);
    await store({ [lang]: null }, t('options_templateReset'));
  };

  const bodyError = blocking.find((p) => p.where === 'body' && p.code === 'missing-link')
    ? t('options_errTemplateNoLink')
    : null;
  const inSubject = blocking.find((p) => p.code === 'link-in-subject');
  const subjectError = inSubject ? t('options_errTemplateLinkInSubject', inSubject.placeholder ?? '{{link}}') : null;

  return (
    <form class="opt-card opt-template" onSubmit={(e) => void save(e)} noValidate aria-labelledby="templates-title">
      <h2 id="templates-title">{t('options_templatesTitle')}</h2>
      <p class="opt-card__lead">{t('options_templatesLead')}</p>
      <Tabs
        idPrefix="tpl"
        label={t('options_templateLanguage')}
        selected={lang}
        onSelect={(k) => {
          setLang(k);
          setStatus(null);
        }}
        tabs={LANGUAGES.map((l) => ({ key: l.code, label: l.label }))}
      />
      <TabPanel idPrefix="tpl" tabKey={lang}>
        <div class="opt-split">
          <div>
            <TextField
              id="tpl-subject"
              label={t('options_templateSubject')}
              value={draft.subject}
              onValue={(v) => edit({ subject: v })}
              lang={lang}
              error={subjectError}
              spellcheck
            />
            <div class="pi-field">
              <span class="pi-field__label" id="tpl-placeholders-label">
                {t('options_placeholders')}
              </span>
              <div class="opt-chips" role="group" aria-labelledby="tpl-placeholders-label">
                {PLACEHOLDERS.map((p) => (
                  <Button
                    key={p}
                    small
                    onClick={() => insert(p)}
                    label={t('options_insertPlaceholder', `{{${p}}}`)}
                  >{`{{${p}}}`}</Button>
                ))}
              </div>
            </div>
            <Field
              id="tpl-body"
              label={t('options_templateBody')}
              error={bodyError}
              hint={t('options_templateBodyHint')}
            >
              {({ id, describedBy, invalid }) => (
                <textarea
                  class="pi-textarea"
                  id={id}
                  ref={body}
                  lang={lang}
                  rows={18}
                  value={draft.body}
                  aria-invalid={invalid}
                  aria-describedby={describedBy}
                  onInput={(e) => edit({ body: e.currentTarget.value })}
                />
              )}
            </Field>
          </div>
          <div>
            <span class="pi-field__label">{t('options_preview')}</span>
            <Checkbox
              id="tpl-preview-gdap"
              label={t('options_previewWithGdap')}
              checked={withGdap}
              onChange={setWithGdap}
            />
            <TemplatePreview
              subject={rendered.subject}
              text={rendered.text}
              links={gdapLink ? [link, gdapLink] : [link]}
              label={t('options_preview')}
              lang={lang}
            />
            {unknown.length > 0 && (
              <Notice tone="warn" role="status" title={t('options_unknownPlaceholders')}>
                <ul>
                  {unknown.map((p) => (
                    <li key={`${p.where}${p.placeholder ?? ''}`}>{p.placeholder}</li>
                  ))}
                </ul>
              </Notice>
            )}
          </div>
        </div>
      </TabPanel>
      {status && (
        <Notice tone={status.tone} role={status.tone === 'error' ? 'alert' : 'status'}>
          {status.text}
        </Notice>
      )}
      <div class="opt-footer">
        <Button type="submit" variant="primary">
          {t('options_save')}
        </Button>
        <Button onClick={() => void reset()}>{t('options_templateResetButton')}</Button>
      </div>
    </form>
  );
}
