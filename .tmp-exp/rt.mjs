import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
const ext = path.resolve('dist/chrome-bench');
const dir = mkdtempSync(path.join(tmpdir(), 'rt-'));
const open = async () => {
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=en-US'] });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(sw.url()).host}`;
  const lab = await context.newPage();
  await lab.goto(`${base}/bench/lab.html`);
  await lab.waitForFunction(() => document.title === 'Bench lab ready');
  return { context, lab, call: (fn, ...a) => lab.evaluate(([f, x]) => window.lab[f](...x), [fn, a]) };
};
let s = await open();
await s.call('setProfile');
const N = Number(process.env.SIZE ?? 100000);
if (N) console.log('seed', await s.call('seed', 0, N, Date.now()));
await s.context.close();
s = await open();
await s.call('badgeRefresh');
const times = await s.lab.evaluate(async () => {
  const out = { page: [], badge: [], both: [] };
  for (let i = 0; i < 15; i++) {
    let t = performance.now(); await chrome.runtime.sendMessage({ type: 'pending/page', limit: 50 }); out.page.push(+(performance.now() - t).toFixed(1));
    t = performance.now(); await chrome.runtime.sendMessage({ type: 'badge/refresh' }); out.badge.push(+(performance.now() - t).toFixed(1));
    t = performance.now(); await Promise.all([chrome.runtime.sendMessage({ type: 'pending/page', limit: 50 }), chrome.runtime.sendMessage({ type: 'badge/refresh' })]); out.both.push(+(performance.now() - t).toFixed(1));
  }
  return out;
});
console.log(JSON.stringify(times));
await s.context.close();
