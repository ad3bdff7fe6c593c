// Renders the invitation email from a template with {{named}} placeholders into a
// subject, a plain-text body and an HTML body.
//
// Rules (the popup, options page and insertion code rely on them):
// - Every value is escaped in the HTML; nothing typed in the template or in the data
//   becomes markup. URLs typed in the template stay plain text.
// - The invitation links are the ONLY anchors: `<a href="LINK">LINK</a>`, the exact link as
//   both href and visible text, for {{link}} (the reseller relationship) and {{gdapLink}} (the
//   GDAP relationship request, docs/domain.md#dap-and-gdap). A link becomes an anchor only when
//   it is an https URL without spaces; anything else (a `javascript:` value, say) is shown as text.
// - A paragraph that uses {{gdapLink}} or {{gdapNote}} is left out when the email carries no
//   GDAP link: the GDAP paragraphs disappear, and nothing describes admin access.
// - Paragraphs come from blank lines; single line breaks become <br>. A paragraph that
//   renders to nothing (e.g. only an empty value) is dropped from text and HTML alike.
// - Unknown placeholders are left visible as typed (`{{foo}}`), so a typo shows up in the
//   preview; `templateProblems()` lists them for the options page.
// - `{{link}}` may appear more than once (e.g. once at the top, once at the end): every
//   occurrence renders to the same link and the link guard treats identical copies as one.
import type { CloudId } from './cloud-ids';
import { languageEntry, type Language } from './languages';
import { effectiveDap } from './dap';
import type { EmailTemplate } from './settings';

export type TemplateData = {
  customerName: string;
  partnerName: string;
  link: string;
  /** The GDAP relationship request sent in the same email; absent or '' for none. */
  gdapLink?: string;
  cloud: CloudId;
  dap: boolean;
  language: Language;
};

export type RenderedInvitation = { subject: string; text: string; html: string };

export const PLACEHOLDERS = [
  'customerName',
  'partnerName',
  'link',
  'acceptPortal',
  'globalAdminNote',
  'mcaNote',
  'dapNote',
  'linkNote',
  'gdapLink',
  'gdapNote',
] as const;
type PlaceholderName = (typeof PLACEHOLDERS)[number];

/** The placeholders that render a link (an anchor in HTML; never in the subject). */
const LINK_PLACEHOLDERS: ReadonlySet<string> = new Set(['link', 'gdapLink']);
/** The placeholders of the GDAP paragraphs, left out with them when there is no GDAP link. */
const GDAP_PLACEHOLDERS: ReadonlySet<string> = new Set(['gdapLink', 'gdapNote']);

const KNOWN = new Set<string>(PLACEHOLDERS);

/** The shipped template for `lang` (a fresh copy the caller may change). */
export function defaultTemplate(lang: Language): EmailTemplate {
  return { ...languageEntry(lang).template };
}

// `{{name}}`; anything else between double braces is caught too, to be reported.
const PLACEHOLDER_RE = /\{\{([^{}\r\n]{0,80})\}\}/g;

type Token = { kind: 'text'; value: string } | { kind: 'placeholder'; name: string; raw: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of source.matchAll(PLACEHOLDER_RE)) {
    const start = m.index;
    if (start > last) tokens.push({ kind: 'text', value: source.slice(last, start) });
    // Names are exact (`{{ link }}` is unknown), matching settings' `{{link}}` check.
    tokens.push({ kind: 'placeholder', name: m[1] ?? '', raw: m[0] });
    last = start + m[0].length;
  }
  if (last < source.length) tokens.push({ kind: 'text', value: source.slice(last) });
  return tokens;
}

