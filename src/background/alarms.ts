// One periodic alarm. Alarms can vanish on extension update (and sometimes on browser restart),
// so every worker start makes sure it exists; it is only created when missing, because
// re-creating it each time would push the next run back on every wake-up.
import { expireIfNeeded } from '../core/lifecycle';
import browser, { type Alarms } from '../platform/browser';
import { expireOverdue, openDb } from '../platform/db';
import { loadSettings } from '../platform/settings';
import { updateBadge } from './badge';
import { dataChanged } from './data-changed';
import { notifyNewlyDue, registerNotificationClicks } from './notify';

const TICK_ALARM = 'tracker-tick';
const TICK_MINUTES = 30;

export type TickResult = { expired: number; due: number; notified: number };

/** The periodic work: expire GDAP links past 90 days, recount the badge, notify about new due follow-ups. */
export async function tick(now: number = Date.now()): Promise<TickResult> {
  const db = await openDb();
  const expired = await expireOverdue(db, now, (inv) => expireIfNeeded(inv, now));
  const due = expired.length > 0 ? await dataChanged(db, now) : await updateBadge(db, now);
  const { notifications } = await loadSettings();
  const notified = await notifyNewlyDue(db, now, notifications);
  return { expired: expired.length, due, notified };
}

async function ensureAlarm(): Promise<void> {
  const existing = await browser.alarms.get(TICK_ALARM);
  if (existing?.periodInMinutes === TICK_MINUTES) return;
  await browser.alarms.create(TICK_ALARM, { delayInMinutes: 1, periodInMinutes: TICK_MINUTES });
}

function run(reason: string): void {
  tick().catch((error: unknown) => console.error(`Partner Invite: tracker tick (${reason}) failed`, error));
}

export function registerAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm: Alarms.Alarm) => {
    if (alarm.name === TICK_ALARM) run('alarm');
  });
  // The badge is per browser session: set it again when the browser starts or the extension is installed/updated.
  browser.runtime.onStartup.addListener(() => run('startup'));
  browser.runtime.onInstalled.addListener(() => run('installed'));
  registerNotificationClicks();
  ensureAlarm().catch((error: unknown) => console.error('Partner Invite: could not create the tracker alarm', error));
}
