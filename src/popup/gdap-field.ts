// The compose form's GDAP link field (optional): what the partner pasted, read with the same
// reader the worker checks it with (core/gdap-link.ts), and why it cannot be used, in the UI
// language. A link wrapped by Safe Links or Google is offered unwrapped.
import { readGdapLink, type GdapLinkProblem } from '../core/gdap-link';
import { t } from '../platform/i18n';

export type GdapFieldView = {
  /** The GDAP request link to send; '' when the field is empty or wrong. */
  link: string;
  /** Why the field's value cannot be sent; null when it is empty or a GDAP link. */
  error: string | null;
  /** The GDAP link inside a Safe Links or Google redirect, to offer instead. */
  unwrapped: string | null;
};

function problemText(p: GdapLinkProblem): string {
  switch (p.code) {
    case 'reseller-link':
      return t('popup_gdapErr_reseller_link');
    case 'not-gdap':
    case 'empty':
      return t('popup_gdapErr_not_gdap');
    case 'path':
      return t('popup_gdapErr_path');
    default:
      // The host checks and the relationship id read as they do for the profile's link.
      return t(`options_linkErr_${p.code.replace(/-/g, '_')}`);
  }
}

export function gdapFieldView(input: string): GdapFieldView {
  if (input.trim() === '') return { link: '', error: null, unwrapped: null };
  const r = readGdapLink(input);
  if (r.ok) return { link: r.value.url, error: null, unwrapped: null };
  return {
    link: '',
    error: problemText(r.problem),
    unwrapped: r.problem.code === 'wrapped' ? r.problem.unwrapped : null,
  };
}
