// The link guard: is the partner's invitation link still in the email body exactly as
// Partner Center made it? The engine is ./guard-core.ts; ./guard-text.ts and ./guard-html.ts
// read the two body formats. This module is the public API for both.
//
// An email may carry two expected links (docs/domain.md#dap-and-gdap): the reseller relationship
// link and a GDAP relationship request. Each is judged and restored on its own; a copy of one is
// never a conflict for, nor a damaged copy of, the other.
import type { BodyFormat, LinkCheck } from './guard-core';
import { checkHtmlLink, htmlLinkPlace, restoreHtmlLink } from './guard-html';
import { checkTextLink, restoreTextLink, textLinkPlace, type GuardOptions } from './guard-text';
import type { LinkPlace } from './link-place';

export { BODY_FORMATS, GUARD_PROBLEM_CODES, LINK_PARTS, LINK_STATUSES } from './guard-core';
export type { BodyFormat, GuardProblemCode, LinkCheck, LinkProblem, LinkStatus } from './guard-core';
export type { GuardOptions } from './guard-text';
export type { LinkPlace } from './link-place';

/**
 * Is `link` in `body` exactly? `format` says whether body is plain text or HTML. Quoted earlier
 * messages in HTML (Gmail's, Outlook's, `blockquote type=cite`) are not read. `options.others`
 * are the other links the email is meant to carry: their copies are theirs, not conflicts.
 * An invalid `link` gives status 'missing' with the problem code 'invalid-link'.
 */
export function checkLink(body: string, link: string, format: BodyFormat, options?: GuardOptions): LinkCheck {
  return format === 'html' ? checkHtmlLink(body, link, options) : checkTextLink(body, link, options);
}

/**
 * The body with the link repaired: broken, altered or conflicting copies are replaced in place
 * by `link`, an anchor showing another address gets it back, and a missing link is put back at
 * `options.place` (see linkPlace) when that text is still there, else above a quoted thread or
 * at the end. Quoted earlier messages are never rewritten. Returns the body unchanged when the
 * link is intact or `link` is not a valid invitation link.
 */
export function restoreLink(body: string, link: string, format: BodyFormat, options?: GuardOptions): string {
  return format === 'html' ? restoreHtmlLink(body, link, options) : restoreTextLink(body, link, options);
}

/** Where the intact `link` stands in `body`, for restoreLink to put it back there; null when it is not intact. */
export function linkPlace(body: string, link: string, format: BodyFormat): LinkPlace | null {
  return format === 'html' ? htmlLinkPlace(body, link) : textLinkPlace(body, link);
}

/** Every expected link's verdict, in the order of `links`, each judged with the others expected. */
export function checkLinks(body: string, links: readonly string[], format: BodyFormat): LinkCheck[] {
  return links.map((link) => checkLink(body, link, format, { others: links }));
}

/** The body with every expected link repaired, one after the other. */
export function restoreLinks(body: string, links: readonly string[], format: BodyFormat): string {
  return links.reduce((b, link) => restoreLink(b, link, format, { others: links }), body);
}
