// The draft's HTML is rebuilt from an allowlist in the real browser parser: p, br and the one
// anchor to the invitation link survive; everything else is text or gone, and nothing runs.
import { describe, expect, it } from 'vitest';
import { sanitizedFragment, sanitizedHtml } from '../../../src/content/sanitize';
import { DIRECT_DAP, GDAP_ADMIN, HTML_ESCAPE } from '../../fixtures/links';

const LINK = DIRECT_DAP;
const A = `<a href="${HTML_ESCAPE(LINK)}">${HTML_ESCAPE(LINK)}</a>`;

describe('sanitizedHtml', () => {
  it('keeps paragraphs, line breaks and the invitation anchor exactly', () => {
    const html = `<p>Dear Contoso,<br>please accept:</p>\n<p>${A}</p>`;
    expect(sanitizedHtml(html, [LINK])).toBe(`<p>Dear Contoso,<br>please accept:</p><p>${A}</p>`);
  });

  it('turns other markup into its text and drops script, style and embedded content', () => {
    const html =
      `<p><b>Bold</b> <span style="color:red">red</span> <a href="https://evil.example/">click</a> ` +
      `<a href="${HTML_ESCAPE(GDAP_ADMIN)}">gdap</a></p>` +
      `<script>window.__ran = 1</script><style>p{}</style><iframe src="https://evil.example/"></iframe>` +
      `<svg><text>svg text</text></svg><template><p>hidden</p></template>`;
    expect(sanitizedHtml(html, [LINK])).toBe('<p>Bold red click gdap</p>');
  });

  it('copies no attribute but href, so no handler reaches the editor', () => {
    const html = `<p onclick="x()" class="c" style="a:b">Hi <a href="${HTML_ESCAPE(LINK)}" onmouseover="x()" target="_top">${HTML_ESCAPE(LINK)}</a></p>`;
    const out = sanitizedHtml(html, [LINK]);
    expect(out).toBe(`<p>Hi ${A}</p>`);
  });

  it('parses inertly: an <img onerror> in the draft neither loads nor runs', async () => {
    const flag = '__sanitizeRan';
    const out = sanitizedHtml(`<p><img src="/no-such-image.png" onerror="window.${flag}=1">Hi</p>`, [LINK]);
    expect(out).toBe('<p>Hi</p>');
    await new Promise((r) => setTimeout(r, 100));
    expect(Reflect.get(window, flag)).toBeUndefined();
    expect(performance.getEntriesByName(new URL('/no-such-image.png', location.href).href)).toEqual([]);
  });

  it('keeps a customer name that looks like markup as text', () => {
    const out = sanitizedHtml('<p>Dear &lt;img src=x onerror=alert(1)&gt; Ltd,</p>', [LINK]);
    expect(out).toBe('<p>Dear &lt;img src=x onerror=alert(1)&gt; Ltd,</p>');
  });
});

describe('sanitizedFragment', () => {
  it('creates the nodes in the target document (an iframe editor gets its own nodes)', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    const fragment = sanitizedFragment(`<p>Hi</p><p>${A}</p>`, [LINK], doc);
    expect(fragment.ownerDocument).toBe(doc);
    const anchor = fragment.querySelector('a')!;
    expect(anchor.getAttribute('href')).toBe(LINK);
    expect(anchor instanceof (doc.defaultView as typeof window).HTMLAnchorElement).toBe(true);
    frame.remove();
  });
});
