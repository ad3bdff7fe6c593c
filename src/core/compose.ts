// Pure rules behind the popup's draft: how a re-rendered template meets the partner's edits,
// the HTML twin of edited text, and which link a profile sends. Customer rules: ./customer.ts.
import { renderInvitation, type TemplateData } from './template';
import type { EmailTemplate, Profile } from './settings';
import { cloudForHost } from './clouds';
import { tryBuildInvitationLink } from './link-build';
import { diffLinkParts, readLinkParts } from './link-read';

/** The email as the partner sees it, plus what the template last produced (to tell edits apart). */
export type DraftText = {
  subject: string;
  text: string;
  /** The template output the partner started from; edited = current differs from it. */
  renderedSubject: string;
  renderedText: string;
  /** The link that was in effect when the draft was last reconciled. */
  link: string;
  /** The GDAP request link in effect then ('' or absent for none). */
  gdapLink?: string;
};

export function isEdited(d: DraftText): boolean {
  return d.subject !== d.renderedSubject || d.text !== d.renderedText;
}

/**
 * A new template rendering (customer, DAP, language or GDAP link changed) meets the current
 * draft. Unedited drafts take the new rendering. Edited ones are kept — the partner's typing is
 * never thrown away silently — but every exact copy of the old link (and of the old GDAP link)
 * is swapped for the new one, so toggling DAP still changes the link; `stale` tells the UI to
 * offer "Regenerate".
 */
export function reconcileDraft(
  d: DraftText,
  next: { subject: string; text: string; link: string; gdapLink?: string },
): { draft: DraftText; stale: boolean } {
  const gdapLink = next.gdapLink ?? '';
  if (!isEdited(d)) {
    return {
      draft: {
        subject: next.subject,
        text: next.text,
        renderedSubject: next.subject,
        renderedText: next.text,
        link: next.link,
        ...(gdapLink || d.gdapLink !== undefined ? { gdapLink } : {}),
      },
      stale: false,
    };
  }
  const swap = (text: string, from: string | undefined, to: string) =>
    from && to && from !== to ? text.split(from).join(to) : text;
  const text = swap(swap(d.text, d.link, next.link), d.gdapLink, gdapLink);
  const changedTemplate = next.subject !== d.renderedSubject || next.text !== d.renderedText;
  return {
    draft: {
      ...d,
      text,
      link: next.link,
      ...(gdapLink || d.gdapLink !== undefined ? { gdapLink } : {}),
      renderedSubject: d.renderedSubject,
      renderedText: d.renderedText,
    },
    stale: changedTemplate,
  };
}

/**
 * The HTML twin of the (possibly edited) plain text: rendered through the template engine with
 * the links put back as placeholders, so everything is escaped and the links stay the only anchors.
 */
export function htmlForText(text: string, data: TemplateData): string {
  // Braces the partner typed must stay text: break them up before the engine sees them.
  const guarded = text.replace(/\{\{/g, '{\u200b{');
  const withLink = data.link ? guarded.split(data.link).join('{{link}}') : guarded;
  const body = data.gdapLink ? withLink.split(data.gdapLink).join('{{gdapLink}}') : withLink;
  const template: EmailTemplate = { subject: '', body };
  return renderInvitation(template, data).html.replace(/\{\u200b\{/g, '{{');
}

/**
 * The link to send for this profile, built from its fields. A link the partner pasted from
 * Partner Center is preferred verbatim when it says the same thing on a host of the same cloud:
 * national-cloud hosts are unconfirmed (docs/domain.md#clouds), so the partner's own link is the source of
 * truth. (The options page validated the pasted link when it was saved.)
 */
export function linkForProfile(
  profile: Profile,
  dap: boolean,
): { ok: true; value: string } | { ok: false; error: string; code: string } {
  const indirect = profile.indirectProviderTenantId.trim();
  const built = tryBuildInvitationLink({
    cloud: profile.cloud,
    partnerId: profile.partnerTenantId,
    // Direct partners send msppId=0; an indirect reseller sends its own Partner ID (docs/domain.md#reseller-relationship-link).
    msppId: indirect ? profile.mpnId || '0' : '0',
    dap,
    ...(indirect ? { indirectCspId: indirect } : {}),
  });
  const pasted = profile.pastedLink.trim();
  if (!built.ok || !pasted) return built;
  const a = readLinkParts(pasted);
  const b = readLinkParts(built.value);
  if (
    a &&
    b &&
    a.form === 'modern' &&
    cloudForHost(a.host) === profile.cloud &&
    diffLinkParts(a, b).every((part) => part === 'host')
  ) {
    return { ok: true, value: pasted };
  }
  return built;
}
