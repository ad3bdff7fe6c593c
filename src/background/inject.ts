// Runs an insertion: checks there is a profile and something to insert, injects the content
// script into the clicked frame (activeTab + scripting: no host permission, nothing runs on
// pages until the partner asks) and hands it the invitation.
/// <reference types="@crxjs/vite-plugin/client" />
import insertScript from '../content/insert.ts?iife';
import { contentReplySchema, type ContentReply, type ContentRequest } from '../content/messages';
import browser from '../platform/browser';
import type { Draft } from '../platform/protocol';
import { loadSettings } from '../platform/settings';
import { getDraft } from './draft';
import { resendDraft } from './resend';

export type Choice = { kind: 'draft' } | { kind: 'resend'; id: string };
export type InsertOutcome = ContentReply | { ok: false; reason: 'no-profile' | 'no-draft' | 'no-access' };

const HTTPS_LINK = /^https:\/\/\S+$/;

async function injectInto(tabId: number, frameId: number): Promise<number | null> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [insertScript] });
    return frameId;
  } catch (error) {
    // An about:blank/srcdoc editor frame (TinyMCE's, say) may refuse a direct injection;
    // the top frame's script walks into same-origin frames to the focused editor instead.
    if (frameId === 0) {
      console.warn('Partner Invite: cannot insert into this page', error);
      return null;
    }
    return injectInto(tabId, 0);
  }
}

export async function insertInvitation(
  tabId: number,
  frameId: number,
  choice: Choice,
  load: (choice: Choice) => Promise<Draft | null> = loadChoice,
): Promise<InsertOutcome> {
  const settings = await loadSettings();
  if (!settings.profile) {
    await browser.runtime.openOptionsPage();
    return { ok: false, reason: 'no-profile' };
  }
  const draft = await load(choice);
  if (!draft || !HTTPS_LINK.test(draft.link)) {
    // Nothing composed yet: the popup cannot be opened from here, so open it as a page.
    await browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html?from=insert') });
    return { ok: false, reason: 'no-draft' };
  }
  const target = await injectInto(tabId, frameId);
  if (target === null) return { ok: false, reason: 'no-access' };
  const request: ContentRequest = { type: 'insert/run', html: draft.html, text: draft.text, links: linksOf(draft) };
  const reply = contentReplySchema.safeParse(await browser.tabs.sendMessage(tabId, request, { frameId: target }));
  if (!reply.success) return { ok: false, reason: 'not-inserted' };
  if (!reply.data.ok) console.warn('Partner Invite: insertion failed:', reply.data.reason);
  return reply.data;
}

/** Every link the email must carry exactly; the page checks and guards each on its own. */
function linksOf(draft: Draft): string[] {
  return draft.gdapLink ? [draft.link, draft.gdapLink] : [draft.link];
}

async function loadChoice(choice: Choice): Promise<Draft | null> {
  return choice.kind === 'draft' ? getDraft() : resendDraft(choice.id);
}
