// "Insert invitation" on editable fields, and the same action on a keyboard command.
// The menu is created on install (menus persist across worker restarts); listeners are
// registered synchronously at top level so a worker woken by the click finds them.
import browser, { type Menus, type Tabs } from '../platform/browser';
import { onInvitationsChanged } from '../platform/db';
import { actOnInvitations } from './act';
import { getDraft, onDraftChanged } from './draft';
import { insertInvitation, type Choice } from './inject';
import { forgetLinkState } from './insert-handlers';
import { menuLiteral } from './menu-title';
import { resendCandidates } from './resend';
import { trackInsertedDraft } from './track-insert';

const MENU_ID = 'insert-invitation';
const DRAFT_ITEM = `${MENU_ID}/draft`;
const RESEND_PREFIX = `${MENU_ID}/resend/`;
const COMMAND = 'insert-invitation';

const msg = (key: string, subs?: string) => browser.i18n.getMessage(key, subs) || key;

function create(props: Menus.CreateCreatePropertiesType): Promise<void> {
  return new Promise((resolve) => {
    browser.contextMenus.create(props, () => {
      // Read lastError so Chrome does not log "unchecked runtime.lastError".
      if (browser.runtime.lastError) console.warn('Partner Invite: menu', browser.runtime.lastError.message);
      resolve();
    });
  });
}

async function buildMenu(): Promise<void> {
  const firefox = browser.runtime.getURL('/').startsWith('moz-extension:');
  const literal = (text: string) => menuLiteral(text, firefox);
  await browser.contextMenus.removeAll();
  await create({ id: MENU_ID, title: msg('insert_menu'), contexts: ['editable'] });
  const draft = await getDraft();
  await create({
    id: DRAFT_ITEM,
    parentId: MENU_ID,
    title: draft
      ? msg('insert_menu_draft', literal(draft.customerName || draft.customerEmail || '…'))
      : msg('insert_menu_no_draft'),
    contexts: ['editable'],
  });
  const pending = await resendCandidates();
  if (pending.length === 0) return;
  await create({ id: `${MENU_ID}/separator`, parentId: MENU_ID, type: 'separator', contexts: ['editable'] });
  for (const invitation of pending) {
    await create({
      id: `${RESEND_PREFIX}${invitation.id}`,
      parentId: MENU_ID,
      title: msg('insert_menu_resend', literal(invitation.customerName)),
      contexts: ['editable'],
    });
  }
}

// Rebuilds one at a time: removeAll/create from overlapping calls would clash on ids.
let pending: Promise<void> = Promise.resolve();
function rebuildMenu(): Promise<void> {
  pending = pending.then(buildMenu, buildMenu);
  return pending;
}

function choiceFor(menuItemId: string | number): Choice | null {
  const id = String(menuItemId);
  if (id === MENU_ID || id === DRAFT_ITEM) return { kind: 'draft' };
  if (id.startsWith(RESEND_PREFIX) && id.length > RESEND_PREFIX.length)
    return { kind: 'resend', id: id.slice(RESEND_PREFIX.length) };
  return null;
}

/** The popup's draft left the extension: record it (../track-insert.ts). */
async function trackDraft(): Promise<void> {
  const draft = await getDraft();
  if (draft) await trackInsertedDraft(draft);
}

async function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  const choice = choiceFor(info.menuItemId);
  if (!choice || tab?.id === undefined) return;
  const outcome = await insertInvitation(tab.id, info.frameId ?? 0, choice);
  if (outcome.ok && choice.kind === 'draft') await trackDraft();
  // A resend that landed in the message is the follow-up: count it and move the due date,
  // so the invitation stops counting as due (badge, Pending list, this menu).
  if (outcome.ok && choice.kind === 'resend') {
    const { refusals } = await actOnInvitations([choice.id], 'followed-up');
    if (refusals[0]) console.warn('Partner Invite: resend not recorded as a follow-up:', refusals[0].error);
  }
}

async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (command !== COMMAND) return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return;
  // No frame id for a shortcut: the top frame's script finds the focused editor, walking
  // into same-origin frames.
  const outcome = await insertInvitation(target.id, 0, { kind: 'draft' });
  if (outcome.ok) await trackDraft();
}

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void rebuildMenu());
  // The resend list follows the invitations: the worker announces every write (record, act,
  // delete, import, expiry) on a BroadcastChannel, which other channel objects in this same
  // worker receive too.
  onInvitationsChanged(() => void rebuildMenu());
  // storage.session is emptied on browser restart: the draft item's title must follow.
  browser.runtime.onStartup.addListener(() => void rebuildMenu());
  onDraftChanged(() => void rebuildMenu());
  browser.tabs.onRemoved.addListener((tabId) => void forgetLinkState(tabId));
  browser.contextMenus.onClicked.addListener(
    (info, tab) =>
      void onMenuClicked(info, tab).catch((e: unknown) => console.error('Partner Invite: insert failed', e)),
  );
  browser.commands.onCommand.addListener(
    (command, tab) =>
      void onCommand(command, tab).catch((e: unknown) => console.error('Partner Invite: insert failed', e)),
  );
}
