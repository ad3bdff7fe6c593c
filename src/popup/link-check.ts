// The guard's verdict (core/guard.ts) in the UI's language: a short label and one sentence
// per problem, translated by problem code and link part rather than shown in core's English.
import type { LinkCheck } from '../core/guard-core';
import { t } from '../platform/i18n';

export type LinkCheckView = { intact: boolean; label: string; problems: string[] };

export function viewLinkCheck(check: LinkCheck): LinkCheckView {
  return {
    intact: check.status === 'intact',
    label: t(`popup_link_${check.status}`),
    problems: check.problems.map((p) => {
      const part = p.part ? t(`popup_part_${p.part}`) : '';
      const text = t(`popup_guard_${p.code.replace(/-/g, '_')}`, part);
      // An unknown code (core added one) falls back to core's own English sentence.
      return text.startsWith('popup_') ? p.message : text;
    }),
  };
}
