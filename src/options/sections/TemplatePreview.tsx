// The rendered email as Preact elements: one <p> per paragraph and the invitation link as
// the only anchor. No HTML string is ever parsed, so nothing typed in a template becomes markup.
import type { ComponentChildren } from 'preact';

function withLink(paragraph: string, link: string): ComponentChildren[] {
  if (!/^https:\/\/\S+$/i.test(link)) return [paragraph];
  const out: ComponentChildren[] = [];
  paragraph.split(link).forEach((piece, i) => {
    if (i > 0)
      out.push(
        <a href={link} target="_blank" rel="noreferrer noopener">
          {link}
        </a>,
      );
    if (piece) out.push(piece);
  });
  return out;
}

export function TemplatePreview(props: { subject: string; text: string; link: string; label: string; lang: string }) {
  const paragraphs = props.text.split('\n\n');
  return (
    <section class="opt-preview" aria-label={props.label} data-testid="template-preview">
      {/* The email's language, which may differ from the page's: screen readers switch voice. */}
      <div lang={props.lang}>
        <div class="opt-preview__subject">{props.subject}</div>
        {paragraphs.map((p, i) => (
          <p key={i}>{withLink(p, props.link)}</p>
        ))}
      </div>
    </section>
  );
}
