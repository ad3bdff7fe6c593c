// Builds a `mailto:` URL per RFC 6068 so the default mail app opens a draft with the
// invitation. The body carries the invitation link, whose `&` and `#` would otherwise
// end the body field or start a fragment; `+` would become a space in some clients.
//
// Mail apps and browsers truncate long mailto URLs (Outlook desktop and some Windows
// handlers around 2,000 characters), which would cut the link off: when the URL is longer
// than MAILTO_MAX_LENGTH the UI must offer copy instead.

/** Above this many characters a mailto URL risks being truncated by the mail app. */
export const MAILTO_MAX_LENGTH = 2000;

export type MailtoInput = {
  /** One address, several separated by `,` or `;`, a list, or empty (the user fills it in). */
  to: string | readonly string[];
  subject: string;
  body: string;
};

export type Mailto = { url: string; tooLong: boolean; length: number };

// A lone surrogate makes encodeURIComponent throw; replace it with U+FFFD first.
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// encodeURIComponent percent-encodes as UTF-8 and leaves only A-Z a-z 0-9 - _ . ! ~ * ' ( )
// as they are: `&`, `#`, `+`, `%`, `?`, `=` and spaces (as %20, never `+`) all get encoded.
function encode(value: string): string {
  return encodeURIComponent(wellFormed(value));
}

/** RFC 6068 §5: line breaks in the body are CRLF, encoded as %0D%0A. */
function encodeBody(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map(encode)
    .join('%0D%0A');
}

/** Splits, trims and drops empty addresses. */
export function mailtoRecipients(to: string | readonly string[]): string[] {
  const list = typeof to === 'string' ? [to] : to;
  return list
    .flatMap((item) => item.split(/[,;]/))
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

export function buildMailto({ to, subject, body }: MailtoInput): Mailto {
  // `@` is legal in the path of a mailto URL and reads better left alone.
  const path = mailtoRecipients(to)
    .map((a) => encode(a).replace(/%40/g, '@'))
    .join(',');
  const fields: string[] = [];
  // Subjects are one line; a line break there would be a header injection.
  const oneLineSubject = subject.replace(/[\r\n]+/g, ' ');
  if (oneLineSubject !== '') fields.push(`subject=${encode(oneLineSubject)}`);
  if (body !== '') fields.push(`body=${encodeBody(body)}`);
  const url = `mailto:${path}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
  return { url, tooLong: url.length > MAILTO_MAX_LENGTH, length: url.length };
}
