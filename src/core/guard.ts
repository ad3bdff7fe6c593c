// The link guard: is the partner's invitation link still in the email body exactly as
// Partner Center made it? The engine is ./guard-core.ts; ./guard-text.ts and ./guard-html.ts
// read the two body formats. This module is the public API for both.
import type { BodyFormat, LinkCheck } from './guard-core';
import { checkHtmlLink, restoreHtmlLink } from './guard-html';
import { checkTextLink, restoreTextLink } from './guard-text';

export { BODY_FORMATS, GUARD_PROBLEM_CODES, LINK_PARTS, LINK_STATUSES } from './guard-core';
export type { BodyFormat, GuardProblemCode, LinkCheck, LinkProblem, LinkStatus } from './guard-core';

/**
 * Is `link` in `body` exactly? `format` says whether body is plain text or HTML.
 * An invalid `link` gives status 'missing' with the problem code 'invalid-link'.
 */
export function checkLink(body: string, link: string, format: BodyFormat): LinkCheck {
  return format === 'html' ? checkHtmlLink(body, link) : checkTextLink(body, link);
}

/**
 * The body with the link repaired: broken, altered or conflicting copies are replaced in place
 * by `link`, an anchor showing another address gets it back, and a missing link is appended.
 * Returns the body unchanged when the link is intact or `link` is not a valid invitation link.
 */
export function restoreLink(body: string, link: string, format: BodyFormat): string {
  return format === 'html' ? restoreHtmlLink(body, link) : restoreTextLink(body, link);
}
