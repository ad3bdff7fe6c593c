// The service worker's tracker on the built extension: recording, due follow-ups on the badge
// through the cadence and the alarm, lifecycle actions, sender checks, and no loss when the
// worker is stopped in the middle of writes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, getServiceWorker } from './harness';
import { badgeText, readAllRows, sendFrom, workerStopper } from './tracker-helpers';
import { newInvitation } from '../support/invitations';

const DAY = 86_400_000;

test('a follow-up falls due through the cadence: the alarm sets the badge, accept and snooze clear it', async ({
  context,
  openPage,
}) => {
  const page = await openPage('options');
  // The user's cadence: first follow-up 2 days after sending (stored as the settings layer stores it).
  await page.evaluate(() => chrome.storage.sync.set({ settingsVersion: 1, defaults: { firstFollowUpDays: 2 } }));

  const ids: string[] = [];
  for (const name of ['Contoso', 'Fabrikam', 'Northwind']) {
    const reply = await sendFrom(page, { type: 'invitation/record', invitation: newInvitation(name) });
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    if (reply.ok) ids.push(String(reply.value.id));
  }
  expect(await badgeText(context)).toBe('');
  const rows = await readAllRows(page);
  expect(rows.map((r) => r.customerName).sort()).toEqual(['Contoso', 'Fabrikam', 'Northwind']);
  const created = Math.min(...rows.map((r) => r.dueAt! - 2 * DAY));

  // One day later: nothing due yet. Two days and a minute later: all three are due.
  const worker = await getServiceWorker(context);
  const tickAt = (shift: number) =>
    worker.evaluate((at) => {
      // The worker's clock moves forward; the real alarm listener then runs.
      Date.now = () => at;
      // Chromium's events have a test-only dispatch() that runs the registered listeners.
      (chrome.alarms.onAlarm as unknown as { dispatch(a: unknown): void }).dispatch({
        name: 'tracker-tick',
        scheduledTime: at,
        periodInMinutes: 30,
      });
    }, created + shift);
  await tickAt(1 * DAY);
  // The worker's clock says one day later; a refresh counts (from the index) what is due then.
  expect(await sendFrom(page, { type: 'badge/refresh' })).toEqual({ ok: true, value: { due: 0 } });
  expect(await badgeText(context)).toBe('');
  await tickAt(2 * DAY + 60_000);
  await expect.poll(() => badgeText(context)).toBe('3');

  // Mark one accepted: the badge drops at once (the write updates it, no alarm needed).
  expect(await sendFrom(page, { type: 'invitation/act', ids: [ids[0]], action: 'accept' })).toEqual({
    ok: true,
    value: { changed: 1 },
  });
  expect(await badgeText(context)).toBe('2');
  // Accepting it again is refused with the reason, and changes nothing.
  const again = await sendFrom(page, { type: 'invitation/act', ids: [ids[0]], action: 'accept' });
  expect(again).toEqual({ ok: false, error: expect.stringContaining('already accepted'), code: 'not-pending' });

  // Snooze one to a day later (in the worker's clock) and accept the last: badge empty.
  const until = created + 3 * DAY;
  expect(await sendFrom(page, { type: 'invitation/act', ids: [ids[1]], action: 'snooze', until })).toEqual({
    ok: true,
    value: { changed: 1 },
  });
  expect(await badgeText(context)).toBe('1');
  expect(await sendFrom(page, { type: 'invitation/act', ids: [ids[2]], action: 'accept' })).toEqual({
    ok: true,
    value: { changed: 1 },
  });
  expect(await badgeText(context)).toBe('');

  const after = await readAllRows(page);
  expect(after.find((r) => r.id === ids[0])?.history.map((h) => h.event)).toEqual(['created', 'accepted']);
  expect(after.find((r) => r.id === ids[1])).toMatchObject({ status: 'pending', dueAt: until });

  // Delete everything: nothing left, badge stays empty.
  expect(await sendFrom(page, { type: 'invitation/delete', ids })).toEqual({ ok: true, value: { deleted: 3 } });
  expect(await readAllRows(page)).toEqual([]);
});

test('a content script cannot run privileged actions', async ({ context, openPage }) => {
  const server = http.createServer((_req, res) =>
    res.end('<!doctype html><title>webmail</title><textarea></textarea>'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const options = await openPage('options');
    const recorded = await sendFrom(options, { type: 'invitation/record', invitation: newInvitation('Contoso') });
    expect(recorded.ok).toBe(true);
    const id = recorded.ok ? String(recorded.value.id) : '';

    const mail = await context.newPage();
    await mail.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const worker = await getServiceWorker(context);
    // Run real content scripts (the isolated world of the extension, in the web page's tab) that try privileged messages.
    const replies = await worker.evaluate(async (targetId) => {
      const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
      const attempts = [
        { type: 'invitation/delete', ids: [targetId] },
        { type: 'invitation/act', ids: [targetId], action: 'accept' },
        // (a draft object: chrome.scripting's `args` turn a null property into undefined)
        {
          type: 'draft/set',
          draft: {
            customerName: 'x',
            customerEmail: 'x@y.example',
            subject: 's',
            text: 't',
            html: '<p>t</p>',
            link: 'https://example.com',
          },
        },
        { type: 'badge/refresh' }, // unprivileged: allowed
      ];
      const out: unknown[] = [];
      for (const message of attempts) {
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: tab!.id! },
          func: (m) => chrome.runtime.sendMessage(m),
          args: [message],
        });
        out.push(result?.result);
      }
      return out;
    }, id);
    for (const reply of replies.slice(0, 3))
      expect(reply).toEqual({
        ok: false,
        error: expect.stringContaining('only allowed from the extension'),
        code: 'refused-privileged',
      });
    expect(replies[3]).toEqual({ ok: true, value: { due: 0 } });
    const rows = await readAllRows(options);
    expect(rows).toEqual([expect.objectContaining({ id, status: 'pending' })]);
  } finally {
    server.close();
  }
});

