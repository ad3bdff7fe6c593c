// The one import of the polyfill: every other module takes `browser` from here,
// so Chrome (chrome.*) and Firefox (browser.*) share one promise-based API.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Menus, Alarms } from 'webextension-polyfill';
