// Runs before every unit test file, in node and in browser mode: the shared fake browser
// becomes `browser` and `chrome` before any module under test is imported, and each test
// starts from a fresh profile.
import { beforeEach } from 'vitest';
import { fakeBrowser, installFakeBrowser } from './fake-browser';

installFakeBrowser();
beforeEach(() => fakeBrowser.reset());
