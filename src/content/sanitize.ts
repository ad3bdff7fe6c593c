// Turns the draft's HTML into DOM nodes the editor may receive. The draft comes from core's
// renderInvitation (every value escaped, the link the only anchor), but it travels through
// storage and messages, so it is treated as untrusted: it is parsed into an inert document
// (DOMParser runs no script and loads no image) and rebuilt from an allowlist — p, br and
// a[href] whose href is exactly one of the invitation's links. Everything else becomes plain text.

const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

function copyAllowed(from: Node, to: Node, doc: Document, links: readonly string[]): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent ?? '';
      // Source formatting between paragraphs ("</p>\n<p>") would become stray blank text in the editor.
      if (from.nodeName === 'BODY' && text.trim() === '') continue;
      to.appendChild(doc.createTextNode(text));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (DROP.has(tag)) continue;
    if (tag === 'BR') {
      to.appendChild(doc.createElement('br'));
    } else if (tag === 'P') {
      const p = doc.createElement('p');
      copyAllowed(el, p, doc, links);
      to.appendChild(p);
    } else if (tag === 'A' && links.includes(el.getAttribute('href') ?? '')) {
      const a = doc.createElement('a');
      a.setAttribute('href', el.getAttribute('href') ?? '');
      copyAllowed(el, a, doc, links);
      to.appendChild(a);
    } else {
      // Unknown element (or an anchor to anything but the link): keep its text only.
      copyAllowed(el, to, doc, links);
    }
  }
}

/** The allowlisted nodes of `html`, created in `doc`. */
export function sanitizedFragment(html: string, links: readonly string[], doc: Document): DocumentFragment {
  const inert = new DOMParser().parseFromString(html, 'text/html');
  const fragment = doc.createDocumentFragment();
  copyAllowed(inert.body, fragment, doc, links);
  return fragment;
}

/** The same nodes serialised, for editors that take an HTML string (execCommand, paste). */
export function sanitizedHtml(html: string, links: readonly string[]): string {
  const inert = document.implementation.createHTMLDocument('');
  const box = inert.createElement('div');
  box.appendChild(sanitizedFragment(html, links, inert));
  // Reading innerHTML serialises nodes we built ourselves; nothing is parsed from it here.
  return box.innerHTML;
}
