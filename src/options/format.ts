// Dates and statuses as the options page shows them, in the UI language.
import type { InvitationStatus } from '../core/invitation';
import type { Tone } from '../ui';
import { t, uiLanguage } from '../platform/i18n';

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (ms: number): string => dateFormat.format(ms);
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
