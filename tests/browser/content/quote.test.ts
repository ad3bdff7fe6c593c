// The caret is kept out of the quoted thread, and a caret mid-line is detected, on real
// selections in Chromium.
import { describe, expect, it } from 'vitest';
import { placeCaret, quoteBlock, textBeforeCaret } from '../../../src/content/quote';
import { mount, select } from '../dom';

function editor(markup: string): HTMLElement {
  const root = mount(`<div contenteditable="true">${markup}</div>`).firstElementChild as HTMLElement;
  root.focus();
  return root;
}

describe('quoteBlock', () => {
  it('finds the outermost quote marker of Gmail, Outlook or a blockquote, also inside a wrapper', () => {
    for (const [marker, selector] of [
      ['<div class="gmail_quote_container"><div class="gmail_quote"><p>old</p></div></div>', '.gmail_quote_container'],
      ['<div><div id="divRplyFwdMsg">From: x</div></div>', '#divRplyFwdMsg'],
      ['<div id="appendonsend"></div>', '#appendonsend'],
      ['<blockquote type="cite">old</blockquote>', 'blockquote'],
    ] as const) {
      const root = editor(`<p>mine</p>${marker}<p>after</p>`);
      expect(quoteBlock(root)).toBe(root.querySelector(selector));
    }
    expect(quoteBlock(editor('<p>no quote</p>'))).toBeNull();
  });
});

describe('placeCaret', () => {
  it('keeps a caret the partner placed outside the quote', () => {
    const root = editor('<p>Hello world</p><blockquote>old</blockquote>');
    select(root.firstChild!, 5);
    const { range, moved } = placeCaret(root);
    expect(moved).toBe(false);
    expect(range.startOffset).toBe(5);
  });

  it('moves a caret inside the quote to the end of the text above it', () => {
    const root = editor('<p>Hello</p><div class="gmail_quote"><p>old message</p></div>');
    select(root.querySelector('.gmail_quote p')!, 3);
    const { range, moved } = placeCaret(root);
    expect(moved).toBe(true);
    expect(range.startContainer).toBe(root.firstChild!.firstChild);
    expect(range.startOffset).toBe('Hello'.length);
    expect(document.getSelection()!.getRangeAt(0).startContainer).toBe(root.firstChild!.firstChild);
  });

  it('puts a caret that is not in the editor at the end of the editor', () => {
    const root = editor('<p>one</p><p>two</p>');
    document.getSelection()!.removeAllRanges();
    const { range, moved } = placeCaret(root);
    expect(moved).toBe(true);
    expect(range.startContainer).toBe(root.lastChild!.firstChild);
    expect(range.startOffset).toBe(3);
  });
});

describe('textBeforeCaret', () => {
  it('is true mid-line and false at a line start, also after a <br>', () => {
    const root = editor('<p>Hello world</p><p>line one<br>line two</p>');
    const range = (node: Node, offset: number) => {
      const r = document.createRange();
      r.setStart(node, offset);
      return r;
    };
    expect(textBeforeCaret(root, range(root.firstChild!.firstChild!, 5))).toBe(true);
    expect(textBeforeCaret(root, range(root.firstChild!.firstChild!, 0))).toBe(false);
    const second = root.children[1]!;
    expect(textBeforeCaret(root, range(second.lastChild!, 0))).toBe(false); // just after the <br>
    expect(textBeforeCaret(root, range(second.lastChild!, 4))).toBe(true);
  });
});
