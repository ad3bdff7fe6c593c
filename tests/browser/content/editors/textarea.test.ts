// Text fields get the invitation through execCommand('insertText'): at the caret, replacing a
// selection, announced as a normal input event, and undone by one real Ctrl+Z in Chromium.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { isTextField, textFieldAdapter } from '../../../../src/content/editors/textarea';
import { DIRECT_NO_DAP } from '../../../fixtures/links';
import { mount } from '../../dom';
import { payload } from './payload';
import { insertInto } from '../../../../src/content/insertion';

const LINK = DIRECT_NO_DAP;

function field<T extends HTMLTextAreaElement | HTMLInputElement>(markup: string): T {
  const el = mount(markup).firstElementChild as T;
  el.focus();
  return el;
}

describe('isTextField', () => {
  it('takes textareas and text-like inputs that can be edited', () => {
    const box = mount(`
      <textarea></textarea><textarea readonly></textarea><textarea disabled></textarea>
      <input><input type="email"><input type="search"><input type="url"><input type="TEXT">
      <input type="password"><input type="number"><input type="checkbox"><input readonly><div></div>`);
    expect(Array.from(box.children).map((el) => isTextField(el))).toEqual([
      true,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('textarea', () => {
  it('inserts at the caret in paragraphs of its own, fires input, and one Ctrl+Z takes it out', async () => {
    const ta = field<HTMLTextAreaElement>('<textarea>Hello,\nthanks.</textarea>');
    const inputs: string[] = [];
    ta.addEventListener('input', (e) => inputs.push(e.inputType));
    ta.setSelectionRange(6, 6); // end of "Hello,"
    const adapter = textFieldAdapter(ta);
    expect(adapter.kind).toBe('textarea');
    expect(await insertInto(adapter, payload(LINK, 'Dear Contoso,\n\nplease accept:\n\n' + LINK + '\n'))).toBe(
      'inserted',
    );
    // The partner's next line already starts on a line of its own, so no blank line is added before it.
    expect(ta.value).toBe(`Hello,\n\nDear Contoso,\n\nplease accept:\n\n${LINK}\nthanks.`);
    // Chromium reports the insertion line by line; page frameworks see ordinary text input.
    expect(inputs.length).toBeGreaterThan(0);
    expect(new Set(inputs)).toEqual(new Set(['insertText']));
    expect(adapter.body()).toBe(ta.value);

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(ta.value).toBe('Hello,\nthanks.');
  });

  it('replaces the selected text', async () => {
    const ta = field<HTMLTextAreaElement>('<textarea>Hello PLACEHOLDER bye</textarea>');
    ta.setSelectionRange(6, 17);
    await insertInto(textFieldAdapter(ta), payload(LINK, `Link: ${LINK}`));
    expect(ta.value).toBe(`Hello \n\nLink: ${LINK}\n\n bye`);
  });

  it('fills an empty field with the text alone', async () => {
    const ta = field<HTMLTextAreaElement>('<textarea></textarea>');
    await insertInto(textFieldAdapter(ta), payload(LINK, `Dear Contoso,\n\n${LINK}\n\n`));
    expect(ta.value).toBe(`Dear Contoso,\n\n${LINK}`);
  });
});

describe('input', () => {
  it('joins the lines with spaces after a space, with the link intact, undoable', async () => {
    const input = field<HTMLInputElement>('<input value="Note:">');
    input.setSelectionRange(5, 5);
    const adapter = textFieldAdapter(input);
    expect(adapter.kind).toBe('input');
    expect(await insertInto(adapter, payload(LINK, `Dear Contoso,\n\nplease accept:\n${LINK}\n`))).toBe('inserted');
    expect(input.value).toBe(`Note: Dear Contoso, please accept: ${LINK}`);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(input.value).toBe('Note:');
  });
});
