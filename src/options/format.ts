// Dates and statuses as the options page shows them, in the UI language.
import type { InvitationStatus, PartName } from '../core/invitation';
import type { Tone } from '../ui';
import { t, uiLanguage } from '../platform/i18n';

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (ms: number): string => dateFormat.format(ms);
const relativeFormat = new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'auto' });
/** "in 42 days", "tomorrow", "today", in the UI language. */
export const formatDaysFromNow = (days: number): string => relativeFormat.format(days, 'day');
export const formatDateTime = (ms: number): string => dateTimeFormat.format(ms);

export const STATUS_TONE: Record<InvitationStatus, Tone> = {
  pending: 'warn',
  accepted: 'ok',
  cancelled: 'neutral',
  expired: 'error',
};

export function statusLabel(status: InvitationStatus): string {
  return t(`tracker_status_${status}`);
}

/** A part's status: a GDAP request is "approved" where the reseller relationship is "accepted". */
export function partStatusLabel(part: PartName, status: InvitationStatus): string {
  return part === 'gdap' && status === 'accepted' ? t('tracker_gdapApproved') : statusLabel(status);
}

export function partTitle(part: PartName): string {
  return t(part === 'gdap' ? 'tracker_part_gdap' : 'tracker_part_reseller');
}
