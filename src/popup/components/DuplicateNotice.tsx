// The customer is already pending (same email address, or same domain): said before anything
// is recorded, with what recording will do and the other choice. By default the email is
// recorded as a follow-up to the pending invitation (a reseller relationship is one per
// customer); the partner may keep it a new invitation instead.
import type { Duplicate } from '../../core/duplicates';
import { t, tPlural } from '../../platform/i18n';
import { Button, Notice } from '../../ui';
import { relativeDays } from '../time';

export function DuplicateNotice(props: {
  duplicates: readonly Duplicate[];
  /** True when the email will be recorded as a follow-up to the first duplicate. */
  asFollowUp: boolean;
  now: number;
  onKeepApart: (apart: boolean) => void;
}) {
  const [first, ...rest] = props.duplicates;
  if (!first) return null;
  const sent = relativeDays(first.createdAt, props.now);
  return (
    <Notice tone="warn" role="status" id="pp-duplicate" title={t('popup_dup_title')}>
      <p>
        {first.reason === 'email'
          ? t('popup_dup_email', [first.customerName, sent])
          : t('popup_dup_domain', [first.customerName, first.customerEmail, sent])}
        {rest.length > 0 ? ` ${tPlural('popup_dup_more', rest.length)}` : ''}
      </p>
      <p>
        <strong>{props.asFollowUp ? t('popup_dup_as_followup') : t('popup_dup_as_new')}</strong>
      </p>
      <Button small onClick={() => props.onKeepApart(props.asFollowUp)}>
        {props.asFollowUp ? t('popup_dup_choose_new') : t('popup_dup_choose_followup')}
      </Button>
    </Notice>
  );
}
