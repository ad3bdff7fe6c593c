// What every editor adapter offers the insertion entry point and the link guard.
export type EditorKind = 'textarea' | 'input' | 'contenteditable' | 'roosterjs' | 'tinymce';

export type InsertPayload = {
  /** Sanitised HTML (see sanitize.ts): p, br and the one anchor. */
  html: string;
  /** Builds the same sanitised nodes in a given document (for the Range fallback). */
  fragment: (doc: Document) => DocumentFragment;
  text: string;
  link: string;
};

export interface EditorAdapter {
  readonly kind: EditorKind;
  /** 'html' for rich editors, 'text' for textarea/input: the format core checkLink reads. */
  readonly format: 'html' | 'text';
  /** The element whose subtree holds the message (watched by the guard). */
  readonly root: HTMLElement;
  /** Inserts at the caret, replacing a selection. Resolves true once the link is in the editor. */
  insert(invitation: InsertPayload): Promise<boolean>;
  /** The current message body in `format`, for checkLink. */
  body(): string;
  /** False once the editor has left the page. */
  alive(): boolean;
}
