// The pages' client for the worker's protocol (./protocol.ts): one request, one validated reply.
import type { RefusalCode } from '../core/refusal';
import { pageApi } from './page-api';
import type { Reply, ReplyValue, Request } from './protocol';

/** Why a send failed: the worker's refusal code, or 'no-answer' when no reply arrived at all. */
type SendError = Error & { code: RefusalCode };

const NO_ANSWER = 'The extension did not answer. Reload the page and try again.';

function sendError(message: string, code: RefusalCode | undefined): SendError {
  return Object.assign(new Error(message), code ? { code } : {}) as SendError;
}

export type SendOptions = {
  /**
   * How many times to send again when no reply arrives (the worker was stopped mid-request,
   * say). Only for requests the worker applies once however often they arrive (a record with
   * its own id): the first attempt may have been applied before the reply was lost.
   * Refusals are never retried.
   */
  retries?: number;
};

/**
 * Sends `request` to the service worker and resolves to its reply's value. Rejects with a
 * SendError: the worker's refusal (its `code` is translated by ui/error-text.ts), or
 * `code: 'no-answer'` when the message got no reply, whatever the browser's wording was.
 */
export async function send<R extends Request>(request: R, options: SendOptions = {}): Promise<ReplyValue[R['type']]> {
  const attempts = 1 + Math.max(0, options.retries ?? 0);
  for (let attempt = 1; ; attempt += 1) {
    let reply: Reply<ReplyValue[R['type']]> | undefined;
    try {
      reply = await pageApi.runtime.sendMessage(request);
    } catch {
      // "Receiving end does not exist", "message channel closed…": the wording varies by browser
      // and version; all of them mean the reply was lost.
      reply = undefined;
    }
    if (reply) {
      if (!reply.ok) throw sendError(reply.error, reply.code);
      return reply.value;
    }
    if (attempt >= attempts) throw sendError(NO_ANSWER, 'no-answer');
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}
