// The email: its language, and either the compact preview or the editor ("Edit email"). The
// preview keeps the compose tab short enough for the link status and actions to stay in view.
import { useEffect, useRef } from 'preact/hooks';
import { isLanguage, LANGUAGES, type Language } from '../../core/languages';
import { Button, Notice, SelectField } from '../../ui';
import { t } from '../../platform/i18n';
import { DraftEditor } from './DraftEditor';
import { EmailPreview } from './EmailPreview';

export function EmailSection(props: {
  language: Language;
  onLanguage: (v: Language) => void;
  subject: string;
  text: string;
  /** The expected links, marked in the preview. */
  links: string[];
  edited: boolean;
  stale: boolean;
  invalid: boolean;
  editing: boolean;
  onEditing: (on: boolean) => void;
  onSubject: (v: string) => void;
  onText: (v: string) => void;
  onRegenerate: () => void;
}) {
  // Opening the editor from its button takes the keyboard into the body, where the work is.
  const opened = useRef(false);
  useEffect(() => {
    if (props.editing && opened.current) document.getElementById('pp-body')?.focus();
    opened.current = false;
  }, [props.editing]);
  return (
    <section class="pp-email" aria-labelledby="pp-email-heading">
      <div class="pp-email__head">
        <h2 id="pp-email-heading">{t('popup_email_heading')}</h2>
        <SelectField
          id="pp-language"
          class="pp-inline-field"
          label={t('popup_email_language')}
          value={props.language}
          options={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          onValue={(v) => {
            if (isLanguage(v)) props.onLanguage(v);
          }}
        />
        <Button
          small
          id="pp-edit-email"
          expanded={props.editing}
          controls={props.editing ? 'pp-email-editor' : 'pp-email-preview'}
          onClick={() => {
            opened.current = !props.editing;
            props.onEditing(!props.editing);
          }}
        >
          {props.editing ? t('popup_preview_email') : t('popup_edit_email')}
        </Button>
      </div>
      {props.editing ? (
        <DraftEditor
          language={props.language}
          subject={props.subject}
          text={props.text}
          invalid={props.invalid}
          onSubject={props.onSubject}
          onText={props.onText}
        />
      ) : (
        <EmailPreview language={props.language} subject={props.subject} text={props.text} links={props.links} />
      )}
      {props.stale ? (
        <Notice tone="info" role="status" id="pp-stale">
          <p>{t('popup_stale_note')}</p>
          <Button small onClick={props.onRegenerate}>
            {t('popup_regenerate')}
          </Button>
        </Notice>
      ) : props.edited ? (
        <div class="pp-subtle-actions">
          <span class="pp-small">{t('popup_edited_note')}</span>
          <Button small variant="ghost" onClick={props.onRegenerate}>
            {t('popup_regenerate')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
