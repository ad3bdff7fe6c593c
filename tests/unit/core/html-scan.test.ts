import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEntities, scanHtml } from '../../../src/core/html-scan';

describe('scanHtml', () => {
  it('extracts visible text, decoding entities and turning block tags into line breaks', () => {
    const s = scanHtml('<div>Tom &amp; Jerry&nbsp;&#8212;&#x21;</div><p>a&lt;b<br/>c</p><span>d</span>e');
    expect(s.text).toBe('\nTom & Jerry\u00a0\u2014!\n\na<b\nc\nde');
  });
  it('skips comments, doctype, script, style and head', () => {
    const s = scanHtml(
      '<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><!-- hidden --><script>let a = "<p>x</p>";</script>shown</html>',
    );
    expect(s.text).toBe('shown');
  });
  it('keeps a literal "<" that starts no tag, and unknown entities as written', () => {
    expect(scanHtml('1 < 2 &bogus; &').text).toBe('1 < 2 &bogus; &');
  });
  it('reads anchors: href decoded, visible text range, href source range', () => {
    const html = `<p>Go: <A class="x" title='a > b' HREF = "https://e.example/?a=1&amp;b=2">click <b>here</b></A> now</p>`;
    const s = scanHtml(html);
    expect(s.anchors).toHaveLength(1);
    const a = s.anchors[0]!;
    expect(a.href).toBe('https://e.example/?a=1&b=2');
    expect(html.slice(a.hrefStart, a.hrefEnd)).toBe('https://e.example/?a=1&amp;b=2');
    expect(s.text.slice(a.textStart, a.textEnd)).toBe('click here');
  });
  it('reads unquoted and single-quoted hrefs and anchors without href', () => {
    const s = scanHtml(`<a href=https://a.example/x>1</a><a name="top">2</a><a href='https://b.example/'>3</a>`);
    expect(s.anchors.map((a) => a.href)).toEqual(['https://a.example/x', null, 'https://b.example/']);
  });
  it('maps text ranges back to the source, through entities and tags', () => {
    const html = '<p>x &amp; <i>y</i></p>';
    const s = scanHtml(html);
    const at = s.text.indexOf('&');
    expect(html.slice(s.toSource(at, at + 1).start, s.toSource(at, at + 1).end)).toBe('&amp;');
    const from = s.text.indexOf('x');
    const to = s.text.indexOf('y') + 1;
    expect(html.slice(s.toSource(from, to).start, s.toSource(from, to).end)).toBe('x &amp; <i>y');
  });
  it('survives unterminated tags, quotes and comments', () => {
    expect(scanHtml('a<b title="x').text).toBe('a');
    expect(scanHtml('a<!-- b').text).toBe('a');
    expect(scanHtml('a<a href="https://x.example/').anchors[0]?.href).toBe('https://x.example/');
  });
  it('says what would close a construct left open at the end', () => {
    expect(scanHtml('<p>done</p>').unclosed).toBe('');
    expect(scanHtml('a<!-- b').unclosed).toBe('-->');
    expect(scanHtml('a<b title="x').unclosed).toBe('">');
    expect(scanHtml("a<b title='x").unclosed).toBe("'>");
    expect(scanHtml('a<b').unclosed).toBe('>');
    expect(scanHtml('a<script>let x').unclosed).toBe('</script>');
    expect(scanHtml('a<!DOCTYPE').unclosed).toBe('>');
  });
  it('plain text without markup maps to itself (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abc xyz.:/?=#-\n'.split('')) }), (t) => {
        const s = scanHtml(t);
        expect(s.text).toBe(t);
        if (t.length > 0) expect(s.toSource(0, t.length)).toEqual({ start: 0, end: t.length });
      }),
    );
  });
  it('never throws and keeps offsets inside the source (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: fc.constantFrom(...'<>&;"\'=/a!-#x '.split('')), maxLength: 80 }),
        (a, b) => {
          const html = a + b;
          const s = scanHtml(html);
          for (const an of s.anchors) {
            expect(an.textStart).toBeLessThanOrEqual(an.textEnd);
            expect(an.hrefEnd).toBeLessThanOrEqual(html.length);
          }
          if (s.text.length > 0) {
            const r = s.toSource(0, s.text.length);
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.end).toBeLessThanOrEqual(html.length);
          }
        },
      ),
    );
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and leaves the rest', () => {
    expect(decodeEntities('a&amp;b&#38;c&#x26;d&quot;&apos;&unknown;&#xD800;')).toBe('a&b&c&d"\'&unknown;\ufffd');
  });
});

describe('scanHtml: quoted earlier messages', () => {
  it("leaves Gmail's quote out of text and anchors, and says where it starts", () => {
    const html =
      '<p>Hi <a href="https://a.example/">x</a></p><div class="gmail_quote"><p>old <a href="https://b.example/">y</a></p><div>in</div></div><p>after</p>';
    const s = scanHtml(html);
    expect(s.text).toBe('\nHi x\n\n\nafter\n');
    expect(s.anchors.map((a) => a.href)).toEqual(['https://a.example/']);
    expect(html.slice(s.quoteStart)).toMatch(/^<div class="gmail_quote">/);
  });
  it("treats everything after Outlook's marker or reply header as quoted, up to the end of its parent", () => {
    const owa = scanHtml(
      '<div>mine</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: x</div><div>old <a href="https://b.example/">y</a></div>',
    );
    expect(owa.text).toBe('\nmine\n\n');
    expect(owa.anchors).toEqual([]);
    const nested = scanHtml('<div><p>mine</p><div id="divRplyFwdMsg">From: x</div><p>old</p></div><p>later</p>');
    expect(nested.text).toBe('\n\nmine\n\n\nlater\n');
  });
  it('reads nested blockquote type=cite as one quote; a plain blockquote is the partner’s own text', () => {
    const c = scanHtml(
      '<p>a</p><blockquote type="cite"><blockquote type="cite">x</blockquote>y</blockquote><blockquote>b</blockquote>',
    );
    expect(c.text).toBe('\na\n\n\nb\n');
    expect(c.quoteStart).toBe(8);
    expect(scanHtml('<p>no quote</p>').quoteStart).toBe(-1);
  });
});
