// Hardening: thousands of random and malformed messages to the service worker, from an
// extension page and from a content script on a 127.0.0.1 page (chrome-test build). The worker
// must answer every one, refuse what is malformed or not allowed with a clear reason, log it,
// keep running, and leave the database and settings exactly as they were.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from '@playwright/test';
import fc from 'fast-check';
import { test, expect } from './harness';
import { recordInvitations } from './record-helpers';
import { newInvitation } from '../support/invitations';
import { DIRECT_NO_DAP } from '../fixtures/links';
import { PRIVILEGED as PRIVILEGED_TYPES } from '../../src/platform/protocol';

// The message types of src/platform/protocol.ts; which of them only extension pages may send
// comes from the protocol itself.
const PRIVILEGED: ReadonlySet<string> = PRIVILEGED_TYPES;
const TYPES: readonly string[] = [
  'invitation/record',
  'invitation/follow-up',
  'invitation/act',
  'invitation/delete',
  'badge/refresh',
  'pending/page',
  'pending/duplicates',
  'pending/search',
  'draft/set',
  'content/link-state',
];
const REFUSED_PRIVILEGED = 'Refused: this action is only allowed from the extension’s own pages.';
const MALFORMED = 'Refused: malformed or unknown message.';

const LINK = DIRECT_NO_DAP;
const fuzzInvitation = (n: number) => newInvitation(`Fuzz Customer ${n}`, { body: `Please accept: ${LINK}` });

/** Random junk, shapes that look almost right, and hostile values (prototype keys, huge strings). */
function messageArbitrary(): fc.Arbitrary<unknown> {
  const junk = fc.jsonValue({ maxDepth: 3 });
  const typeField = fc.oneof(
    fc.constantFrom(...TYPES),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('__proto__', 'constructor', 'invitation/RECORD', ' badge/refresh', ''),
    junk,
  );
  const almost = fc.record(
    {
      type: typeField,
      ids: fc.oneof(fc.array(fc.string({ maxLength: 80 }), { maxLength: 5 }), junk),
      action: fc.oneof(
        fc.constantFrom('accept', 'cancel', 'snooze', 'followed-up', 'reopen', 'expire', 'delete'),
        junk,
      ),
      until: fc.oneof(fc.integer(), fc.double(), junk),
      note: fc.oneof(fc.string({ maxLength: 600 }), junk),
      invitation: fc.oneof(
        fc.record({ customerName: fc.string(), customerEmail: fc.string(), link: fc.string() }, { requiredKeys: [] }),
        junk,
      ),
      backup: junk,
      draft: fc.oneof(
        fc.constant(null),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 })),
        junk,
      ),
      status: fc.oneof(fc.constantFrom('intact', 'gone', 'pwned'), junk),
      limit: fc.oneof(fc.integer({ min: -5, max: 300 }), junk),
      after: fc.oneof(
        fc.record({
          due: fc.oneof(fc.integer(), fc.constant(null), junk),
          id: fc.oneof(fc.string({ maxLength: 80 }), junk),
        }),
        junk,
      ),
    },
    { requiredKeys: ['type'] },
  );
  const hostile = fc.constantFrom<unknown>(
    null,
    0,
    'badge/refresh',
    [],
    { type: 'invitation/delete', ids: ['x'.repeat(65)] },
    { type: 'invitation/act', ids: [], action: 'accept' },
    { type: 'invitation/act', ids: ['a'], action: 'accept', until: -1 },
    {
      type: 'draft/set',
      draft: { customerName: 'x'.repeat(201), customerEmail: '', subject: '', text: '', html: '', link: '' },
    },
    { type: 'content/link-state', status: 'intact', extra: { __proto__: { polluted: true } } },
    { type: 'invitation/record', invitation: { ...fuzzInvitation(0), link: 'javascript:alert(1)' } },
    { type: 'invitation/record', invitation: { ...fuzzInvitation(0), body: 'x'.repeat(100_001) } },
    { type: 'backup/import', backup: { version: 999, invitations: 'all of them' } },
  );
  return fc.oneof({ weight: 2, arbitrary: junk }, { weight: 6, arbitrary: almost }, { weight: 1, arbitrary: hostile });
}

