// Issue 6: the service worker stopped a hundred times during writes loses nothing.
import { test, expect } from './harness';
import { readAllRows, recordWithRetry, sendFrom, workerStopper } from './tracker-helpers';
import { newInvitation } from '../support/invitations';

test('100 worker stops, each during a write, lose no acknowledged record and duplicate none', async ({
  context,
  openPage,
}) => {
  test.setTimeout(120_000);
  const page = await openPage('options');
  const stopper = await workerStopper(context, page);
  const acked: string[] = [];
  let retried = 0;
  for (let i = 0; i < 100; i += 1) {
    const write = recordWithRetry(page, newInvitation(`Restart Customer ${i}`));
    // Stop the worker at a varying point of the write: before it wakes, while it handles, after it replies.
    await page.waitForTimeout(i % 7);
    await stopper.stop();
    const { id, attempts } = await write;
    acked.push(id);
    retried += attempts - 1;
  }
  console.log(`restarts: ${stopper.stopped()} worker stops, ${retried} writes retried`);
  expect(stopper.stopped()).toBeGreaterThanOrEqual(80); // a stop finds no running worker if the write already finished

  const rows = await readAllRows(page);
  const ids = new Set(rows.map((r) => r.id));
  for (const id of acked) expect(ids.has(id), id).toBe(true);
  expect(rows).toHaveLength(100); // and no duplicates from retried writes
  for (let i = 0; i < 100; i += 1) expect(rows.some((r) => r.customerName === `Restart Customer ${i}`)).toBe(true);
  expect(await sendFrom(page, { type: 'badge/refresh' })).toEqual({ ok: true, value: { due: 0 } });
});
