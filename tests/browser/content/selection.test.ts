// The caret inside an open shadow root: document.getSelection() reports the shadow host there,
// selectionIn reads the composed range the partner really placed.
import { describe, expect, it } from 'vitest';
import { select, selectionIn } from '../../../src/content/selection';
import { mount } from '../dom';

describe('selectionIn', () => {
  it('finds the caret in an editor inside an open shadow root', () => {
    const host = mount('<span></span>').firstElementChild as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.textContent = 'Hello Contoso, talk soon';
    shadow.append(editor);
    editor.focus();
    const text = editor.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 'Hello Contoso,'.length);
    range.collapse(true);
    select(editor, range);
    const found = selectionIn(editor);
    expect(found?.startContainer).toBe(text);
    expect(found?.startOffset).toBe('Hello Contoso,'.length);
  });

  it('is null when the selection is elsewhere', () => {
    const box = mount('<div contenteditable="true">inside</div><p>outside</p>');
    const [editor, outside] = [box.children[0] as HTMLElement, box.children[1] as HTMLElement];
    const range = document.createRange();
    range.selectNodeContents(outside);
    select(editor, range);
    expect(selectionIn(editor)).toBeNull();
  });
});