const typeOf = (m: unknown): unknown => (typeof m === 'object' && m !== null && 'type' in m ? m.type : undefined);

/** Leave out what could legitimately change state from an extension page: recording, or acting on existing ids. */
function harmless(message: unknown, existingIds: Set<string>): boolean {
  const type = typeOf(message);
  if (type === 'invitation/record') return false;
  const ids = typeof message === 'object' && message !== null && 'ids' in message ? message.ids : undefined;
  return !(Array.isArray(ids) && ids.some((id) => existingIds.has(id as string)));
}

type Snapshot = { ids: string[]; sync: Record<string, unknown>; local: Record<string, unknown> };

/** Database rows and settings, read straight from an extension page. */
async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('partner-invite');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
    const ids = await new Promise<string[]>((resolve, reject) => {
      const req = db.transaction('invitations').objectStore('invitations').getAllKeys();
      req.onsuccess = () => resolve((req.result as string[]).sort());
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction('invitations').objectStore('invitations').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
    db.close();
    return {
      ids: [...ids, JSON.stringify(rows)],
      sync: await chrome.storage.sync.get(null),
      local: await chrome.storage.local.get(null),
    };
  });
}

/** Sends each message with chrome.runtime.sendMessage, 50 at a time; returns every reply (or the send error). */
async function sendAll(messages: unknown[]): Promise<unknown[]> {
  const replies: unknown[] = [];
  for (let i = 0; i < messages.length; i += 50) {
    const batch = messages
      .slice(i, i + 50)
      .map((m) => chrome.runtime.sendMessage(m).catch((e: unknown) => ({ sendError: String(e) })));
    replies.push(...(await Promise.all(batch)));
  }
  return replies;
}

function workerLog(serviceWorker: Worker): string[] {
  const log: string[] = [];
  serviceWorker.on('console', (m) => log.push(`${m.type()}: ${m.text()}`));
  return log;
}

function seed(page: Page): Promise<string[]> {
  return recordInvitations(page, [fuzzInvitation(1), fuzzInvitation(2), fuzzInvitation(3)]);
}

