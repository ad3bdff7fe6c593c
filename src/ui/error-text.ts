// What went wrong, in the UI's language. A refusal from the worker carries a stable code, which
// send() keeps on the Error it throws: the Italian UI shows its own message for that code. The
// English UI, and any error without a translated code, show the error's own (English) message,
// which may be more precise (it can name the record's status, say).
import { t, uiLanguage } from './i18n';

export function errorText(error: unknown): string {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  if (typeof code === 'string' && uiLanguage() !== 'en') {
    const key = `refusal_${code.replace(/-/g, '_')}`;
    const text = t(key);
    if (text !== key) return text;
  }
  return error instanceof Error ? error.message : String(error);
}
