// The guard's small notice next to the editor. It lives in a closed shadow root on a host
// element with a random name and no attributes: the page can neither read nor reword it, nor
// reach its buttons, and has no fixed marker to detect the extension by (the buttons also
// ignore clicks that do not come from the user). Page CSS cannot restyle it and its CSS cannot
// leak into the page; styles are a constructed stylesheet, which a page's `style-src` CSP does
// not block. It is positioned fixed over the editor's bottom edge and follows scroll and resize.

export type NoticeStrings = { title: string; restore: string; dismiss: string; reload: string };
export type NoticeState = { mode: 'broken'; message: string } | { mode: 'stale' } | { mode: 'info'; message: string };

const CSS = `
:host { all: initial !important; display: block !important; }
.box { position: fixed; z-index: 2147483647; max-width: 26rem; box-sizing: border-box;
  display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; padding: .5rem .75rem;
  font: 13px/1.4 system-ui, sans-serif; border-radius: 6px; border: 1px solid #b45309;
  background: #fffbeb; color: #1f2937; box-shadow: 0 2px 8px rgb(0 0 0 / .2); }
.text { flex: 1 1 12rem; margin: 0; }
strong { display: block; }
button { font: inherit; padding: .25rem .6rem; border-radius: 4px; cursor: pointer;
  border: 1px solid #92400e; background: #92400e; color: #fff; }
button.secondary { background: transparent; color: inherit; border-color: currentColor; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .box { background: #292524; color: #f5f5f4; border-color: #f59e0b; }
  button { background: #f59e0b; border-color: #f59e0b; color: #1c1917; }
  button:focus-visible { outline-color: #93c5fd; }
}`;

function styleSheetFor(doc: Document): CSSStyleSheet | null {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(CSS);
    return sheet;
  } catch {
    return null;
  }
}

/** A valid custom-element-style name, different every time (attachShadow accepts such names). */
function hostName(): string {
  const letters = (n: number) =>
    Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters(6)}-${letters(6)}`;
}

export class PageNotice {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  private readonly reposition = () => this.place();
  private frame = 0;

  constructor(
    private readonly anchor: HTMLElement,
    private readonly strings: NoticeStrings,
    private readonly onRestore: () => void,
    private readonly onDismiss: () => void,
  ) {}

  get visible(): boolean {
    return this.host !== null;
  }

  show(state: NoticeState): void {
    const doc = this.anchor.ownerDocument;
    if (!this.host) {
      this.host = doc.createElement(hostName());
      const shadow = this.host.attachShadow({ mode: 'closed' });
      const sheet = styleSheetFor(doc);
      if (sheet) shadow.adoptedStyleSheets = [sheet];
      this.box = doc.createElement('div');
      this.box.className = 'box';
      shadow.append(this.box);
      // Outside <body>: an iframe editor's body is itself the contenteditable.
      doc.documentElement.append(this.host);
      doc.defaultView?.addEventListener('scroll', this.reposition, { capture: true, passive: true });
      doc.defaultView?.addEventListener('resize', this.reposition, { passive: true });
    }
    this.render(state);
    this.compute();
  }

  hide(): void {
    if (!this.host) return;
    const view = this.anchor.ownerDocument.defaultView;
    view?.removeEventListener('scroll', this.reposition, { capture: true });
    view?.removeEventListener('resize', this.reposition);
    if (this.frame) view?.cancelAnimationFrame(this.frame);
    this.host.remove();
    this.host = null;
    this.box = null;
  }

  private render(state: NoticeState): void {
    const box = this.box;
    if (!box) return;
    const doc = box.ownerDocument;
    box.replaceChildren();
    const text = doc.createElement('p');
    text.className = 'text';
    const title = doc.createElement('strong');
    title.textContent = this.strings.title;
    text.append(title, doc.createTextNode(state.mode === 'stale' ? this.strings.reload : state.message));
    // alert: the partner is typing in the editor, so a broken link must be announced at once.
    box.setAttribute('role', state.mode === 'broken' ? 'alert' : 'status');
    box.append(text);
    if (state.mode === 'broken') {
      const restore = doc.createElement('button');
      restore.type = 'button';
      restore.textContent = this.strings.restore;
      restore.addEventListener('click', (e) => e.isTrusted && this.onRestore());
      box.append(restore);
    }
    const dismiss = doc.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'secondary';
    dismiss.textContent = this.strings.dismiss;
    dismiss.addEventListener('click', (e) => e.isTrusted && this.onDismiss());
    box.append(dismiss);
  }

  /** Scroll and resize fire often: reposition at most once per frame. */
  private place(): void {
    const view = this.anchor.ownerDocument.defaultView;
    if (!view || this.frame) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.compute();
    });
  }

  private compute(): void {
    const view = this.anchor.ownerDocument.defaultView;
    const box = this.box;
    if (!view || !box) return;
    // An iframe editor's root is its <body> (and a page-level notice has <html>): use the viewport.
    const rect =
      this.anchor.tagName === 'BODY' || this.anchor.tagName === 'HTML'
        ? new DOMRect(0, 0, view.innerWidth, view.innerHeight)
        : this.anchor.getBoundingClientRect();
    const height = box.offsetHeight || 48;
    // Just below the editor when there is room, else over its bottom edge.
    const below = rect.bottom + 6;
    const top =
      below + height <= view.innerHeight - 8
        ? below
        : Math.max(8, Math.min(rect.bottom - height - 8, view.innerHeight - height - 8));
    const left = Math.max(8, Math.min(rect.left + 8, view.innerWidth - box.offsetWidth - 8));
    // CSSOM writes, not a style attribute string: allowed under a strict style-src CSP.
    box.style.top = `${top}px`;
    box.style.left = `${left}px`;
  }
}