test('stopping the service worker during a burst of writes loses nothing', async ({ context, openPage }) => {
  const page = await openPage('options');
  const stopper = await workerStopper(context, page);
  const names = Array.from({ length: 60 }, (_, i) => `Burst Customer ${i}`);
  // The page sends every write and awaits its reply; a write whose worker died before answering is retried.
  const burst = page.evaluate(
    async (all) => {
      const acked: string[] = [];
      let retries = 0;
      await Promise.all(
        all.map(async (invitation, i) => {
          await new Promise((r) => setTimeout(r, i * 40));
          const id = crypto.randomUUID(); // the same id on every attempt, so a retry cannot record twice
          for (let attempt = 0; attempt < 50; attempt += 1) {
            try {
              const reply = await chrome.runtime.sendMessage({ type: 'invitation/record', invitation, id });
              if (reply?.ok) {
                acked.push(reply.value.id);
                (window as unknown as { __acked: number }).__acked = acked.length;
                return;
              }
            } catch {
              // "Could not establish connection" / "message port closed": the worker was stopped.
            }
            retries += 1;
            await new Promise((r) => setTimeout(r, 20));
          }
        }),
      );
      return { acked, retries };
    },
    names.map((name) => newInvitation(name)),
  );
  // Stop the worker every 40 ms while writes are in flight, but only after at least one more
  // write was acknowledged since the last stop: on a loaded machine a cold start can take longer
  // than 40 ms, and stopping blindly would starve the worker rather than test it.
  let done = false;
  void burst.then(
    () => (done = true),
    () => (done = true),
  );
  const ackedSoFar = () => page.evaluate(() => (window as unknown as { __acked?: number }).__acked ?? 0);
  for (let i = 0; i < 200 && !done; i += 1) {
    await page.waitForTimeout(40);
    const before = await ackedSoFar();
    await stopper.stop();
    await expect
      .poll(async () => done || (await ackedSoFar()) > before, { timeout: 10_000, intervals: [20] })
      .toBe(true);
  }
  const { acked, retries } = await burst;
  test.info().annotations.push({ type: 'burst', description: `${stopper.stopped()} stops, ${retries} retried sends` });
  console.log(`burst: ${stopper.stopped()} worker stops, ${retries} sends retried`);
  expect(stopper.stopped()).toBeGreaterThanOrEqual(3); // stops that found the worker running
  expect(acked.length).toBe(names.length);

  await stopper.stop(); // and a cold worker + fresh read afterwards
  const rows = await readAllRows(page);
  const stored = new Set(rows.map((r) => r.id));
  for (const id of acked) expect(stored.has(id), id).toBe(true);
  for (const name of names)
    expect(
      rows.some((r) => r.customerName === name),
      name,
    ).toBe(true);
  expect(rows).toHaveLength(names.length);
  const reply = await sendFrom(page, { type: 'badge/refresh' });
  expect(reply).toEqual({ ok: true, value: { due: 0 } });
});

test('open pages hear about every write, including the alarm expiring a GDAP link', async ({ context, openPage }) => {
  const page = await openPage('options');
  await page.evaluate(() => {
    const w = window as unknown as { heard: number };
    w.heard = 0;
    new BroadcastChannel('partner-invite/invitations-changed').onmessage = () => (w.heard += 1);
  });
  const heard = () => page.evaluate(() => (window as unknown as { heard: number }).heard);
  const reply = await sendFrom(page, {
    type: 'invitation/record',
    invitation: newInvitation('Contoso', { kind: 'gdap' }),
  });
  await expect.poll(heard).toBe(1);
  const id = reply.ok ? String(reply.value.id) : '';
  // 91 days later the alarm expires the GDAP link (90-day validity) and says so.
  const worker = await getServiceWorker(context);
  await worker.evaluate((shift) => {
    const real = Date.now();
    Date.now = () => real + shift;
    (chrome.alarms.onAlarm as unknown as { dispatch(a: unknown): void }).dispatch({
      name: 'tracker-tick',
      scheduledTime: Date.now(),
    });
  }, 91 * DAY);
  await expect.poll(heard).toBe(2);
  expect((await readAllRows(page)).find((r) => r.id === id)).toMatchObject({ status: 'expired', dueAt: null });
  expect(await badgeText(context)).toBe('');
});
