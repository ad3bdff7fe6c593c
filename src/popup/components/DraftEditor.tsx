// Subject and body of the email, for editing. The partner edits freely; re-rendering from the
// template never overwrites edits silently (see core/compose.ts reconcileDraft): it offers to.
import type { Language } from '../../core/languages';
import { TextArea, TextField } from '../../ui';
import { t } from '../../platform/i18n';

export function DraftEditor(props: {
  /** The email's language: spelling and screen readers follow it, not the UI's. */
  language: Language;
  subject: string;
  text: string;
  invalid: boolean;
  onSubject: (v: string) => void;
  onText: (v: string) => void;
}) {
  return (
    <div id="pp-email-editor">
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
        rows={12}
        maxLength={100_000}
        error={props.invalid ? t('popup_body_link_problem') : null}
      />
    </div>
  );
}
