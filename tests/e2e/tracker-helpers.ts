// Helpers for the tracker e2e tests: talk to the service worker as an extension page does,
// and read IndexedDB directly (what a page may do for its first paint).
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { getServiceWorker } from './harness';

export type Reply = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/** chrome.runtime.sendMessage from an extension page, as `send()` does. */
export function sendFrom(page: Page, message: unknown): Promise<Reply> {
  return page.evaluate((m) => chrome.runtime.sendMessage<unknown, Reply>(m), message);
}

export async function badgeText(context: BrowserContext): Promise<string> {
  const worker: Worker = await getServiceWorker(context);
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

export type Row = {
  id: string;
  customerName: string;
  status: string;
  dueAt: number | null;
  history: { event: string }[];
};

/** Every stored row, read with raw IndexedDB from an extension page. */
export function readAllRows(page: Page): Promise<Row[]> {
  return page.evaluate(
    () =>
      new Promise<Row[]>((resolve, reject) => {
        const req = indexedDB.open('partner-invite');
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('invitations').objectStore('invitations').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Row[]);
          };
          all.onerror = () => reject(all.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
}

/** A CDP session that can stop the extension's service worker, counting the stops it sees. */
export async function workerStopper(
  context: BrowserContext,
  page: Page,
): Promise<{ stop: () => Promise<void>; stopped: () => number; cdp: CDPSession }> {
  const cdp = await context.newCDPSession(page);
  let stops = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions)
      if (v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped') stops += 1;
  });
  await cdp.send('ServiceWorker.enable');
  return { stop: async () => void (await cdp.send('ServiceWorker.stopAllWorkers')), stopped: () => stops, cdp };
}

/** Record from the page with a client-chosen id, retrying while the worker is down; resolves to the acknowledged id and the attempts it took. */
export function recordWithRetry(page: Page, invitation: unknown): Promise<{ id: string; attempts: number }> {
  return page.evaluate(async (inv) => {
    const id = crypto.randomUUID(); // one id for every attempt: a retry cannot record twice
    for (let attempt = 1; attempt <= 100; attempt += 1) {
      try {
        const reply = await chrome.runtime.sendMessage({ type: 'invitation/record', invitation: inv, id });
        if (reply?.ok) return { id: String(reply.value.id), attempts: attempt };
        if (reply && !reply.ok) throw new Error(`refused: ${reply.error}`);
      } catch (error) {
        if (String(error).includes('refused:')) throw error;
        // The worker was stopped before it answered: try again, as send() callers do.
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('no answer after 100 attempts');
  }, invitation);
}

/**
 * Moves stored records `ms` into the past (every date: created, updated, due, expiry, history),
 * as if sent then, with raw IndexedDB from an extension page. The worker decides what is due on
 * its own clock, which a test cannot move.
 */
export async function backdate(page: Page, ids: string[], ms: number): Promise<void> {
  await page.evaluate(
    ({ ids, shift }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('partner-invite');
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('invitations', 'readwrite');
          const store = tx.objectStore('invitations');
          for (const id of ids) {
            const get = store.get(id);
            get.onsuccess = () => {
              const row = get.result as Record<string, unknown> & {
                history: { at: number }[];
                gdap: { expiresAt: number; history: { at: number }[] } | null;
              };
              for (const key of ['createdAt', 'updatedAt', 'dueAt', 'dueKey', 'expiresAt', 'pendingExpiry']) {
                if (typeof row[key] === 'number' && Number.isFinite(row[key])) row[key] = row[key] - shift;
              }
              row.history = row.history.map((h) => ({ ...h, at: h.at - shift }));
              if (row.gdap) {
                row.gdap = {
                  ...row.gdap,
                  expiresAt: row.gdap.expiresAt - shift,
                  history: row.gdap.history.map((h) => ({ ...h, at: h.at - shift })),
                };
              }
              store.put(row);
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
    { ids, shift: ms },
  );
}
