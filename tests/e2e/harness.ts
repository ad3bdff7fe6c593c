// Playwright fixtures that start Chromium with the built extension loaded.
// Use: `import { test, expect } from './harness'` and take `context`, `extensionId`,
// `serviceWorker` and `openPage('popup' | 'options')` in the test.
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, extensionArgs } from '../support/chromium.mjs';

export type Variant = 'chrome' | 'chrome-test';

export function distDir(variant: Variant): string {
  const dir = path.resolve('dist', variant);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is not built: run \`npm run build\` first.`);
  }
  return dir;
}

/** `lang` is the browser UI language (chrome.i18n follows it), e.g. 'it' for the Italian UI. */
export async function launchWithExtension(variant: Variant = 'chrome-test', lang = 'en-US'): Promise<BrowserContext> {
  const dist = distDir(variant);
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionArgs(dist, lang, ['--disable-quic']),
    locale: lang,
  });
}

export async function getServiceWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return (
    existing ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') })
  );
}

type Fixtures = {
  variant: Variant;
  /** Browser UI language; `test.use({ lang: 'it' })` for Italian. */
  lang: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  openPage: (which: 'popup' | 'options', query?: string) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  variant: ['chrome-test', { option: true }],
  lang: ['en-US', { option: true }],
  context: async ({ variant, lang }, use) => {
    const context = await launchWithExtension(variant, lang);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await getServiceWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (which, query = '') => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/${which}/index.html${query}`);
      return page;
    });
  },
});

export { expect };
