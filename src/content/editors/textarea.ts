// textarea and text-like inputs: plain text through execCommand('insertText'), which the
// browser records as one native undo step and reports as a normal `input` event, so page
// frameworks (React, Angular) see the new value. setRangeText is the fallback (no undo).
import type { EditorAdapter, InsertPayload } from './types';

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
export function replaceText(field: TextField, start: number, end: number, text: string): void {
  field.focus();
  field.setSelectionRange(start, end);
  if (field.ownerDocument.execCommand('insertText', false, text)) return;
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export function textFieldAdapter(field: TextField): EditorAdapter {
  const single = field.tagName === 'INPUT';
  return {
    kind: single ? 'input' : 'textarea',
    format: 'text',
    root: field,
    async insert(invitation: InsertPayload) {
      // A single-line input drops line breaks; join the lines with spaces instead.
      const start = field.selectionStart ?? field.value.length;
      const end = field.selectionEnd ?? start;
      const before = field.value.slice(0, start);
      const after = field.value.slice(end);
      let text: string;
      if (single) {
        text = invitation.text.replace(/\s*\n+\s*/g, ' ').trim();
        if (before !== '' && !/\s$/.test(before)) text = ` ${text}`;
      } else {
        // Keep the invitation in paragraphs of its own rather than glued to the partner's line.
        text = invitation.text.replace(/\n+$/, '');
        if (before !== '' && !before.endsWith('\n')) text = `\n\n${text}`;
        if (after !== '' && !after.startsWith('\n')) text = `${text}\n\n`;
      }
      replaceText(field, start, end, text);
      return field.value.includes(invitation.link);
    },
    body: () => field.value,
    alive: () => field.isConnected,
  };
}
