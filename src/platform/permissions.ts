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
  // No `contains` check first: awaiting it could use up the user gesture, and request()
  // resolves true at once when the permission is already granted.
  return browser.permissions.request({ permissions: ['notifications'] });
}
