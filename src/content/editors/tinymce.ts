// TinyMCE in its classic iframe mode (Roundcube's HTML compose uses it): the editing host
// is <body id="tinymce" class="mce-content-body"> of a same-origin iframe. TinyMCE's
// clipboard code handles a synthetic paste through editor.insertContent inside one undo
// transaction; if it does not take the paste we fall back to execCommand in that document.
import { pasteAdapter } from './paste';
import type { EditorAdapter } from './types';

export function isTinyMceBody(root: HTMLElement): boolean {
  return root.classList.contains('mce-content-body') || (root.tagName === 'BODY' && root.id === 'tinymce');
}

export function tinyMceAdapter(root: HTMLElement): EditorAdapter {
  return pasteAdapter('tinymce', root);
}
