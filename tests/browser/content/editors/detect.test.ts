// The adapter follows real focus: into the editing host of a contenteditable, a same-origin
// iframe (designMode or an editable body), an open shadow root; nothing for what cannot be edited.
import { describe, expect, it } from 'vitest';
import { focusedAdapter } from '../../../../src/content/editors/detect';
import { mount } from '../../dom';

async function frame(box: HTMLElement, body: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  box.append(iframe);
  const doc = iframe.contentDocument!;
  doc.body.append(doc.createRange().createContextualFragment(body));
  return iframe;
}

describe('focusedAdapter', () => {
  it('picks the field kind for textarea and input, and nothing for read-only fields', () => {
    const box = mount('<textarea></textarea><input type="email"><textarea readonly></textarea>');
    const [ta, input, ro] = Array.from(box.children) as HTMLElement[];
    ta!.focus();
    expect(focusedAdapter()?.kind).toBe('textarea');
    input!.focus();
    expect(focusedAdapter()?.kind).toBe('input');
    ro!.focus();
    expect(focusedAdapter()).toBeNull();
  });

  it('guards the whole editing host when focus is in a nested editable element', () => {
    const box = mount('<div id="host" contenteditable="true"><p><span id="inner" tabindex="-1">x</span></p></div>');
    (box.querySelector('#inner') as HTMLElement).focus();
    const adapter = focusedAdapter();
    expect(adapter?.kind).toBe('contenteditable');
    expect(adapter?.root.id).toBe('host');
  });

  it('is null when nothing editable has focus', () => {
    const box = mount('<button>b</button>');
    (box.firstElementChild as HTMLElement).focus();
    expect(focusedAdapter()).toBeNull();
  });

  it('recognises TinyMCE and RoosterJS editors by their traces', () => {
    const box = mount(
      '<div class="mce-content-body" contenteditable="true">t</div>' +
        '<div id="contentDiv_0" contenteditable="true">r</div>' +
        '<div style="user-select: text" contenteditable="true">r2</div>',
    );
    const [tiny, rooster, rooster2] = Array.from(box.children) as HTMLElement[];
    tiny!.focus();
    expect(focusedAdapter()?.kind).toBe('tinymce');
    rooster!.focus();
    expect(focusedAdapter()?.kind).toBe('roosterjs');
    rooster2!.focus();
    expect(focusedAdapter()?.kind).toBe('roosterjs');
  });

  it('follows focus into a same-origin iframe: an editable body, or a designMode document', async () => {
    const box = mount();
    const editable = await frame(box, '<p>in frame</p>');
    const doc = editable.contentDocument!;
    doc.body.contentEditable = 'true';
    doc.body.focus();
    let adapter = focusedAdapter();
    expect(adapter?.kind).toBe('contenteditable');
    expect(adapter?.root).toBe(doc.body);

    const design = await frame(box, '<p>design</p>');
    design.contentDocument!.designMode = 'on';
    design.contentWindow!.focus();
    design.focus();
    adapter = focusedAdapter();
    expect(adapter?.root).toBe(design.contentDocument!.body);
  });

  it('follows focus into an open shadow root', () => {
    const host = mount().appendChild(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    const ta = document.createElement('textarea');
    shadow.append(ta);
    ta.focus();
    const adapter = focusedAdapter();
    expect(adapter?.kind).toBe('textarea');
    expect(adapter?.root).toBe(ta);
  });
});
