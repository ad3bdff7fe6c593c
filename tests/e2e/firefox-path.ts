import { existsSync } from 'node:fs';

/** The Firefox to drive: $FIREFOX_PATH, then Debian's firefox-esr; a clear error otherwise. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('No Firefox found. Install one (Debian: `apt-get install firefox-esr`) or set FIREFOX_PATH.');
  }
  return found;
}
