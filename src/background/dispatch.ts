// Message checks and dispatch, separate from the listener so it is tested with plain senders.
import '../core/zod-english';
import { RefusalError } from '../core/refusal';
import { PRIVILEGED, requestSchema, type Handlers, type Reply, type Request } from '../platform/protocol';
import { isExtensionPage } from './sender';
import browser, { type Runtime } from '../platform/browser';

export const REFUSED_SENDER = 'Refused: this message did not come from Partner Invite.';
export const REFUSED_PRIVILEGED = 'Refused: this action is only allowed from the extension’s own pages.';
export const MALFORMED = 'Refused: malformed or unknown message.';

/** Validate, check the sender, run the handler; never throws, always a Reply. */
export async function dispatch(message: unknown, sender: Runtime.MessageSender, handlers: Handlers): Promise<Reply> {
  if (sender.id !== browser.runtime.id) {
    console.warn('Partner Invite: dropped a message from another extension or page', sender.id, sender.url);
    return { ok: false, error: REFUSED_SENDER, code: 'refused-sender' };
  }
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) {
    const type =
      typeof message === 'object' && message !== null && 'type' in message
        ? String(message.type).slice(0, 64)
        : typeof message;
    console.warn('Partner Invite: dropped a malformed message', type, parsed.error.issues[0]?.message);
    return { ok: false, error: MALFORMED, code: 'malformed' };
  }
  const request = parsed.data;
  if (PRIVILEGED.has(request.type) && !isExtensionPage(sender)) {
    console.warn('Partner Invite: refused a privileged message from', sender.url, request.type);
    return { ok: false, error: REFUSED_PRIVILEGED, code: 'refused-privileged' };
  }
  try {
    const handler = handlers[request.type] as (req: Request, sender: Runtime.MessageSender) => Promise<unknown>;
    return { ok: true, value: await handler(request, sender) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A refusal is an answer (the record was not pending, say), not a failure of the worker.
    if (error instanceof RefusalError) console.warn(`Partner Invite: ${request.type} refused:`, message);
    else console.error(`Partner Invite: ${request.type} failed`, error);
    return error instanceof RefusalError
      ? { ok: false, error: message, code: error.code }
      : { ok: false, error: message };
  }
}
