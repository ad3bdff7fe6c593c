// The guard's strings, read through i18n as the injected script reads them (from the real
// _locales, via the shared fake browser).
import { t } from '../../../src/platform/i18n';
import type { GuardStrings } from '../../../src/content/link-guard';

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

/** The notice box inside its shadow root, or null when no notice is shown. */
export function noticeBox(doc: Document = document): HTMLElement | null {
  const host = doc.querySelector('[data-partner-invite="link-notice"]');
  return host?.shadowRoot?.querySelector<HTMLElement>('.box') ?? null;
}

export function noticeButton(name: string, doc: Document = document): HTMLButtonElement | undefined {
  return Array.from(noticeBox(doc)?.querySelectorAll('button') ?? []).find((b) => b.textContent === name);
}
