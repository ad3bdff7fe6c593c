// What went wrong, in the UI's language. A refusal from the worker carries a stable code, which
// send() keeps on the Error it throws: the Italian UI shows its own message for that code
// (refusal_*), through the same rule as core's refusals (./localized-error.ts). Any error
// without a code shows its own message.
import { localizedError } from './localized-error';

export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const { code, subs } = error instanceof Error ? (error as Error & { code?: unknown; subs?: unknown }) : {};
  // `subs` fill a translated message's $1…$n (a refused settings write names its limit).
  const fill = Array.isArray(subs) && subs.every((s) => typeof s === 'string') ? subs : undefined;
  return typeof code === 'string' ? localizedError('refusal_', code, message, fill) : message;
}
