// The one runtime.onMessage listener: every message is validated and checked (dispatch.ts)
// before a handler from the table runs. One file per concern under ./handlers.
import browser, { type Runtime } from '../platform/browser';
import type { Handlers } from '../platform/protocol';
import { dispatch } from './dispatch';
import { badgeHandlers } from './handlers/badge-refresh';
import { invitationHandlers } from './handlers/invitations';
import { pendingHandlers } from './handlers/pending';
import { insertHandlers } from './insert-handlers';

const handlers: Handlers = {
  ...invitationHandlers,
  ...badgeHandlers,
  ...pendingHandlers,
  ...insertHandlers,
};

export function registerMessageRouter(): void {
  // Returning the promise is how the polyfill sends the reply (and keeps the worker alive until then).
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(message, sender, handlers),
  );
}
