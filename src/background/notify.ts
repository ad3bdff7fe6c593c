// Optional desktop notification when follow-ups newly fall due. The `notifications` permission
// is optional (requested by the options page when the user turns the setting on), so the API
// may be missing: then this does nothing.
import browser from '../platform/browser';
import { countNewlyDue, type InviteDatabase } from '../platform/db';
import { t, tPlural } from '../platform/i18n';

const LAST_CHECK_KEY = 'notify.lastCheck';
const NOTIFICATION_ID = 'follow-ups-due';

function notificationsApi(): typeof chrome.notifications | undefined {
  return (globalThis.chrome as Partial<typeof chrome> | undefined)?.notifications;
}

/**
 * Count follow-ups that fell due since the last check (an index range count), remember `now`,
 * and show one notification if there are any and the user asked for them. Returns how many
 * were announced (0 when nothing was shown).
 */
export async function notifyNewlyDue(db: InviteDatabase, now: number, enabled: boolean): Promise<number> {
  const stored = (await browser.storage.local.get(LAST_CHECK_KEY))[LAST_CHECK_KEY];
  // First run: nothing counts as "new" yet, so installing never fires a burst of old reminders.
  const since = typeof stored === 'number' ? stored : now;
  const fresh = await countNewlyDue(db, since, now);
  await browser.storage.local.set({ [LAST_CHECK_KEY]: now });
  const api = notificationsApi();
  if (!enabled || fresh === 0 || !api) return 0;
  await api.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('notify_title'),
    message: tPlural('notify_due', fresh),
  });
  return fresh;
}

/** Clicking the notification opens the tracker (options page). Registered at top level when the API exists. */
export function registerNotificationClicks(): void {
  const attach = () => {
    const api = notificationsApi();
    if (!api || api.onClicked.hasListeners()) return;
    api.onClicked.addListener((id) => {
      if (id !== NOTIFICATION_ID) return;
      void api.clear(id);
      void browser.runtime.openOptionsPage();
    });
  };
  attach();
  // Granted later from the options page: the API appears without a worker restart.
  browser.permissions.onAdded.addListener(attach);
}