// Names and links are single-line values: a line break or control character in them
// would break the subject or the layout.
function singleLine(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** True when `link` may be used as an anchor's href: https, no whitespace. */
function isAnchorSafe(link: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(link);
}

function values(data: TemplateData): Record<PlaceholderName, string> {
  const { notes, acceptPortal } = languageEntry(data.language);
  const partner = singleLine(data.partnerName);
  const gdapLink = singleLine(data.gdapLink ?? '');
  return {
    customerName: singleLine(data.customerName),
    partnerName: partner,
    link: singleLine(data.link),
    acceptPortal: acceptPortal[data.cloud],
    globalAdminNote: notes.globalAdminNote,
    mcaNote: notes.mcaNote,
    dapNote: notes.dapNote(partner, effectiveDap(data.cloud, data.dap)),
    linkNote: notes.linkNote(gdapLink !== ''),
    gdapLink,
    gdapNote: gdapLink ? notes.gdapNote : '',
  };
}

function valueOf(token: Extract<Token, { kind: 'placeholder' }>, vals: Record<PlaceholderName, string>): string | null {
  return KNOWN.has(token.name) ? vals[token.name as PlaceholderName] : null;
}

function renderText(tokens: Token[], vals: Record<PlaceholderName, string>): string {
  return tokens.map((t) => (t.kind === 'text' ? t.value : (valueOf(t, vals) ?? t.raw))).join('');
}

function renderHtml(tokens: Token[], vals: Record<PlaceholderName, string>): string {
  return tokens
    .map((t) => {
      if (t.kind === 'text') return escapeHtml(t.value).replace(/\n/g, '<br>');
      const value = valueOf(t, vals);
      if (value === null) return escapeHtml(t.raw);
      if (LINK_PLACEHOLDERS.has(t.name) && isAnchorSafe(value)) {
        const safe = escapeHtml(value);
        return `<a href="${safe}">${safe}</a>`;
      }
      return escapeHtml(value);
    })
    .join('');
}

// Blank lines (possibly holding spaces) separate paragraphs.
const PARAGRAPH_BREAK = /\n[ \t]*(?:\n[ \t]*)+/;

export function renderInvitation(template: EmailTemplate, data: TemplateData): RenderedInvitation {
  const vals = values(data);
  const subject = singleLine(renderText(tokenize(template.subject), vals));
  const paragraphs = template.body
    .replace(/\r\n?/g, '\n')
    .split(PARAGRAPH_BREAK)
    .map((p) => tokenize(p.replace(/^\n+|\n+$/g, '')))
    .filter(
      (tokens) =>
        vals.gdapLink !== '' || !tokens.some((t) => t.kind === 'placeholder' && GDAP_PLACEHOLDERS.has(t.name)),
    )
    .map((tokens) => ({ text: renderText(tokens, vals), tokens }))
    .filter((p) => p.text.trim() !== '');
  return {
    subject,
    text: paragraphs.map((p) => p.text).join('\n\n'),
    html: paragraphs.map((p) => `<p>${renderHtml(p.tokens, vals)}</p>`).join('\n'),
  };
}

export type TemplateProblem = {
  code: 'missing-link' | 'unknown-placeholder' | 'link-in-subject';
  where: 'subject' | 'body';
  /** The placeholder as typed, for 'unknown-placeholder' and 'link-in-subject'. */
  placeholder?: string;
  message: string;
};

/**
 * What is wrong with a template, for the options page: no `{{link}}` in the body,
 * placeholders that are not known (left visible when rendering), or the link in the
 * subject (mail apps show subjects as plain text, so the link would not be clickable and
 * would be easy to cut). An empty list means the template is fine.
 * A repeated `{{link}}` is allowed (see the top of this file).
 */
export function templateProblems(template: EmailTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  for (const where of ['subject', 'body'] as const) {
    for (const t of tokenize(template[where])) {
      if (t.kind !== 'placeholder') continue;
      if (LINK_PLACEHOLDERS.has(t.name) && where === 'subject') {
        problems.push({
          code: 'link-in-subject',
          where,
          placeholder: t.raw,
          message: `Put ${t.raw} in the body, not in the subject.`,
        });
      } else if (!KNOWN.has(t.name) && !seen.has(`${where}:${t.raw}`)) {
        seen.add(`${where}:${t.raw}`);
        problems.push({
          code: 'unknown-placeholder',
          where,
          placeholder: t.raw,
          message: `Unknown placeholder ${t.raw} in the ${where}: it will be sent as typed. Known ones: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
        });
      }
    }
  }
  if (!tokenize(template.body).some((t) => t.kind === 'placeholder' && t.name === 'link')) {
    problems.unshift({
      code: 'missing-link',
      where: 'body',
      message: 'The body must contain {{link}}: the invitation link goes there.',
    });
  }
  return problems;
}
