// Rich editors without a model of their own get the invitation through execCommand('insertHTML'):
// a real anchor at the caret or over the selection, out of the quoted thread, read back, and one
// real Ctrl+Z gives back the exact markup from before. The Range fallback inserts the same nodes.
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { contentEditableAdapter } from '../../../../src/content/editors/contenteditable';
import { insertInto } from '../../../../src/content/insertion';
import { DIRECT_DAP } from '../../../fixtures/links';
import { mount, select } from '../../dom';
import { payload } from './payload';

const LINK = DIRECT_DAP;
const invitation = payload(LINK, `Dear Contoso,\n\nplease accept: ${LINK}`);

function editor(markup: string): HTMLElement {
  const root = mount(`<div contenteditable="true">${markup}</div>`).firstElementChild as HTMLElement;
  root.focus();
  return root;
}

const anchors = (root: HTMLElement) => Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));

describe('insertInto a contenteditable', () => {
  it('inserts a real anchor at the caret; one Ctrl+Z restores the markup exactly', async () => {
    const root = editor('<p>Hi team,</p><p><br></p><p>Regards</p>');
    const before = root.innerHTML;
    select(root.children[1]!, 0);
    expect(await insertInto(contentEditableAdapter(root), invitation)).toBe('inserted');
    expect(anchors(root)).toEqual([LINK]);
    expect(root.textContent).toMatch(/^Hi team,Dear Contoso,please accept: https:\/\/.+Regards$/);
    expect(root.children[0]!.textContent).toBe('Hi team,');
    expect(root.lastElementChild!.textContent).toBe('Regards');

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(root.innerHTML).toBe(before);
  });

  it('replaces the selected text, keeping the words around it on lines of their own', async () => {
    const root = editor('<p>Hello PLACEHOLDER bye</p>');
    select(root.firstChild!, 6, 17);
    expect(await insertInto(contentEditableAdapter(root), invitation)).toBe('inserted');
    expect(root.textContent).not.toContain('PLACEHOLDER');
    expect(root.textContent).toContain('Hello');
    expect(root.textContent).toContain('bye');
    expect(anchors(root)).toEqual([LINK]);
  });

  it('moves a caret inside the quoted thread above the quote, on a new line after the text there', async () => {
    const root = editor('<div>Thanks</div><div class="gmail_quote"><p>Old message</p></div>');
    select(root.querySelector('.gmail_quote p')!, 4);
    expect(await insertInto(contentEditableAdapter(root), invitation)).toBe('inserted');
    const quote = root.querySelector('.gmail_quote')!;
    expect(quote.textContent).toBe('Old message');
    expect(quote.querySelector('a')).toBeNull();
    const a = root.querySelector('a')!;
    expect(a.compareDocumentPosition(quote) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(root.textContent.startsWith('ThanksDear Contoso,')).toBe(true);
    // "Thanks" stays a line of its own: a <br> separates it from the invitation.
    expect(root.querySelector('br')).not.toBeNull();
  });
});

describe('contentEditableAdapter', () => {
  it('reports what it guards: the markup, and alive only while connected and editable', async () => {
    const root = editor('<p>x</p>');
    const adapter = contentEditableAdapter(root);
    expect(adapter.kind).toBe('contenteditable');
    expect(adapter.format).toBe('html');
    select(root.firstChild!, 1);
    expect(await insertInto(adapter, invitation)).toBe('inserted');
    expect(adapter.body()).toContain(`href="${LINK.replace(/&/g, '&amp;')}"`);
    expect(adapter.alive()).toBe(true);
    root.contentEditable = 'false';
    expect(adapter.alive()).toBe(false);
    root.contentEditable = 'true';
    root.remove();
    expect(adapter.alive()).toBe(false);
  });
});

describe('the Range fallback', () => {
  it('when the browser refuses insertHTML, inserts the sanitised nodes at the caret and tells the page', async () => {
    const root = editor('<p>Start</p>');
    const inputs: string[] = [];
    root.addEventListener('input', (e) => inputs.push(e.inputType));
    select(root.firstChild!, 5);
    // A page that blocks execCommand (some editors override it): the only stand-in in this file.
    const exec = vi.spyOn(document, 'execCommand').mockReturnValue(false);
    try {
      expect(await insertInto(contentEditableAdapter(root), invitation)).toBe('inserted');
    } finally {
      exec.mockRestore();
    }
    expect(anchors(root)).toEqual([LINK]);
    expect(inputs).toEqual(['insertFromPaste']);
    const caret = document.getSelection()!.getRangeAt(0);
    expect(caret.collapsed).toBe(true);
    const after = document.createRange();
    after.setStartAfter(root.querySelector('a')!);
    expect(caret.compareBoundaryPoints(Range.START_TO_START, after)).toBeGreaterThanOrEqual(0);
  });
});
