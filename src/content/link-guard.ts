// Watches an editor after the invitation went in and checks the link with core checkLink
// whenever the content changes (debounced). Editors re-create nodes all the time, so the
// check goes by the href in the current markup, never by the node we inserted. When the
// link is altered, split or removed, a notice next to the editor offers "Restore link";
// it disappears once the link is intact again, and the guard stops when the editor leaves.
import { checkLink, restoreLink } from '../core/guard';
import { PageNotice, type NoticeStrings } from './page-notice';
import { quoteBlock } from './quote';
import { replaceText, type TextField } from './editors/textarea';
import type { EditorAdapter } from './editors/types';

export type GuardStatus = 'intact' | 'missing' | 'altered' | 'broken' | 'conflict' | 'gone';
export type GuardStrings = NoticeStrings & Record<Exclude<GuardStatus, 'intact' | 'gone'>, string>;

const DEBOUNCE_MS = 200;

/** False when core cannot judge `link` at all (not an invitation link): nothing to guard then. */
export function canGuard(link: string): boolean {
  return checkLink(link, link, 'text').status === 'intact';
}

/** Chrome's error once the extension was updated, reloaded or removed under this page. */
function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}

/** Replaces only the changed middle of a text field's value, as one undoable edit. */
function replaceChanged(field: TextField, next: string): void {
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

/** A piece of text (a text node, an href) holding a damaged copy of the link. */
function damaged(piece: string, link: string): boolean {
  const status = checkLink(piece, link, 'text').status;
  return status === 'altered' || status === 'broken' || status === 'conflict';
}

/**
 * Puts the link back in a rich editor through the DOM (the editor's own nodes, so its
 * model and selection survive): core restoreLink repairs each damaged text node and href,
 * an anchor showing the link but opening something else gets the link as its target, and
 * a link removed altogether comes back as its own paragraph above the quoted thread.
 */
function restoreInDom(root: HTMLElement, link: string): void {
  const doc = root.ownerDocument;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (href !== link && (damaged(href, link) || (a.textContent ?? '').trim() === link)) a.setAttribute('href', link);
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (damaged(node.data, link)) node.data = restoreLink(node.data, link, 'text');
  }
  if (checkLink(root.innerHTML, link, 'html').status !== 'missing') return;
  const p = doc.createElement('p');
  const a = doc.createElement('a');
  a.setAttribute('href', link);
  a.textContent = link;
  p.append(a);
  const quote = quoteBlock(root);
  if (quote) quote.before(p);
  else root.append(p);
}

export class LinkGuard {
  private readonly observer: MutationObserver;
  private readonly pageObserver: MutationObserver;
  private readonly notice: PageNotice;
  private timer = 0;
  /** null until the first check, so that check is always reported. */
  private status: GuardStatus | null = null;
  private dismissedFor: GuardStatus | null = null;
  private stopped = false;
  private readonly onInput = () => this.schedule();

  constructor(
    private readonly editor: EditorAdapter,
    private link: string,
    private readonly strings: GuardStrings,
    /** Reports status changes to the worker; throws when the extension context is gone. */
    private readonly report: (status: GuardStatus) => Promise<void>,
  ) {
    this.notice = new PageNotice(
      editor.root,
      strings,
      () => this.restore(),
      () => this.dismiss(),
    );
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(editor.root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    // Text fields change their value without DOM mutations; their input events say so.
    editor.root.addEventListener('input', this.onInput);
    // The editor leaving the page is a mutation of its ancestors, not of its subtree; this
    // callback only asks isConnected, so a busy page costs next to nothing.
    this.pageObserver = new MutationObserver(() => {
      if (!this.editor.alive()) this.check();
    });
    this.pageObserver.observe(editor.root.ownerDocument, { childList: true, subtree: true });
    // First look right away: an editor may already have rewritten the link while inserting
    // (Outlook turns pasted URLs into preview cards, for one).
    this.schedule();
  }

  get current(): GuardStatus {
    return this.status ?? 'intact';
  }

  /** A new insertion into the same editor: guard the new link from now on. */
  retarget(link: string): void {
    this.link = link;
    this.dismissedFor = null;
    this.schedule();
  }

  schedule(): void {
    if (this.stopped) return;
    const view = this.editor.root.ownerDocument.defaultView ?? window;
    view.clearTimeout(this.timer);
    this.timer = view.setTimeout(() => this.check(), DEBOUNCE_MS);
  }

  check(): void {
    if (this.stopped) return;
    const next: GuardStatus = this.editor.alive()
      ? checkLink(this.editor.body(), this.link, this.editor.format).status
      : 'gone';
    if (next === 'gone') {
      this.stop();
    } else if (next === 'intact') {
      this.notice.hide();
      this.dismissedFor = null;
    } else if (this.dismissedFor !== next && (next !== this.status || !this.notice.visible)) {
      // Only on a change (or when hidden): re-rendering the role="alert" box at every typing
      // pause would make screen readers announce it again each time.
      this.notice.show({ mode: 'broken', message: this.strings[next] });
    }
    if (next !== this.status) {
      this.status = next;
      this.report(next).catch((error: unknown) => {
        // Only a dead extension context means "stale"; a worker that is busy or has no
        // handler yet is not the page's problem.
        if (isContextInvalidated(error)) this.goStale();
      });
    }
  }

  restore(): void {
    const { root, format } = this.editor;
    if (format === 'text') {
      replaceChanged(root as TextField, restoreLink((root as TextField).value, this.link, 'text'));
    } else {
      restoreInDom(root, this.link);
    }
    this.check();
  }

  private dismiss(): void {
    this.dismissedFor = this.current;
    this.notice.hide();
  }

  /** The extension was updated or removed under this page: stop watching and say so. */
  goStale(): void {
    if (this.stopped) return;
    this.detach();
    this.notice.show({ mode: 'stale' });
  }

  stop(): void {
    this.detach();
    this.notice.hide();
  }

  private detach(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.pageObserver.disconnect();
    this.editor.root.removeEventListener('input', this.onInput);
    this.editor.root.ownerDocument.defaultView?.clearTimeout(this.timer);
  }
}
