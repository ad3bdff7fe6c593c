// The invitation as the injected script hands it to insertInto (src/content/insert.ts).
import { sanitizedHtml } from '../../../../src/content/sanitize';
import type { Invitation } from '../../../../src/content/insertion';
import { HTML_ESCAPE } from '../../../fixtures/links';

/** `text` as plain text, and as paragraphs of HTML with the link as the one anchor. */
export function payload(link: string, text: string): Invitation {
  const paragraphs = text
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const escaped = HTML_ESCAPE(p).replace(/\n/g, '<br>');
      return `<p>${escaped.split(HTML_ESCAPE(link)).join(`<a href="${HTML_ESCAPE(link)}">${HTML_ESCAPE(link)}</a>`)}</p>`;
    });
  return { html: sanitizedHtml(paragraphs.join('\n'), [link]), text, links: [link] };
}
