// Pure rules for the customer fields of the compose form: validation, the domain guessed
// from the email, and the country warning. No link or template code here, so the popup's
// form can paint before the draft engine (core/compose.ts, guard, template) has loaded.

// Same pattern zod's `z.email()` uses, so the worker never refuses what the popup accepted.
const EMAIL_RE = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const DOMAIN_RE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isValidEmail(email: string): boolean {
  return email.length <= 320 && EMAIL_RE.test(email.trim());
}

/** The domain part of an email address, lower case; '' when there is none yet. */
export function emailDomain(email: string): string {
  const at = email.trim().lastIndexOf('@');
  if (at < 0) return '';
  const domain = email
    .trim()
    .slice(at + 1)
    .toLowerCase();
  return DOMAIN_RE.test(domain) ? domain : '';
}

export type CustomerInput = { customerName: string; customerEmail: string; customerDomain: string };
export type CustomerProblems = Partial<{
  customerName: 'required' | 'tooLong';
  customerEmail: 'required' | 'invalid';
  customerDomain: 'invalid';
}>;

/** Why the customer fields cannot be recorded; an empty object means they can. */
export function checkCustomer(input: CustomerInput): CustomerProblems {
  const problems: CustomerProblems = {};
  const name = input.customerName.trim();
  if (!name) problems.customerName = 'required';
  else if (name.length > 200) problems.customerName = 'tooLong';
  const email = input.customerEmail.trim();
  if (!email) problems.customerEmail = 'required';
  else if (!isValidEmail(email)) problems.customerEmail = 'invalid';
  const domain = input.customerDomain.trim().toLowerCase();
  if (domain && !DOMAIN_RE.test(domain)) problems.customerDomain = 'invalid';
  return problems;
}

/**
 * docs/domain.md#the-invitation-flow, item 4: relationships only within the partner's own country or region.
 * True when both are known and differ (a neighbour in the same region may still be fine,
 * so the popup warns rather than blocks).
 */
export function isForeignCustomer(partnerCountry: string, customerCountry: string): boolean {
  return Boolean(partnerCountry && customerCountry && partnerCountry !== customerCountry);
}
