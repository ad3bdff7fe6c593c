// What every editor adapter offers the insertion (../insertion.ts) and the link guard.
export type EditorKind =
  | 'textarea'
  | 'input'
  | 'contenteditable'
  | 'roosterjs'
  | 'tinymce'
  | 'ckeditor5'
  | 'quill'
  | 'prosemirror'
  | 'lexical';

/** What goes in: sanitised HTML (p, br and the expected anchors) and the same as plain text. */
export type Content = { html: string; text: string };

interface AdapterBase {
  readonly kind: EditorKind;
  /** The element whose subtree (or value) holds the message; the guard watches it. */
  readonly root: HTMLElement;
  /** The current message body in `format`, for core checkLink. */
  body(): string;
  /** False once the editor has left the page. */
  alive(): boolean;
  /** Undoes the last edit through the editor's own undo (what Ctrl+Z would do). */
  undo(): void;
}

/** textarea and text inputs: plain text, edited through the browser's own text editing. */
export interface TextAdapter extends AdapterBase {
  readonly format: 'text';
  readonly field: HTMLTextAreaElement | HTMLInputElement;
}

/** Rich editors: HTML, edited through the route the editor reads (paste or execCommand). */
export interface RichAdapter extends AdapterBase {
  readonly format: 'html';
  /**
   * Puts `content` in place of the current selection through the editor's input route. Resolves
   * false when the editor did not take it; the caller reads the result back either way.
   */
  put(content: Content): Promise<boolean>;
  /** What starts a new line in this editor's input: an empty paragraph, or a line break. */
  readonly lineBreak: 'paragraph' | 'br';
  /** How the content is framed when the caret is mid-line, so the text around it keeps its own lines. */
  frame(content: Content, textBefore: boolean, textAfter: boolean): Content;
  /** The content as this editor's model can hold it (Quill has no line breaks inside a paragraph). */
  shape(content: Content): Content;
}

export type EditorAdapter = TextAdapter | RichAdapter;
