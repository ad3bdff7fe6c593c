// The system Chromium and how the tests and the benchmark start it with the extension loaded
// (Playwright cannot download its own browsers here). One copy for e2e, the bench and Vitest's
// browser project.
import { existsSync } from 'node:fs';

/** The Chromium to drive: $CHROME_PATH, then Debian's, else a clear error. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p) => !!p && existsSync(p));
  if (!found)
    throw new Error('No Chromium found. Install one (Debian: `apt-get install chromium`) or set CHROME_PATH.');
  return found;
}

/** Command-line switches: the unpacked extension in `dist` only, quiet (no sync, updates or first-run UI), UI in `lang`. */
export function extensionArgs(dist, lang = 'en-US', extra = []) {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...extra,
    `--lang=${lang}`,
  ];
}
