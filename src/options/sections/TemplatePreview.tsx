// The rendered email as Preact elements: one <p> per paragraph and the invitation links (the
// reseller link, and the GDAP request when there is one) as the only anchors. No HTML string is
// ever parsed, so nothing typed in a template becomes markup.
import type { ComponentChildren } from 'preact';

function withLinks(paragraph: string, links: readonly string[]): ComponentChildren[] {
  const [link, ...rest] = links;
  if (link === undefined) return [paragraph];
  if (!/^https:\/\/\S+$/i.test(link)) return withLinks(paragraph, rest);
  const out: ComponentChildren[] = [];
  paragraph.split(link).forEach((piece, i) => {
    if (i > 0)
      out.push(
        <a href={link} target="_blank" rel="noreferrer noopener">
          {link}
        </a>,
      );
    if (piece) out.push(...withLinks(piece, rest));
  });
  return out;
}

export function TemplatePreview(props: {
  subject: string;
  text: string;
  links: readonly string[];
  label: string;
  lang: string;
}) {
  const paragraphs = props.text.split('\n\n');
  return (
    <section class="opt-preview" aria-label={props.label} data-testid="template-preview">
      {/* The email's language, which may differ from the page's: screen readers switch voice. */}
      <div lang={props.lang}>
        <div class="opt-preview__subject">{props.subject}</div>
        {paragraphs.map((p, i) => (
          <p key={i}>{withLinks(p, props.links)}</p>
        ))}
      </div>
    </section>
  );
}
