// The link guard for HTML bodies (see ./guard-core.ts): anchors' targets and visible text,
// read through the HTML scanner.
import {
  findUrls,
  INVALID,
  judge,
  judgeAt,
  prepare,
  prepareOthers,
  restorePass,
  restoreRepeated,
  withoutOthers,
  type Expected,
  type Finding,
  type LinkCheck,
  type LinkProblem,
} from './guard-core';
import { scanHtml, type HtmlScan, type ScannedAnchor } from './html-scan';
import type { GuardOptions } from './guard-text';
import { findPlace, placeAround, type LinkPlace } from './link-place';
import { diffLinkParts, looksLikeInvitation, readLinkParts } from './link-read';
import { unwrapRedirects } from './redirects';

/** Same link for the purpose of an anchor's visible URL versus its href. */
function sameTarget(a: string, b: string): boolean {
  const ua = unwrapRedirects(a).url;
  const ub = unwrapRedirects(b).url;
  if (ua.toLowerCase() === ub.toLowerCase()) return true;
  const pa = readLinkParts(ua);
  const pb = readLinkParts(ub);
  return !!pa && !!pb && looksLikeInvitation(pa) && looksLikeInvitation(pb) && diffLinkParts(pa, pb).length === 0;
}

const shorten = (url: string): string => (url.length > 70 ? `${url.slice(0, 45)}…${url.slice(-20)}` : url);

function collectHtml(body: string, exp: Expected, others: Expected[], scan: HtmlScan = scanHtml(body)): Finding[] {
  const map = (a: number, b: number) => {
    if (b > a) return scan.toSource(a, b);
    const at = scan.toSource(a, a + 1).start;
    return { start: at, end: at };
  };
  const out: Finding[] = [];
  const hrefFinding = new Map<ScannedAnchor, Finding | null>();
  for (const a of scan.anchors) {
    if (a.href === null || !/^https?:\/\//i.test(a.href)) continue;
    const f = judgeAt(a.href, 0, a.href.length, exp, 'html', 'href', () => ({ start: a.hrefStart, end: a.hrefEnd }));
    hrefFinding.set(a, f);
    if (f) out.push(f);
  }
  let ai = 0;
  for (const { start, end } of findUrls(scan.text)) {
    while (ai < scan.anchors.length && (scan.anchors[ai]?.textEnd ?? 0) <= start) ai++;
    const anchor = scan.anchors[ai];
    const inAnchor = anchor && anchor.textStart <= start && end <= anchor.textEnd ? anchor : undefined;
    const f = judgeAt(scan.text, start, end, exp, 'html', 'text', map);
    if (!inAnchor || inAnchor.href === null) {
      if (f) out.push(f);
      continue;
    }
    // A URL shown as an anchor's text: it must be where the anchor really goes.
    const href = hrefFinding.get(inAnchor);
    const visible = scan.text.slice(start, end);
    const involved = !!f || !!href;
    if (involved && !sameTarget(visible, inAnchor.href)) {
      const pv = readLinkParts(unwrapRedirects(visible).url);
      const ph = readLinkParts(unwrapRedirects(inAnchor.href).url);
      const part = (pv && ph ? diffLinkParts(ph, pv)[0] : undefined) ?? 'host';
      const problem: LinkProblem = {
        code: 'anchor-text-differs',
        part,
        message: `A link shows "${shorten(visible)}" but opens "${shorten(inAnchor.href)}": what the customer sees and where the click goes differ.`,
      };
      // The invitation link the anchor stands for (what it shows, else where it goes): with two
      // expected links, the mismatch is that link's problem (withoutOthers).
      const shown = pv && looksLikeInvitation(pv) ? pv : ph && looksLikeInvitation(ph) ? ph : undefined;
      const found = shown ? { found: shown } : {};
      // Repair the side that is wrong: the visible text when the target is the right link, else the target.
      if (href?.kind === 'intact')
        out.push({ kind: 'mismatch', ...found, problems: [problem], ...map(start, end), where: 'text' });
      else
        out.push({
          kind: 'mismatch',
          ...found,
          problems: [problem],
          start: inAnchor.hrefStart,
          end: inAnchor.hrefEnd,
          where: 'href',
        });
    }
    // The visible URL is judged on its own too, unless it merely repeats a correct target.
    if (f && href?.kind !== 'intact') out.push(f);
  }
  return withoutOthers(out, exp, others);
}

const escapeHtmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeHtmlAttr = (s: string): string => escapeHtmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** checkLink(body, link, 'html') of ./guard.ts. */
export function checkHtmlLink(body: string, link: string, options: GuardOptions = {}): LinkCheck {
  const exp = prepare(link);
  if (!exp) return INVALID;
  return judge(collectHtml(body, exp, prepareOthers(exp, options.others)));
}

/** Where the intact link stands in the visible text of `body` (null when it is not intact there). */
export function htmlLinkPlace(body: string, link: string): LinkPlace | null {
  const exp = prepare(link);
  if (!exp) return null;
  const scan = scanHtml(body);
  for (const a of scan.anchors) {
    if (
      a.href &&
      judgeAt(a.href, 0, a.href.length, exp, 'html', 'href', () => ({ start: 0, end: 0 }))?.kind === 'intact'
    )
      return placeAround(scan.text, a.textStart, a.textEnd);
  }
  const identity = (x: number, y: number) => ({ start: x, end: y });
  for (const { start, end } of findUrls(scan.text)) {
    if (judgeAt(scan.text, start, end, exp, 'html', 'text', identity)?.kind === 'intact')
      return placeAround(scan.text, start, end);
  }
  return null;
}

/**
 * restoreLink(body, link, 'html') of ./guard.ts: a missing link goes back to its former place
 * (`options.place`) when the text around it is still there, else as its own paragraph above the
 * quoted earlier messages, else at the end. Quoted messages are never rewritten.
 */
export function restoreHtmlLink(body: string, link: string, options: GuardOptions = {}): string {
  const exp = prepare(link);
  if (!exp) return body;
  const others = prepareOthers(exp, options.others);
  const asText = escapeHtmlText(exp.raw);
  const asAttr = escapeHtmlAttr(exp.raw);
  const anchor = `<a href="${asAttr}">${asText}</a>`;
  const addMissing = (b: string): string => {
    const scan = scanHtml(b);
    // Close whatever the body leaves open: an unterminated comment or tag would hide the link.
    if (scan.unclosed) return b + scan.unclosed + `<p>${anchor}</p>`;
    const at = options.place ? findPlace(scan.text, options.place) : null;
    if (at) {
      const t = scan.text;
      const src = at.offset === 0 ? scan.toSource(0, 1).start : scan.toSource(at.offset - 1, at.offset).end;
      const lead = at.lineStart && at.offset > 0 && t[at.offset - 1] !== '\n' ? '<br>' : '';
      const trail = at.lineEnd && at.offset < t.length && t[at.offset] !== '\n' ? '<br>' : '';
      return b.slice(0, src) + lead + anchor + trail + b.slice(src);
    }
    if (scan.quoteStart >= 0) return b.slice(0, scan.quoteStart) + `<p>${anchor}</p>` + b.slice(scan.quoteStart);
    const close = b.search(/<\/body\s*>/i);
    return close >= 0 ? b.slice(0, close) + `<p>${anchor}</p>` + b.slice(close) : b + `<p>${anchor}</p>`;
  };
  return restoreRepeated(body, (b) => restorePass(b, collectHtml(b, exp, others), asText, asAttr, addMissing));
}