let server: Server;
let origin: string;
test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Webmail</title><textarea></textarea>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('2,000 random and malformed messages from an extension page: all answered, nothing changes', async ({
  serviceWorker,
  openPage,
}) => {
  test.setTimeout(120_000);
  const log = workerLog(serviceWorker);
  const page = await openPage('options');
  const ids = await seed(page);
  const before = await snapshot(page);
  expect(before.ids).toHaveLength(ids.length + 1);

  const existing = new Set(ids);
  const messages = fc
    .sample(messageArbitrary(), { numRuns: 2600, seed: 20261126 })
    .filter((m) => harmless(m, existing))
    .slice(0, 2000);
  expect(messages).toHaveLength(2000);
  const answered = await page.evaluate(sendAll, messages);
  expect(answered).toHaveLength(messages.length);
  // Every message gets a Reply: { ok: true, value } or { ok: false, error: <a reason> }; junk without
  // a known type never reaches a handler. (Checked in a loop, one expect at the end: expect() is slow.)
  const counts = new Map<string, number>();
  const wrong: string[] = [];
  answered.forEach((reply, i) => {
    const r = reply as { ok?: unknown; error?: unknown };
    const key =
      r?.ok === true ? 'ok' : r?.ok === false && typeof r.error === 'string' && /\S/.test(r.error) ? r.error : null;
    const knownType = TYPES.includes(typeOf(messages[i]) as string);
    if (key === null || (!knownType && key !== MALFORMED))
      wrong.push(`${JSON.stringify(messages[i]).slice(0, 120)} -> ${JSON.stringify(reply)}`);
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  expect(wrong).toEqual([]);
  expect(counts.get(MALFORMED) ?? 0).toBeGreaterThan(1000);
  console.log('extension page replies:', Object.fromEntries(counts));

  // Still alive and answering, state untouched, and the refusals are in the worker's log.
  await expect(page.evaluate(() => chrome.runtime.sendMessage({ type: 'badge/refresh' }))).resolves.toMatchObject({
    ok: true,
  });
  expect(await snapshot(page)).toEqual(before);
  expect(log.filter((l) => l.includes('dropped a malformed message')).length).toBeGreaterThan(0);
});

test('messages from a content script on a web page: privileged ones refused, fuzz answered, nothing changes', async ({
  context,
  serviceWorker,
  openPage,
}) => {
  test.setTimeout(120_000);
  const log = workerLog(serviceWorker);
  const page = await openPage('options');
  const ids = await seed(page);
  const before = await snapshot(page);

  const privileged: unknown[] = [
    { type: 'invitation/record', invitation: fuzzInvitation(9) },
    { type: 'invitation/act', ids, action: 'accept' },
    { type: 'invitation/act', ids, action: 'cancel', note: 'from a web page' },
    { type: 'invitation/delete', ids },
    { type: 'invitation/follow-up', id: ids[0], ref: 'web-page' },
    // Reading customer records is refused too: a web page must not learn who the partner invited.
    { type: 'pending/page', limit: 50 },
    { type: 'pending/search', query: 'fuzz', limit: 50 },
    { type: 'pending/duplicates', email: 'admin@fuzz1.example', domain: '', exclude: [] },
    // (A null draft arrives without its key after executeScript's argument copy, so a full one.)
    {
      type: 'draft/set',
      draft: {
        customerName: 'Evil',
        customerEmail: 'x@evil.example',
        subject: 's',
        text: 't',
        html: '<b>t</b>',
        link: LINK,
      },
    },
  ];
  const fuzz = fc.sample(messageArbitrary(), { numRuns: 1000, seed: 7 });
  const messages = [...privileged, ...fuzz];

  const web = await context.newPage();
  await web.goto(`${origin}/mail`);
  // Runs sendAll in the content-script (isolated) world of the web page, as our content scripts do.
  const replies = await serviceWorker.evaluate(
    async ({ url, messages }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (!tab?.id) throw new Error(`no tab for ${url}`);
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        world: 'ISOLATED',
        // Same sending loop as sendAll(), written inline: executeScript ships the function's source.
        func: async (all: unknown[]) => {
          const out: unknown[] = [];
          for (let i = 0; i < all.length; i += 50) {
            const batch = all
              .slice(i, i + 50)
              .map((m) => chrome.runtime.sendMessage(m).catch((e: unknown) => ({ sendError: String(e) })));
            out.push(...(await Promise.all(batch)));
          }
          return out;
        },
        args: [messages],
      });
      return result?.result as unknown[];
    },
    { url: `${origin}/*`, messages },
  );
  expect(replies).toHaveLength(messages.length);
  expect(replies.slice(0, privileged.length)).toEqual(
    privileged.map(() => ({ ok: false, error: REFUSED_PRIVILEGED, code: 'refused-privileged' })),
  );
  const wrong: string[] = [];
  replies.forEach((reply, i) => {
    const r = reply as { ok?: unknown; error?: unknown };
    const type = typeOf(messages[i]) as string;
    const answered = r?.ok === true || (r?.ok === false && typeof r.error === 'string');
    // A privileged type from a web page is refused, whether well-formed (privilege) or not (schema).
    const refused =
      !PRIVILEGED.has(type) || (r?.ok === false && (r.error === REFUSED_PRIVILEGED || r.error === MALFORMED));
    const junkDropped = TYPES.includes(type) || (r?.ok === false && r.error === MALFORMED);
    if (!answered || !refused || !junkDropped)
      wrong.push(`${JSON.stringify(messages[i]).slice(0, 120)} -> ${JSON.stringify(reply)}`);
  });
  expect(wrong).toEqual([]);
  await expect(page.evaluate(() => chrome.runtime.sendMessage({ type: 'badge/refresh' }))).resolves.toMatchObject({
    ok: true,
  });
  expect(await snapshot(page)).toEqual(before);
  expect(log.some((l) => l.includes('refused a privileged message'))).toBe(true);
});
