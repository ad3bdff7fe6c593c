// The registrable part of a domain name, read with the Public Suffix List (tldts): for
// it.fabrikam.co.uk that is fabrikam.co.uk, whose own name is "fabrikam"; "co" and "uk" are
// suffixes anyone can register under, never a customer's name. Private suffixes (github.io,
// azurewebsites.net) count as suffixes too, so x.azurewebsites.net is named "x".
// tldts's own minified bundle is imported rather than its ES modules: minifying those again
// copied the 50 KB suffix table into three places (the chunk was 125 KB gzip instead of 59).
import { parse } from 'tldts/dist/index.esm.min.js';

/** The name a domain was registered under ("fabrikam" for it.fabrikam.co.uk), or '' for a suffix, an IP or junk. */
export function registrableName(domain: string): string {
  const parsed = parse(domain, { allowPrivateDomains: true, extractHostname: false });
  if (parsed.isIp || !parsed.publicSuffix || !parsed.domainWithoutSuffix) return '';
  return parsed.domainWithoutSuffix.toLowerCase();
}
