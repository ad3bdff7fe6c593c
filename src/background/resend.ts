// Pending invitations offered under "Insert invitation" to send again: the few that are
// due first, re-rendered with today's template and profile but their own recorded link.
import type { Invitation } from '../core/invitation';
import { defaultTemplate, renderInvitation } from '../core/template';
import { getInvitation, openDb, pendingPage } from '../platform/db';
import type { Draft } from '../platform/protocol';
import { loadSettings } from '../platform/settings';

const RESEND_LIMIT = 5;

/** The pending invitations to list, due first. An unreadable database lists none. */
export async function resendCandidates(limit = RESEND_LIMIT): Promise<Invitation[]> {
  try {
    return (await pendingPage(await openDb(), { limit })).rows;
  } catch (error) {
    console.warn('Partner Invite: cannot list pending invitations for the menu', error);
    return [];
  }
}

/** The invitation `id` as a draft to insert, or null when it is gone or no longer pending. */
export async function resendDraft(id: string): Promise<Draft | null> {
  const invitation = await getInvitation(await openDb(), id);
  if (!invitation || invitation.status !== 'pending') return null;
  const settings = await loadSettings();
  if (!settings.profile) return null;
  const template = settings.templates[invitation.language] ?? defaultTemplate(invitation.language);
  // A GDAP request still waiting (and not past its 90 days) goes with the resend; an approved,
  // cancelled or expired one does not: it can no longer be approved.
  const gdap = invitation.gdap;
  const gdapLink = gdap?.status === 'pending' && gdap.expiresAt > Date.now() ? gdap.link : undefined;
  const rendered = renderInvitation(template, {
    customerName: invitation.customerName,
    partnerName: settings.profile.companyName,
    link: invitation.link,
    ...(gdapLink ? { gdapLink } : {}),
    cloud: invitation.cloud,
    dap: invitation.dap,
    language: invitation.language,
  });
  return {
    customerName: invitation.customerName,
    customerEmail: invitation.customerEmail,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    link: invitation.link,
    ...(gdapLink ? { gdapLink } : {}),
  };
}
