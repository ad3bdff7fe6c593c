// Watches an editor after the invitation went in and checks each expected link with core
// checkLink whenever the content changes (debounced). Editors re-create nodes all the time, so the
// check goes by the href in the current markup, never by the node we inserted; quoted earlier
// messages are not read. When a link is altered, split or removed, a notice next to the editor
// offers "Restore link", which repairs it through the editor's own input (repair.ts) and puts a
// deleted link back where it stood. The notice goes once every link is intact again; the guard
// stops when the editor leaves. Each guard reports under an id of its own (one compose window),
// made here and never shown to the page.
import { checkLink, linkPlace, restoreLink, type LinkPlace, type LinkStatus } from '../core/guard';
import { PageNotice, type NoticeStrings } from './page-notice';
import { restoreRich, richLinkPlace } from './repair';
import { textMap } from './text-map';
import { replaceChanged } from './editors/textarea';
import type { EditorAdapter } from './editors/types';

export type GuardStatus = LinkStatus | 'gone';
export type GuardStrings = NoticeStrings & Record<Exclude<GuardStatus, 'intact' | 'gone'>, string>;
export type Report = (editor: string, status: GuardStatus) => Promise<void>;

const DEBOUNCE_MS = 200;
/** Which problem the notice names when several links have different ones. */
const SEVERITY: readonly LinkStatus[] = ['missing', 'broken', 'altered', 'conflict', 'intact'];

/** False when core cannot judge `link` at all (not an invitation link): nothing to guard then. */
export function canGuard(link: string): boolean {
  return checkLink(link, link, 'text').status === 'intact';
}

/** Chrome's error once the extension was updated, reloaded or removed under this page. */
function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}

/** A random id (randomUUID needs a secure context; webmail on plain http is not one). */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class LinkGuard {
  readonly id = randomId();
  private readonly observer: MutationObserver;
  private readonly pageObserver: MutationObserver;
  private readonly notice: PageNotice;
  private timer = 0;
  /** null until the first check, so that check is always reported. */
  private status: GuardStatus | null = null;
  private dismissedFor: GuardStatus | null = null;
  private stopped = false;
  private restoring = false;
  /** Where each link last stood while intact: a deleted link goes back there. */
  private places = new Map<string, LinkPlace>();
  private readonly onInput = () => this.schedule();

  constructor(
    private readonly editor: EditorAdapter,
    private links: readonly string[],
    private readonly strings: GuardStrings,
    /** Reports status changes to the worker; throws when the extension context is gone. */
    private readonly report: Report,
  ) {
    this.notice = new PageNotice(
      editor.root,
      strings,
      () => void this.restore(),
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

  /** A new insertion into the same editor: guard the new links from now on. */
  retarget(links: readonly string[]): void {
    this.links = links;
    this.places.clear();
    this.dismissedFor = null;
    this.schedule();
  }

  schedule(): void {
    if (this.stopped) return;
    const view = this.editor.root.ownerDocument.defaultView ?? window;
    view.clearTimeout(this.timer);
    this.timer = view.setTimeout(() => this.check(), DEBOUNCE_MS);
  }

  /** Each link judged on its own (the others are expected too, not conflicts). */
  private statuses(): LinkStatus[] {
    const body = this.editor.body();
    return this.links.map(
      (link) => checkLink(body, link, this.editor.format, { others: this.links.filter((l) => l !== link) }).status,
    );
  }

  private rememberPlaces(statuses: LinkStatus[]): void {
    const intact = this.links.filter((_, i) => statuses[i] === 'intact');
    if (intact.length === 0) return;
    const map = this.editor.format === 'html' ? textMap(this.editor.root) : null;
    for (const link of intact) {
      const place = map ? richLinkPlace(map, link) : linkPlace(this.editor.body(), link, 'text');
      if (place) this.places.set(link, place);
    }
  }

  check(): void {
    if (this.stopped || this.restoring) return;
    let next: GuardStatus = 'gone';
    if (this.editor.alive()) {
      const statuses = this.statuses();
      this.rememberPlaces(statuses);
      next = SEVERITY.find((s) => statuses.includes(s)) ?? 'intact';
    }
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
      this.report(this.id, next).catch((error: unknown) => {
        // Only a dead extension context means "stale"; a worker that is busy or has no
        // handler yet is not the page's problem.
        if (isContextInvalidated(error)) this.goStale();
      });
    }
  }

  async restore(): Promise<void> {
    if (this.restoring) return;
    this.restoring = true;
    try {
      const { editor } = this;
      for (const link of this.links) {
        const others = this.links.filter((l) => l !== link);
        const place = this.places.get(link) ?? null;
        if (editor.format === 'text') {
          replaceChanged(editor.field, restoreLink(editor.field.value, link, 'text', { others, place }));
        } else {
          await restoreRich(editor, link, this.links, place);
        }
      }
    } finally {
      this.restoring = false;
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
