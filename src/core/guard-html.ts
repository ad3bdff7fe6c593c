// The link guard for HTML bodies (see ./guard-core.ts): anchors' targets and visible text,
// read through the HTML scanner.
import {
  findUrls,
  INVALID,
  judge,
  judgeAt,
  prepare,
  restorePass,
  restoreRepeated,
  type Expected,
  type Finding,
  type LinkCheck,
  type LinkProblem,
} from './guard-core';
import { scanHtml, type ScannedAnchor } from './html-scan';
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

function collectHtml(body: string, exp: Expected): Finding[] {
  const scan = scanHtml(body);
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
      // Repair the side that is wrong: the visible text when the target is the right link, else the target.
      if (href?.kind === 'intact')
        out.push({ kind: 'mismatch', problems: [problem], ...map(start, end), where: 'text' });
      else
        out.push({
          kind: 'mismatch',
          problems: [problem],
          start: inAnchor.hrefStart,
          end: inAnchor.hrefEnd,
          where: 'href',
        });
    }
    // The visible URL is judged on its own too, unless it merely repeats a correct target.
    if (f && href?.kind !== 'intact') out.push(f);
  }
  return out;
}

const escapeHtmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeHtmlAttr = (s: string): string => escapeHtmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** checkLink(body, link, 'html') of ./guard.ts. */
export function checkHtmlLink(body: string, link: string): LinkCheck {
  const exp = prepare(link);
  if (!exp) return INVALID;
  return judge(collectHtml(body, exp));
}

/** restoreLink(body, link, 'html') of ./guard.ts: a missing link is added as its own paragraph. */
export function restoreHtmlLink(body: string, link: string): string {
  const exp = prepare(link);
  if (!exp) return body;
  const asText = escapeHtmlText(exp.raw);
  const asAttr = escapeHtmlAttr(exp.raw);
  const addMissing = (b: string): string => {
    const para = `<p><a href="${asAttr}">${asText}</a></p>`;
    // Close whatever the body leaves open: an unterminated comment or tag would hide the link.
    const unclosed = scanHtml(b).unclosed;
    if (unclosed) return b + unclosed + para;
    const close = b.search(/<\/body\s*>/i);
    return close >= 0 ? b.slice(0, close) + para + b.slice(close) : b + para;
  };
  return restoreRepeated(body, (b) => restorePass(b, collectHtml(b, exp), asText, asAttr, addMissing));
}
