// The insertion payload as the injected script builds it from a draft (src/content/insert.ts).
import { sanitizedFragment, sanitizedHtml } from '../../../../src/content/sanitize';
import type { InsertPayload } from '../../../../src/content/editors/types';
import { HTML_ESCAPE } from '../../../fixtures/links';

/** `text` as plain text, and as paragraphs of HTML with the link as the one anchor. */
export function payload(link: string, text: string): InsertPayload {
  const paragraphs = text
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const escaped = HTML_ESCAPE(p).replace(/\n/g, '<br>');
      return `<p>${escaped.split(HTML_ESCAPE(link)).join(`<a href="${HTML_ESCAPE(link)}">${HTML_ESCAPE(link)}</a>`)}</p>`;
    });
  const html = paragraphs.join('\n');
  return {
    html: sanitizedHtml(html, link),
    fragment: (doc) => sanitizedFragment(html, link, doc),
    text,
    link,
  };
}
