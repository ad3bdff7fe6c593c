// `send()` without zod: the popup's bundle budget (25 KB gzip) cannot carry full zod, and
// validation belongs to the receiver anyway (the worker parses every request with
// `requestSchema`). Type-only imports keep messages.ts (and zod) out of the popup bundle.
import type { Reply, ReplyValue, Request } from './messages';
import browser from './browser';

/** Send a request to the service worker and unwrap its reply; throws Error(reply.error) on refusal. */
export async function send<R extends Request>(request: R): Promise<ReplyValue[R['type']]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<ReplyValue[R['type']]> | undefined;
  if (!reply) throw new Error('The extension did not answer. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
