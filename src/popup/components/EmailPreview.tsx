// The email as a compact preview: the subject, and the first lines of the body with the
// expected links (the invitation, and the GDAP request when there is one) marked. Built from
// text nodes (no HTML from data); clipped by CSS only, so screen readers read it whole.
import type { Language } from '../../core/languages';
import { t } from '../../platform/i18n';

/** `text` cut at every copy of the links: [text, link, text, link, …, text]. */
function split(text: string, links: readonly string[]): { text: string; link: boolean }[] {
  const wanted = links.filter(Boolean);
  const out: { text: string; link: boolean }[] = [];
  let from = 0;
  for (;;) {
    let at = -1;
    let found = '';
    for (const l of wanted) {
      const i = text.indexOf(l, from);
      if (i !== -1 && (at === -1 || i < at)) [at, found] = [i, l];
    }
    if (at === -1) break;
    out.push({ text: text.slice(from, at), link: false }, { text: found, link: true });
    from = at + found.length;
  }
  out.push({ text: text.slice(from), link: false });
  return out;
}

export function EmailPreview(props: { language: Language; subject: string; text: string; links: readonly string[] }) {
  return (
    <div class="pp-preview" id="pp-email-preview">
      <div class="pp-preview__subject">
        <span class="pi-visually-hidden">{t('popup_subject')}: </span>
        <span lang={props.language}>{props.subject}</span>
      </div>
      <div class="pp-preview__body" lang={props.language}>
        {split(props.text, props.links).map((part, i) =>
          part.link ? (
            <span key={i} class="pp-preview__link">
              {part.text}
            </span>
          ) : (
            part.text
          ),
        )}
      </div>
    </div>
  );
}
