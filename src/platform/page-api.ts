// The extension API for extension pages without webextension-polyfill (it would be one more
// script before the popup's first paint). Pages only call promise-returning APIs (storage,
// runtime.sendMessage, tabs, openOptionsPage), which Chrome's MV3 `chrome.*` and Firefox's
// `browser.*` both provide natively. The polyfill's extra (promise-returning onMessage
// listeners) is a service-worker need, so the worker and content scripts use ./browser.
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: unknown };
export const pageApi: Browser = scope.browser ?? (scope.chrome as Browser);
