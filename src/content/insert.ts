// Injected on demand (scripting.executeScript on a menu click or the keyboard command) into
// the frame that holds the editor; nothing runs on pages the partner did not ask for.
// Injecting twice is harmless: the first live copy keeps the listener and the guards.
import browser from '../platform/browser';
import { t } from '../platform/i18n';
import { contentRequestSchema, type ContentReply, type ContentRequest } from './messages';
import { focusedAdapter } from './editors/detect';
import { sanitizedFragment, sanitizedHtml } from './sanitize';
import { LinkGuard, canGuard, type GuardStatus, type GuardStrings } from './link-guard';
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

// Read every string now: once the extension is updated, chrome.i18n throws in this copy.
function loadStrings(): GuardStrings {
  return {
    title: t('insert_notice_title'),
    restore: t('insert_notice_restore'),
    dismiss: t('insert_notice_dismiss'),
    reload: t('insert_notice_reload'),
    missing: t('insert_notice_missing'),
    altered: t('insert_notice_altered'),
    broken: t('insert_notice_broken'),
    conflict: t('insert_notice_conflict'),
  };
}

function install(): void {
  const strings = loadStrings();
  const guards = new Map<HTMLElement, LinkGuard>();

  async function report(status: GuardStatus): Promise<void> {
    if (!contextAlive()) throw new Error('Extension context invalidated.');
    await browser.runtime.sendMessage({ type: 'content/link-state', status });
  }

  const noEditorText = t('insert_notice_no_editor');
  let hint: PageNotice | null = null;
  /** Nothing editable has focus (or it is in a frame we cannot reach): say what to do. */
  function showNoEditorHint(): void {
    hint?.hide();
    const notice = new PageNotice(
      document.documentElement,
      strings,
      () => undefined,
      () => notice.hide(),
    );
    notice.show({ mode: 'info', message: noEditorText });
    hint = notice;
    setTimeout(() => notice.hide(), 10_000);
  }

  async function run(request: ContentRequest): Promise<ContentReply> {
    const editor = focusedAdapter(document);
    if (!editor) {
      showNoEditorHint();
      return { ok: false, reason: 'no-editor' };
    }
    hint?.hide();
    const invitation = {
      html: sanitizedHtml(request.html, request.link),
      fragment: (doc: Document) => sanitizedFragment(request.html, request.link, doc),
      text: request.text,
      link: request.link,
    };
    if (!(await editor.insert(invitation))) return { ok: false, reason: 'not-inserted' };
    if (!canGuard(request.link)) return { ok: true, kind: editor.kind };
    for (const [root, guard] of guards) {
      if (guard.current === 'gone') guards.delete(root);
    }
    const existing = guards.get(editor.root);
    if (existing) existing.retarget(request.link);
    else guards.set(editor.root, new LinkGuard(editor, request.link, strings, report));
    return { ok: true, kind: editor.kind };
  }

  // Leaving or reloading the page ends its compose windows: say so, or the popup would keep
  // warning about an email that no longer exists (the worker keeps one state per tab).
  addEventListener('pagehide', () => {
    if (guards.size > 0) report('gone').catch(() => undefined);
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
