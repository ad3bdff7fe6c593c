// Who sent a message: the worker runs privileged requests only for the extension's own pages.
import browser, { type Runtime } from '../platform/browser';

/** True when the sender is one of this extension's own pages (popup, options), not a content script or another extension. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = new URL(browser.runtime.getURL('/')).origin;
  // The options page runs in a tab, so sender.tab alone does not tell; the URL origin does.
  return typeof sender.url === 'string' && new URL(sender.url).origin === origin;
}
