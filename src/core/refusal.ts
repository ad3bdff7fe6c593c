// Why the worker refused a message, as a stable code next to the English sentence: pages show
// their own words for it (ui/error-text.ts, refusal_* messages). No browser API here, so tests
// and every context can import it.
import type { ActionErrorCode } from './lifecycle';

/** The dispatcher's own refusals, and send()'s when no reply came. */
export const DISPATCH_REFUSALS = ['refused-sender', 'refused-privileged', 'malformed', 'no-answer'] as const;
/** A handler's refusals that are not lifecycle rules: the record asked for is gone. */
export const RECORD_REFUSALS = ['not-found'] as const;
/** Why the worker refused a message: a lifecycle refusal (core/lifecycle.ts), a record's, or the dispatcher's own. */
export type RefusalCode = ActionErrorCode | (typeof RECORD_REFUSALS)[number] | (typeof DISPATCH_REFUSALS)[number];

/** An error a handler throws to refuse with a code the pages can translate. */
export class RefusalError extends Error {
  constructor(
    message: string,
    readonly code: RefusalCode,
  ) {
    super(message);
  }
}
