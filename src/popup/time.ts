// Times as the popup shows them, in the UI language: "3 days ago" for a record's age, "10:32"
// (or "3 Dec, 10:32" on another day) for when the current email left the extension.
import { uiLanguage } from '../platform/i18n';

const DAY = 86_400_000;

// One formatter each, made on first use: a page of 50 rows would otherwise build 100 of them.
let days: Intl.RelativeTimeFormat | undefined;
let clock: Intl.DateTimeFormat | undefined;
let stamp: Intl.DateTimeFormat | undefined;

/** A count of days from today: "3 days ago", "today", "in 2 days". */
export function inDays(count: number): string {
  days ??= new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'auto' });
  return days.format(count, 'day');
}

/** The same for the day of `at`. */
export function relativeDays(at: number, now: number): string {
  return inDays(Math.round((at - now) / DAY));
}

/** The time of day when `at` is today, else the date and time. */
export function whenAt(at: number, now: number = Date.now()): string {
  if (new Date(at).toDateString() === new Date(now).toDateString()) {
    clock ??= new Intl.DateTimeFormat(uiLanguage(), { timeStyle: 'short' });
    return clock.format(at);
  }
  stamp ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return stamp.format(at);
}
