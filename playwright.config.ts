import { defineConfig } from '@playwright/test';

// e2e tests load the built extension (dist/chrome or dist/chrome-test) into the system
// Chromium; see tests/e2e/harness.ts. Each worker owns its own browser profile, so
// files run in parallel on both cores.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});
