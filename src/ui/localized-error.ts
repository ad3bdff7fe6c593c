// Core refusals carry a stable code and a precise English sentence. The English UI shows the
// sentence; other languages show their own translation for the code when there is one.
import { t, uiLanguage } from '../platform/i18n';

export function localizedError(
  prefix: 'options_linkErr_' | 'options_csvErr_' | 'options_backupErr_' | 'popup_linkBuild_' | 'refusal_',
  code: string,
  english: string,
  subs?: string[],
): string {
  if (uiLanguage() === 'en') return english;
  const key = `${prefix}${code.replace(/-/g, '_')}`;
  const text = t(key, subs);
  return text === key ? english : text;
}
