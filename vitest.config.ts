import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import preact from '@preact/preset-vite';
import { chromiumPath } from './tests/support/chromium.mjs';

/** The system Chromium; when there is none, say how to get one but let the node project run. */
function chromium(): string | undefined {
  try {
    return chromiumPath();
  } catch (error) {
    console.warn(`Browser-mode unit tests cannot run: ${(error as Error).message}`);
    return undefined;
  }
}

// Two projects, both on the shared fake browser (tests/support/fake-browser.ts):
// - node: core logic and platform/worker code (IndexedDB from fake-indexeddb);
// - browser: DOM code (src/content) and Preact components, in the system Chromium through
//   Playwright (its own browser download does not work here), with real execCommand, undo,
//   selection, shadow DOM and IndexedDB.
// The built extension is tested in tests/e2e.
export default defineConfig({
  plugins: [preact()],
  // The tests import public/_locales/*.json as data; nothing here serves public/ as files.
  publicDir: false,
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the browser tests.
  optimizeDeps: {
    include: [
      'fast-check',
      'idb',
      'papaparse',
      'preact',
      'preact/hooks',
      'preact/jsx-runtime',
      'preact/test-utils',
      'webextension-polyfill',
      'zod/mini',
    ],
  },
  test: {
    setupFiles: ['tests/support/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          pool: 'threads',
          // Runs first, then the browser project: on two cores, Chromium running alongside the
          // thread pool roughly doubles the time of the heavy property tests.
          sequence: { groupOrder: 0 },
          // A safety net for the heavy property tests on a shared, loaded machine; speed targets
          // live in the benchmark (tests/bench), not in test timeouts.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['tests/browser/**/*.test.ts', 'tests/browser/**/*.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromium(), args: ['--no-sandbox', '--disable-gpu'] },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
