// The extension API for the popup without webextension-polyfill (about 3.5 KB gzip of the
// popup's 25 KB budget). The popup only calls promise-returning APIs (storage, runtime.sendMessage,
// tabs.update, openOptionsPage), which Chrome's MV3 `chrome.*` and Firefox's `browser.*` both
// provide natively. The polyfill's extra — promise-returning onMessage listeners — is a
// service-worker need, so the worker and content scripts keep using ./browser.
import type { Browser } from 'webextension-polyfill';
import type { Reply, ReplyValue, Request } from './messages';

const scope = globalThis as unknown as { browser?: Browser; chrome?: unknown };
export const pageApi: Browser = scope.browser ?? (scope.chrome as Browser);

/** send() of messages.ts for the popup: same contract, no polyfill (the worker validates). */
export async function send<R extends Request>(request: R): Promise<ReplyValue[R['type']]> {
  const reply = (await pageApi.runtime.sendMessage(request)) as Reply<ReplyValue[R['type']]> | undefined;
  // The code goes on the Error so the page can show its own words for it (ui/error-text.ts).
  if (!reply)
    throw Object.assign(new Error('The extension did not answer. Reload the page and try again.'), {
      code: 'no-answer',
    });
  if (!reply.ok) throw Object.assign(new Error(reply.error), reply.code ? { code: reply.code } : {});
  return reply.value;
}
