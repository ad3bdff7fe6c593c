// Puts the invitation into the focused editor through the editor's own input route, then reads
// the result back once the editor has settled: each expected link exactly once more than before,
// as an anchor to that exact address (or in the text of a plain field), and every line of the
// invitation present. Anything less is undone through the editor's own undo so nothing is left
// half-inserted; the caller then falls back visibly (clipboard plus a one-line instruction).
import { textMap } from './text-map';
import { placeCaret, textAfterCaret, textBeforeCaret } from './quote';
import { selectionSettled } from './selection';
import { settled } from './settle';
import { insertIntoField } from './editors/textarea';
import type { EditorAdapter, RichAdapter, TextAdapter } from './editors/types';

export type Invitation = { html: string; text: string; links: readonly string[] };
/** 'inserted'; 'refused' (nothing changed); 'undone' (changed, then undone); 'left' (could not undo). */
export type InsertResult = 'inserted' | 'refused' | 'undone' | 'left';

const squash = (s: string) => s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();

/**
 * The visible text of the sanitised HTML, read like the editor's (text-map.ts): what the
 * read-back looks for, since that HTML, not the plain-text twin, is what the editor received.
 */
function visibleText(html: string): string {
  const inert = document.implementation.createHTMLDocument('');
  const box = inert.createElement('div');
  // Parsed inertly from the sanitiser's own output; only read, never inserted anywhere.
  box.append(...Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes));
  return textMap(box).text;
}

/** Every non-empty line of the invitation's text appears in `visible`, in order. */
function hasAllLines(visible: string, invitation: string): boolean {
  const hay = squash(visible);
  let from = 0;
  for (const line of invitation.split('\n').map(squash)) {
    if (!line) continue;
    const at = hay.indexOf(line, from);
    if (at < 0) return false;
    from = at + line.length;
  }
  return true;
}

function anchorCount(root: ParentNode, link: string): number {
  let n = 0;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) if (a.getAttribute('href') === link) n++;
  return n;
}

const occurrences = (value: string, link: string) => value.split(link).length - 1;

async function undoBack(editor: EditorAdapter, snapshot: string, why: string): Promise<InsertResult> {
  console.warn(`Partner Invite: the ${editor.kind} editor did not take the invitation (${why})`);
  if (editor.body() === snapshot) return 'refused';
  editor.undo();
  const back = await settled(editor.root, () => editor.body() === snapshot, 30, 1500);
  return back ? 'undone' : 'left';
}

async function intoField(editor: TextAdapter, invitation: Invitation): Promise<InsertResult> {
  const { field } = editor;
  const snapshot = field.value;
  const counts = invitation.links.map((l) => occurrences(snapshot, l));
  insertIntoField(field, invitation.text);
  const value = field.value;
  if (!invitation.links.every((l, i) => occurrences(value, l) === (counts[i] ?? 0) + 1))
    return undoBack(editor, snapshot, 'the links are not there exactly once');
  if (field.tagName !== 'INPUT' && !hasAllLines(value, invitation.text))
    return undoBack(editor, snapshot, 'lines are missing');
  return 'inserted';
}

async function intoRich(editor: RichAdapter, invitation: Invitation): Promise<InsertResult> {
  const { root } = editor;
  root.focus({ preventScroll: true });
  const caret = placeCaret(root);
  if (caret.moved) await selectionSettled(root.ownerDocument);
  const content = editor.frame(
    editor.shape({ html: invitation.html, text: invitation.text }),
    textBeforeCaret(root, caret.range),
    textAfterCaret(root, caret.range),
  );
  const snapshot = editor.body();
  const counts = invitation.links.map((l) => anchorCount(root, l));
  const arrived = () => invitation.links.every((l, i) => anchorCount(root, l) > (counts[i] ?? 0));
  if (!(await editor.put(content))) return undoBack(editor, snapshot, 'input refused');
  if (!(await settled(root, arrived))) return undoBack(editor, snapshot, 'no anchor to the link');
  if (!invitation.links.every((l, i) => anchorCount(root, l) === (counts[i] ?? 0) + 1))
    return undoBack(editor, snapshot, 'the links are not there exactly once');
  if (!hasAllLines(textMap(root).text, visibleText(invitation.html)))
    return undoBack(editor, snapshot, 'lines are missing');
  return 'inserted';
}

export function insertInto(editor: EditorAdapter, invitation: Invitation): Promise<InsertResult> {
  return editor.format === 'text' ? intoField(editor, invitation) : intoRich(editor, invitation);
}
