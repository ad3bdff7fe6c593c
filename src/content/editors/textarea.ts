// textarea and text-like inputs: plain text through execCommand('insertText'), which the
// browser records as one native undo step and reports as a normal `input` event, so page
// frameworks (React, Angular) see the new value. setRangeText is the fallback (no undo).
import type { TextAdapter } from './types';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = new Set(['text', 'email', 'search', 'url', '']);

export function isTextField(el: Element): el is TextField {
  // Tag names, not instanceof: the field may live in another (same-origin) frame's realm.
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  if (el.tagName !== 'INPUT') return false;
  const input = el as HTMLInputElement;
  return TEXT_INPUT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase()) && !input.readOnly && !input.disabled;
}

/** Replaces [start, end) with `text` as one undoable edit; falls back to setRangeText. */
function replaceText(field: TextField, start: number, end: number, text: string): void {
  field.focus();
  field.setSelectionRange(start, end);
  if (field.ownerDocument.execCommand('insertText', false, text)) return;
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Replaces only the changed middle of the field's value, as one undoable edit. */
export function replaceChanged(field: TextField, next: string): void {
  const prev = field.value;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let end = 0;
  while (
    end < prev.length - start &&
    end < next.length - start &&
    prev[prev.length - 1 - end] === next[next.length - 1 - end]
  )
    end++;
  replaceText(field, start, prev.length - end, next.slice(start, next.length - end));
}

/** Inserts the invitation's text at the caret (replacing a selection), in paragraphs of its own. */
export function insertIntoField(field: TextField, invitation: string): void {
  const single = field.tagName === 'INPUT';
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const before = field.value.slice(0, start);
  const after = field.value.slice(end);
  let text: string;
  if (single) {
    // A single-line input drops line breaks; join the lines with spaces instead.
    text = invitation.replace(/\s*\n+\s*/g, ' ').trim();
    if (before !== '' && !/\s$/.test(before)) text = ` ${text}`;
  } else {
    // Keep the invitation in paragraphs of its own rather than glued to the partner's line.
    text = invitation.replace(/\n+$/, '');
    if (before !== '' && !before.endsWith('\n')) text = `\n\n${text}`;
    if (after !== '' && !after.startsWith('\n')) text = `${text}\n\n`;
  }
  replaceText(field, start, end, text);
}

export function textFieldAdapter(field: TextField): TextAdapter {
  return {
    kind: field.tagName === 'INPUT' ? 'input' : 'textarea',
    format: 'text',
    root: field,
    field,
    undo: () => field.ownerDocument.execCommand('undo'),
    body: () => field.value,
    alive: () => field.isConnected,
  };
}
