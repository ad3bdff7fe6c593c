// Optional permissions asked for at the moment the user turns a feature on.
import browser from './browser';

/**
 * Make sure desktop notifications may be shown. When the manifest lists 'notifications' as
 * optional, ask for it (call this straight from the click: browsers demand a user gesture);
 * when it is a required permission or not declared at all, there is nothing to ask.
 */
export async function ensureNotificationPermission(): Promise<boolean> {
  const optional = browser.runtime.getManifest().optional_permissions ?? [];
  if (!optional.includes('notifications')) return true;
  if (await browser.permissions.contains({ permissions: ['notifications'] })) return true;
  return browser.permissions.request({ permissions: ['notifications'] });
}
