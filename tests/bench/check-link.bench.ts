// checkLink timing on realistic 20 KB bodies. Dependency-free: runs in node and in the
// bench lab page (the `ship` branch's runner imports benchCheckLink).
import { checkLink, restoreLink, type BodyFormat } from '../../src/core/guard';
import { BILLING_PROFILE, DIRECT_DAP } from '../fixtures/links';

const LINK = DIRECT_DAP;
const BILLING = BILLING_PROFILE;
const TARGET = 20 * 1024;

const WORDS = (
  'the customer partner invitation global admin microsoft agreement accept relationship reseller subscriptions ' +
  'azure office support contacts please review billing tenant account follow week meeting thanks regards team ' +
  'cliente invito amministratore accordo gestione servizi grazie saluti'
).split(' ');

/** Deterministic prose: a linear congruential generator, so every run measures the same body. */
function prose(seed: number, words: number): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[x % WORDS.length] ?? 'x');
  }
  return out.join(' ');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const safelinks = (url: string) =>
  `https://eur03.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C02%7Cx%40contoso.com%7C0%7C&reserved=0`;

/** An Outlook-style HTML email: style block, paragraphs, the invitation anchor, billing link, signature, a quoted thread. */
export function htmlBody(size = TARGET): string {
  const head =
    '<html><head><meta charset="utf-8"><style>p{margin:0;font-family:Calibri,sans-serif}.sig{color:#555}</style></head><body>' +
    `<div class="elementToProof"><p>Dear Contoso,</p><p>${esc(prose(1, 60))}</p>` +
    `<p><a href="${esc(LINK)}" target="_blank" rel="noopener">${esc(LINK)}</a></p>` +
    `<p>${esc(prose(2, 40))} <a href="${esc(BILLING)}">billing profile</a>.</p></div>` +
    `<div class="sig"><p>Mario Rossi &ndash; Fabrikam S.r.l.</p><p><a href="${esc(safelinks('https://www.fabrikam.example/'))}">www.fabrikam.example</a></p></div>`;
  let quoted = '';
  for (let i = 3; head.length + quoted.length < size - 40; i++) {
    quoted += `<blockquote style="border-left:1px solid #ccc;padding-left:8px"><p><b>From:</b> someone@contoso.example<br><b>Sent:</b> Monday</p><p>${esc(prose(i, 40))}</p><p><a href="https://contoso.example/doc/${i}">https://contoso.example/doc/${i}</a></p></blockquote>`;
  }
  return `${head}${quoted}</body></html>`;
}

/** A plain-text email of the same kind, wrapped at 76 columns except the link line. */
export function textBody(size = TARGET): string {
  const wrap = (s: string) => s.replace(/(.{1,76})(\s|$)/g, '$1\n');
  let out = `Dear Contoso,\n\n${wrap(prose(1, 60))}\n${LINK}\n\n${wrap(prose(2, 40))}Billing profile: ${BILLING}\n\n-- \nMario Rossi\nhttps://www.fabrikam.example/\n`;
  for (let i = 3; out.length < size; i++)
    out += `\n> From: someone@contoso.example\n> ${wrap(prose(i, 40)).replace(/\n(?=.)/g, '\n> ')}> https://contoso.example/doc/${i}\n`;
  return out.slice(0, size);
}

/** Bodies built to trip a careless scanner or repair into quadratic time. */
export function hostileBodies(): string[] {
  return [
    'https://'.repeat(2600),
    `${LINK.slice(0, 50)} `.repeat(400),
    `${LINK.slice(0, 50)}\n${LINK.slice(50, 60)} `.repeat(300),
    `https://a.example/?partnerId=${'a'.repeat(20000)}`,
    `${LINK} `.repeat(110),
    '<a href="'.repeat(2300),
    '<b>'.repeat(7000),
    '&amp;'.repeat(4000),
    `<a ${'x=1 '.repeat(5000)}>`,
    '<script>'.repeat(2500),
    '<!--'.repeat(5000),
  ];
}

export const BENCH_LINK = LINK;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function timeOne(body: string, format: BodyFormat, runs: number, inner: number): number[] {
  if (checkLink(body, LINK, format).status !== 'intact')
    throw new Error(`bench ${format} body: the link should be intact`);
  for (let i = 0; i < 50; i++) checkLink(body, LINK, format); // warm up the JIT
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) checkLink(body, LINK, format);
    times.push((performance.now() - t0) / inner);
  }
  return times.sort((a, b) => a - b);
}

/**
 * Median and 95th percentile of one checkLink call (ms) on a 20 KB HTML body and a 20 KB text body;
 * the worse of the two is reported first so a runner reading the first "ms" field gets it.
 */
export async function benchCheckLink(): Promise<{
  name: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
  html: { medianMs: number; p95Ms: number; bytes: number };
  text: { medianMs: number; p95Ms: number; bytes: number };
  /** Worst best-of-5 time of checkLink + restoreLink over hostileBodies(), both formats. */
  hostileWorstMs: number;
}> {
  const runs = 200;
  const inner = 5;
  const h = htmlBody();
  const t = textBody();
  const ht = timeOne(h, 'html', runs, inner);
  const tt = timeOne(t, 'text', runs, inner);
  const html = { medianMs: percentile(ht, 0.5), p95Ms: percentile(ht, 0.95), bytes: h.length };
  const text = { medianMs: percentile(tt, 0.5), p95Ms: percentile(tt, 0.95), bytes: t.length };
  let hostileWorstMs = 0;
  for (const body of hostileBodies()) {
    for (const format of ['text', 'html'] as const) {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        checkLink(restoreLink(body, LINK, format), LINK, format);
        best = Math.min(best, performance.now() - t0);
      }
      hostileWorstMs = Math.max(hostileWorstMs, best);
    }
  }
  return {
    name: 'checkLink on a 20 KB body (worse of HTML and text)',
    medianMs: Math.max(html.medianMs, text.medianMs),
    p95Ms: Math.max(html.p95Ms, text.p95Ms),
    runs,
    html,
    text,
    hostileWorstMs,
  };
}
