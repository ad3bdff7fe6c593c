import { existsSync } from 'node:fs';

/** The Chromium to drive: $CHROME_PATH, then Debian's, else a clear error (Playwright cannot download one here). */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('No Chromium found. Install one (Debian: `apt-get install chromium`) or set CHROME_PATH.');
  }
  return found;
}
