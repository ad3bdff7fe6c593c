// The first checks every pasted invitation link goes through, whatever its kind: scheme,
// spaces, hidden destinations ("@"), ports, look-alike hosts, and whether the host is one of
// Microsoft's admin portals (docs/domain.md#clouds). Codes only: ./link.ts words them in English
// for the options page, the popup translates them by code. Zod-free and message-free, so the
// popup's GDAP field can use it without loading the full parser.
import { INVITATION_HOSTS, cloudForHost } from './clouds';
import type { CloudId } from './ids';
import { readLinkParts, type LinkParts } from './link-read';
import { unwrapRedirects, type RedirectWrapper } from './redirects';

export type HostProblem =
  | { code: 'empty' | 'http' | 'no-scheme' | 'not-url' | 'whitespace' | 'port' }
  /** `host` is where the link really leads. */
  | { code: 'userinfo' | 'idn-lookalike' | 'host'; host: string }
  /** `base` is the Microsoft host it imitates. */
  | { code: 'lookalike-host'; host: string; base: string };

export type HostCheck = { ok: true; parts: LinkParts; cloud: CloudId } | { ok: false; problem: HostProblem };

/** Everything about `url` (already cleaned with cleanLinkInput) up to and including its host. */
export function checkLinkHost(url: string): HostCheck {
  const fail = (problem: HostProblem): HostCheck => ({ ok: false, problem });
  if (url === '') return fail({ code: 'empty' });
  const lower = url.toLowerCase();
  if (lower.startsWith('http://')) return fail({ code: 'http' });
  if (!lower.startsWith('https://')) {
    return fail({ code: /^[a-z0-9.-]+\.[a-z]{2,}\//i.test(url) ? 'no-scheme' : 'not-url' });
  }
  if (/\s/.test(url)) return fail({ code: 'whitespace' });
  const authority = /^https:\/\/([^/?#\\]*)/i.exec(url)?.[1] ?? '';
  if (authority.includes('@')) {
    return fail({ code: 'userinfo', host: authority.slice(authority.lastIndexOf('@') + 1) });
  }
  if (authority.includes(':')) return fail({ code: 'port' });
  // Non-ASCII letters in the host are look-alikes of Latin ones (e.g. a Cyrillic "а").
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(authority) || /(^|\.)xn--/i.test(authority)) {
    return fail({ code: 'idn-lookalike', host: authority });
  }
  const parts = readLinkParts(url);
  if (!parts) return fail({ code: 'not-url' });
  const host = parts.host;
  const cloud = INVITATION_HOSTS.has(host) ? cloudForHost(host) : undefined;
  if (!cloud) {
    const base = [...INVITATION_HOSTS].find(
      (h) => host.startsWith(`${h}.`) || host.endsWith(`.${h}`) || host === `${h}.`,
    );
    return fail(base ? { code: 'lookalike-host', host, base } : { code: 'host', host });
  }
  return { ok: true, parts, cloud };
}

/**
 * The link inside a Safe Links or Google redirect (docs/domain.md#how-links-get-broken), when
 * `url` is one: the same unwrapping the link guard applies, so a link the guard judges intact
 * inside its wrapper is the one the readers offer.
 */
export function wrappedLink(url: string): { inner: string; wrapper: RedirectWrapper } | null {
  const { url: inner, wrappers } = unwrapRedirects(url);
  const wrapper = wrappers[0];
  return wrapper && inner !== url ? { inner, wrapper } : null;
}
