// The editor's visible text the guard reads (core's rules: blocks and <br> are line breaks,
// quoted earlier messages left out, editor filler breaks ignored), and the way back to the DOM.
import { describe, expect, it } from 'vitest';
import { textMap } from '../../../src/content/text-map';
import { mount } from '../dom';

const root = (markup: string) => mount(`<div contenteditable="true">${markup}</div>`).firstElementChild as HTMLElement;

describe('textMap', () => {
  it('reads blocks and <br> as line breaks and leaves quotes and filler breaks out', () => {
    const map = textMap(
      root(
        '<p>Dear <b>Contoso</b>,<br>hi</p><p>x<br data-cke-filler="true"></p><div class="gmail_quote"><p>old</p></div><p>end</p>',
      ),
    );
    expect(map.text).toBe('\nDear Contoso,\nhi\n\nx\n\n\nend\n');
    expect(map.text).not.toContain('old');
  });

  it('lists anchors with their text range, outside quotes only', () => {
    const map = textMap(
      root(
        '<p>Go <a href="https://a.example/">here</a></p><blockquote type="cite"><a href="https://b.example/">old</a></blockquote>',
      ),
    );
    expect(map.anchors.map((a) => [a.el.getAttribute('href'), map.text.slice(a.start, a.end)])).toEqual([
      ['https://a.example/', 'here'],
    ]);
  });

  it('maps text ranges back to DOM ranges, across formatting and at line starts', () => {
    const map = textMap(root('<p>Dear <b>Contoso</b>,</p><p>second</p>'));
    const from = map.text.indexOf('ar C');
    expect(map.range(from, from + 'ar Contoso'.length).toString()).toBe('ar Contoso');
    const line = map.text.indexOf('second');
    const caret = map.range(line, line);
    expect(caret.collapsed).toBe(true);
    expect(caret.startContainer.textContent).toBe('second');
    // Backward at a boundary: the end of the previous line's text.
    const end = map.caret(map.text.indexOf(',') + 1, false);
    expect(end.startContainer.textContent).toBe(',');
    expect(end.startOffset).toBe(1);
  });
});
