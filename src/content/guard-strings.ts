// The link guard's notice strings in the UI language, read all at once: once the extension is
// updated, chrome.i18n throws in the old content script's copy.
import { t } from '../platform/i18n';
import type { GuardStrings } from './link-guard';

export function guardStrings(): GuardStrings {
  return {
    title: t('insert_notice_title'),
    restore: t('insert_notice_restore'),
    dismiss: t('insert_notice_dismiss'),
    reload: t('insert_notice_reload'),
    missing: t('insert_notice_missing'),
    altered: t('insert_notice_altered'),
    broken: t('insert_notice_broken'),
    conflict: t('insert_notice_conflict'),
  };
}
