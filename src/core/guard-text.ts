// The link guard for plain-text bodies (see ./guard-core.ts). Pages that only check text, like
// the popup, import this module rather than ./guard.ts, so the HTML scanner is not loaded.
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
} from './guard-core';

function collectText(body: string, exp: Expected): Finding[] {
  const out: Finding[] = [];
  const identity = (a: number, b: number) => ({ start: a, end: b });
  for (const { start, end } of findUrls(body)) {
    const f = judgeAt(body, start, end, exp, 'text', 'text', identity);
    if (f) out.push(f);
  }
  return out;
}

/** checkLink(body, link, 'text') of ./guard.ts. */
export function checkTextLink(body: string, link: string): LinkCheck {
  const exp = prepare(link);
  if (!exp) return INVALID;
  return judge(collectText(body, exp));
}

/** restoreLink(body, link, 'text') of ./guard.ts: a missing link is added on its own line. */
export function restoreTextLink(body: string, link: string): string {
  const exp = prepare(link);
  if (!exp) return body;
  const addMissing = (b: string) => `${b}${b === '' || b.endsWith('\n') ? '' : '\n'}${exp.raw}\n`;
  return restoreRepeated(body, (b) => restorePass(b, collectText(b, exp), exp.raw, exp.raw, addMissing));
}
