// TinyMCE in its classic iframe mode (Roundcube's HTML compose uses it): the editing host
// is <body id="tinymce" class="mce-content-body"> of a same-origin iframe. TinyMCE's
// clipboard code handles a synthetic paste through editor.insertContent inside one undo
// transaction; if it does not take the paste we fall back to execCommand in that document.
import { placeCaret, textBeforeCaret } from '../quote';
import { insertWithExecCommand } from './contenteditable';
import { dispatchPaste } from './paste';
import { waitForLinkAnchor } from './verify';
import type { EditorAdapter } from './types';

export function isTinyMceBody(root: HTMLElement): boolean {
  return root.classList.contains('mce-content-body') || (root.tagName === 'BODY' && root.id === 'tinymce');
}

export function tinyMceAdapter(root: HTMLElement): EditorAdapter {
  return {
    kind: 'tinymce',
    format: 'html',
    root,
    async insert(invitation) {
      root.focus({ preventScroll: true });
      const { range } = placeCaret(root);
      const pasted = textBeforeCaret(root, range) ? { ...invitation, html: `<br>${invitation.html}`, text: `\n${invitation.text}` } : invitation;
      if (dispatchPaste(root, pasted) && (await waitForLinkAnchor(root, invitation.link))) return true;
      return insertWithExecCommand(root, invitation);
    },
    body: () => root.innerHTML,
    alive: () => root.isConnected && root.isContentEditable,
  };
}
