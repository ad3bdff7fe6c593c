// `npm start`: opens Chromium with the freshly built store extension loaded in a
// throw-away profile, on the options page, so the extension can be used right away.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dist = path.resolve('dist/chrome');
const browser = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
].find((p) => p && existsSync(p));
if (!browser) {
  console.error('No Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display: load dist/chrome yourself via chrome://extensions > "Load unpacked", or run under Xvfb.');
  process.exit(1);
}
const profile = mkdtempSync(path.join(tmpdir(), 'partner-invite-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
  '--no-first-run',
  'chrome://extensions',
];
console.log(`Starting ${browser} with ${dist} (profile ${profile})`);
spawn(browser, args, { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
