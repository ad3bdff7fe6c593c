// Mail security and search redirects that wrap a link (docs/domain.md#how-links-get-broken).
// The guard judges the link inside, since that is where the click lands.

export type RedirectWrapper = 'safelinks' | 'google';

// Defender Safe Links: https://<region>.safelinks.protection.outlook.com/?url=<encoded>&data=...
// (US Government tenants use safelinks.protection.office365.us).
const SAFELINKS_HOST_RE = /^(?:[a-z0-9-]+\.)?safelinks\.protection\.(?:outlook\.com|office365\.us)$/;
const GOOGLE_HOST_RE = /^(?:www\.)?google\.[a-z.]{2,6}$/;

/** The link inside one layer of redirect, or null when `url` is not a known redirect. */
function unwrapOnce(url: string): { url: string; wrapper: RedirectWrapper } | null {
  // Cheap test first: this runs for every URL in a body on every keystroke.
  if (!/safelinks|google\./i.test(url)) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (SAFELINKS_HOST_RE.test(host)) {
    const inner = u.searchParams.get('url');
    return inner ? { url: inner, wrapper: 'safelinks' } : null;
  }
  if (GOOGLE_HOST_RE.test(host) && u.pathname === '/url') {
    const inner = u.searchParams.get('q') ?? u.searchParams.get('url');
    return inner ? { url: inner, wrapper: 'google' } : null;
  }
  return null;
}

/** Peels off known redirects (at most three layers); `wrappers` lists them outermost first. */
export function unwrapRedirects(url: string): { url: string; wrappers: RedirectWrapper[] } {
  const wrappers: RedirectWrapper[] = [];
  let current = url;
  for (let depth = 0; depth < 3; depth++) {
    const next = unwrapOnce(current);
    if (!next) break;
    wrappers.push(next.wrapper);
    current = next.url;
  }
  return { url: current, wrappers };
}
