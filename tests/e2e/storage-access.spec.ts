// Storage is closed to content scripts: code running in a page's content-script world (the world
// the insertion script runs in, reached here with chrome.scripting as the extension injects it)
// can neither write nor read settings, the partner's data in storage.local, or storage.session.
// Without this, such code could swap the partner tenant ID and send every later invitation to
// another partner.
import { test, expect } from './harness';
import { startFixtureServer } from './fixture-server';

const MINE = {
  companyName: 'Contoso IT Services',
  partnerTenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  country: 'IT',
  cloud: 'public',
};
const ATTACKER = { ...MINE, partnerTenantId: '66666666-6666-4666-8666-666666666666' };

test("a page's content-script world cannot write or read settings, local or session storage", async ({
  context,
  serviceWorker,
  openPage,
}) => {
  const server = await startFixtureServer();
  try {
    const options = await openPage('options');
    await options.evaluate((p) => chrome.storage.sync.set({ settingsVersion: 1, profile: p }), MINE);
    const page = await context.newPage();
    await page.goto(server.url('textarea.html'));
    const url = page.url();

    const attempts = await serviceWorker.evaluate(
      async ({ url, attacker }) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: tab!.id! },
          func: async (p) => {
            const tryIt = async (what: () => Promise<unknown>) => {
              try {
                await what();
                return 'allowed';
              } catch (error) {
                return `refused: ${String(error)}`;
              }
            };
            return {
              syncWrite: await tryIt(() => chrome.storage.sync.set({ profile: p })),
              syncRead: await tryIt(() => chrome.storage.sync.get('profile')),
              localWrite: await tryIt(() => chrome.storage.local.set({ 'notify.lastCheck': 0 })),
              sessionWrite: await tryIt(() => chrome.storage.session.set({ 'insert.draft': null })),
            };
          },
          args: [attacker],
        });
        return result?.result as Record<string, string>;
      },
      { url, attacker: ATTACKER },
    );
    for (const [what, outcome] of Object.entries(attempts)) expect(outcome, what).toMatch(/^refused: /);
    expect((await options.evaluate(() => chrome.storage.sync.get('profile'))).profile).toEqual(MINE);
  } finally {
    await server.close();
  }
});

test('storage stays closed to content scripts after the service worker restarts', async ({ context, openPage }) => {
  const server = await startFixtureServer();
  try {
    const options = await openPage('options');
    const cdp = await context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Wake the worker again, as any event would.
    await expect
      .poll(() => options.evaluate(() => chrome.runtime.sendMessage({ type: 'badge/refresh' }).then((r) => r?.ok)))
      .toBe(true);
    const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const page = await context.newPage();
    await page.goto(server.url('textarea.html'));
    const outcome = await sw.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: () =>
          chrome.storage.sync.set({ defaults: { dap: true } }).then(
            () => 'allowed',
            (e: unknown) => `refused: ${String(e)}`,
          ),
      });
      return result?.result as string;
    }, page.url());
    expect(outcome).toMatch(/^refused: /);
  } finally {
    await server.close();
  }
});
