// Editors that keep their own document model and render the DOM from it: what is sent is the
// model, so input goes through their paste pipeline (routes.ts), never into their DOM. Each is
// recognised by the marks it leaves on its editing host; a content script cannot reach the
// editor object itself (it lives in the page's JavaScript world).
import { keyboardUndo, pasteInto } from './routes';
import type { Content, EditorKind, RichAdapter } from './types';

type ModelKind = Extract<EditorKind, 'roosterjs' | 'tinymce' | 'ckeditor5' | 'quill' | 'prosemirror' | 'lexical'>;

const OUTLOOK_HOSTS = /(^|\.)outlook\.(live|office|office365)\.com$|(^|\.)outlook\.cloud\.microsoft$/;

/**
 * RoosterJS (Outlook on the web) leaves no class on its editing host, so it goes by traces: the
 * inline `user-select: text` its LifecyclePlugin sets, the `contentDiv_N` id it gives the host
 * when it styles it, the `<style data-roosterjs-style-key>` next to it, Outlook's
 * `elementToProof` blocks, or Outlook's own hosts. Checked after the editors that say who they are
 * (Lexical also sets `user-select: text`).
 */
function isRooster(root: HTMLElement): boolean {
  if (root.style.userSelect === 'text') return true;
  if (/^contentDiv_\d+$/.test(root.id)) return true;
  if (root.parentElement?.querySelector(':scope > style[data-roosterjs-style-key]')) return true;
  if (root.querySelector('.elementToProof')) return true;
  return OUTLOOK_HOSTS.test(root.ownerDocument.location.hostname);
}

/** The model editor whose editing host `root` is, or null for a plain contenteditable. */
export function modelKind(root: HTMLElement): ModelKind | null {
  if (root.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (root.classList.contains('ck-editor__editable')) return 'ckeditor5';
  if (root.classList.contains('ql-editor')) return 'quill';
  if (root.classList.contains('ProseMirror')) return 'prosemirror';
  // TinyMCE in its classic iframe mode (Roundcube): <body id="tinymce" class="mce-content-body">.
  if (root.classList.contains('mce-content-body') || (root.tagName === 'BODY' && root.id === 'tinymce'))
    return 'tinymce';
  if (isRooster(root)) return 'roosterjs';
  return null;
}

const EMPTY_PARAGRAPH = '<p></p>';

/**
 * Mid-line framing, measured per editor in real builds (docs/insertion.md): an empty paragraph at
 * either end makes CKEditor 5, Quill, ProseMirror and Lexical split the line there instead of
 * merging the first and last inserted paragraphs with the text around the caret; RoosterJS and
 * TinyMCE split on a line break.
 */
const lineBreakOf = (kind: ModelKind): RichAdapter['lineBreak'] =>
  kind === 'roosterjs' || kind === 'tinymce' ? 'br' : 'paragraph';

function frameFor(kind: ModelKind): RichAdapter['frame'] {
  const edge = lineBreakOf(kind) === 'br' ? '<br>' : EMPTY_PARAGRAPH;
  return (content, before, after) => ({
    html: `${before ? edge : ''}${content.html}${after ? edge : ''}`,
    text: `${before ? '\n' : ''}${content.text}${after ? '\n' : ''}`,
  });
}

/**
 * Quill's model has no line break inside a paragraph (a pasted <br> is dropped, gluing
 * "Kind regards," to the name): each line becomes a paragraph of its own, which is how Quill
 * itself stores lines typed with Enter.
 */
function linesAsParagraphs(content: Content): Content {
  const doc = new DOMParser().parseFromString(content.html, 'text/html');
  const out = doc.createElement('div');
  let line = doc.createElement('p');
  const flush = () => {
    out.append(line);
    line = doc.createElement('p');
  };
  let paragraphs = 0;
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.nodeName === 'P') {
        if (line.hasChildNodes()) flush();
        // Quill's paragraphs have no margin: the blank line between two is an empty line of its own.
        if (paragraphs++ > 0) {
          const blank = doc.createElement('p');
          blank.append(doc.createElement('br'));
          out.append(blank);
        }
        visit(Array.from(node.childNodes));
        flush();
      } else if (node.nodeName === 'BR') {
        flush();
      } else {
        line.append(node);
      }
    }
  };
  visit(Array.from(doc.body.childNodes));
  if (line.hasChildNodes()) flush();
  // Reading innerHTML serialises nodes built from the sanitiser's output; nothing is parsed from data here.
  return { html: out.innerHTML, text: content.text };
}

export function modelAdapter(kind: ModelKind, root: HTMLElement): RichAdapter {
  return {
    kind,
    format: 'html',
    root,
    lineBreak: lineBreakOf(kind),
    put: async (content) => {
      root.focus({ preventScroll: true });
      return pasteInto(root, content.html, content.text);
    },
    frame: frameFor(kind),
    shape: kind === 'quill' ? linesAsParagraphs : (content) => content,
    undo: () => keyboardUndo(root),
    body: () => root.innerHTML,
    alive: () => root.isConnected && root.isContentEditable,
  };
}
