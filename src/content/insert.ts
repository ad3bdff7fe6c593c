// Injected on demand (scripting.executeScript on a menu click or the keyboard command) into
// the frame that holds the editor; nothing runs on pages the partner did not ask for.
// Injecting twice is harmless: the first live copy keeps the listener and the guards.
import browser from '../platform/browser';
import { t } from '../platform/i18n';
import { contentRequestSchema, type ContentReply, type ContentRequest } from './messages';
import { focusedAdapter } from './editors/detect';
import { insertInto, type InsertResult } from './insertion';
import { sanitizedHtml } from './sanitize';
import { guardStrings } from './guard-strings';
import { LinkGuard, canGuard, type GuardStatus } from './link-guard';
import { PageNotice } from './page-notice';

const INSTANCE_KEY = '__partnerInviteInsert';
type Instance = { alive: () => boolean };

// Captured once: if an updated copy is injected into the same isolated world, `chrome`
// may be the new one, while this copy's own runtime object is the orphaned one.
const runtime = globalThis.chrome?.runtime;

/** True while this copy's extension context is valid (false after an update or uninstall). */
function contextAlive(): boolean {
  try {
    return Boolean(runtime?.id);
  } catch {
    return false;
  }
}

/** The invitation as both clipboard flavours, so the partner can paste it by hand. */
async function toClipboard(html: string, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}

function install(): void {
  // Read every string now: once the extension is updated, chrome.i18n throws in this copy.
  const strings = guardStrings();
  const guards = new Map<HTMLElement, LinkGuard>();

  async function report(editor: string, status: GuardStatus): Promise<void> {
    if (!contextAlive()) throw new Error('Extension context invalidated.');
    await browser.runtime.sendMessage({ type: 'content/link-state', editor, status });
  }

  const texts = {
    noEditor: t('insert_notice_no_editor'),
    clipboard: t('insert_fallback_clipboard'),
    copy: t('insert_fallback_copy'),
    partial: t('insert_fallback_partial'),
  };
  let hint: PageNotice | null = null;
  /** A one-line instruction next to `anchor` (the editor, or the page), gone after a while. */
  function showHint(anchor: HTMLElement, message: string): void {
    hint?.hide();
    const notice = new PageNotice(
      anchor,
      strings,
      () => undefined,
      () => notice.hide(),
    );
    notice.show({ mode: 'info', message });
    hint = notice;
    setTimeout(() => notice.hide(), 15_000);
  }

  /** The editor refused or garbled the invitation: offer it on the clipboard instead, and say so. */
  async function fallBack(anchor: HTMLElement, html: string, text: string, result: InsertResult): Promise<void> {
    const copied = await toClipboard(html, text);
    const message = copied ? texts.clipboard : texts.copy;
    showHint(anchor, result === 'left' ? `${message} ${texts.partial}` : message);
  }

  async function run(request: ContentRequest): Promise<ContentReply> {
    const editor = focusedAdapter(document);
    if (!editor) {
      showHint(document.documentElement, texts.noEditor);
      return { ok: false, reason: 'no-editor' };
    }
    hint?.hide();
    const { links } = request;
    const html = sanitizedHtml(request.html, links);
    const result = await insertInto(editor, { html, text: request.text, links });
    if (result !== 'inserted') {
      await fallBack(editor.root, html, request.text, result);
      return { ok: false, reason: 'not-inserted' };
    }
    const guarded = links.filter(canGuard);
    if (guarded.length === 0) return { ok: true, kind: editor.kind };
    for (const [root, guard] of guards) {
      if (guard.current === 'gone') guards.delete(root);
    }
    const existing = guards.get(editor.root);
    if (existing) existing.retarget(guarded);
    else guards.set(editor.root, new LinkGuard(editor, guarded, strings, report));
    return { ok: true, kind: editor.kind };
  }

  // Leaving or reloading the page ends its compose windows: say so, or the popup would keep
  // warning about an email that no longer exists.
  addEventListener('pagehide', () => {
    for (const guard of guards.values()) report(guard.id, 'gone').catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = contentRequestSchema.safeParse(message);
    if (!parsed.success) return undefined; // not ours, or malformed: ignore
    return run(parsed.data);
  });

  const instance: Instance = { alive: contextAlive };
  Reflect.set(globalThis, INSTANCE_KEY, instance);
}

const previous = Reflect.get(globalThis, INSTANCE_KEY) as Instance | undefined;
// After an extension update the old copy is orphaned but may share this isolated world:
// only a live copy counts, otherwise this one takes over.
if (!previous || !previous.alive()) install();
