// Subject and body of the email. The partner edits freely; re-rendering from the template
// never overwrites edits silently (see core/compose.ts reconcileDraft): it offers to.
import { isLanguage, LANGUAGES, type Language } from '../../core/languages';
import { Button, Notice, SelectField, TextArea, TextField } from '../../ui';
import { t } from '../../platform/i18n';

export function DraftEditor(props: {
  language: Language;
  onLanguage: (v: Language) => void;
  subject: string;
  text: string;
  edited: boolean;
  stale: boolean;
  invalid: boolean;
  onSubject: (v: string) => void;
  onText: (v: string) => void;
  onRegenerate: () => void;
}) {
  return (
    <>
      <SelectField
        id="pp-language"
        label={t('popup_email_language')}
        value={props.language}
        options={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
        onValue={(v) => {
          if (isLanguage(v)) props.onLanguage(v);
        }}
      />
      <TextField
        id="pp-subject"
        label={t('popup_subject')}
        value={props.subject}
        onValue={props.onSubject}
        lang={props.language}
        maxLength={300}
        spellcheck
      />
      <TextArea
        id="pp-body"
        label={t('popup_body')}
        value={props.text}
        onValue={props.onText}
        lang={props.language}
        rows={10}
        maxLength={100_000}
        error={props.invalid ? t('popup_body_link_problem') : null}
      />
      {props.stale ? (
        <Notice tone="info" role="status" id="pp-stale">
          <p>{t('popup_stale_note')}</p>
          <Button small onClick={props.onRegenerate}>
            {t('popup_regenerate')}
          </Button>
        </Notice>
      ) : props.edited ? (
        <div class="pp-subtle-actions">
          <span class="pp-small" style={{ margin: 0 }}>
            {t('popup_edited_note')}
          </span>
          <Button small variant="ghost" onClick={props.onRegenerate}>
            {t('popup_regenerate')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
