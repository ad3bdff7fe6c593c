// The email as a compact preview: the subject, and the first lines of the body with the
// invitation link marked. Built from text nodes (no HTML from data); clipped by CSS only, so
// screen readers read it whole.
import type { Language } from '../../core/languages';
import { t } from '../../platform/i18n';

export function EmailPreview(props: { language: Language; subject: string; text: string; link: string }) {
  const parts = props.link ? props.text.split(props.link) : [props.text];
  return (
    <div class="pp-preview" id="pp-email-preview">
      <div class="pp-preview__subject">
        <span class="pi-visually-hidden">{t('popup_subject')}: </span>
        <span lang={props.language}>{props.subject}</span>
      </div>
      <div class="pp-preview__body" lang={props.language}>
        {parts.map((part, i) => (
          <span key={i}>
            {i > 0 ? <span class="pp-preview__link">{props.link}</span> : null}
            {part}
          </span>
        ))}
      </div>
    </div>
  );
}
