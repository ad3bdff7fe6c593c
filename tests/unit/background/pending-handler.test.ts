// The popup's Pending tab pages through the worker. Runtime messages are JSON, so the test
// sends every request and reply through JSON, as Chrome does: a row with no due date (stored
// under Infinity) must still page correctly.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { putInvitations, openDb } from '../../../src/platform/db';
import type { Invitation } from '../../../src/core/invitation';
import type { PendingCursor } from '../../../src/platform/protocol';
import { makeInvitation } from '../../support/invitations';
import { senders } from '../../support/fake-browser';

import { dispatch, REFUSED_PRIVILEGED } from '../../../src/background/dispatch';
import { pendingHandlers, fromPendingCursor, toPendingCursor } from '../../../src/background/handlers/pending';

const handlers = pendingHandlers as never;
const popup = senders.page('src/popup/index.html');
const contentScript = senders.contentScript();
const overJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

async function page(after?: PendingCursor) {
  const reply = overJson(
    await dispatch(overJson({ type: 'pending/page', limit: 5, ...(after ? { after } : {}) }), popup, handlers),
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as { rows: Invitation[]; next?: PendingCursor };
}

describe('pending/page', () => {
  it('pages every pending row once, due first, across a JSON boundary, the undated rows last', async () => {
    const records = [
      ...Array.from({ length: 13 }, (_, i) => makeInvitation({ dueAt: 5_000 + (i % 3) * 1_000 })),
      makeInvitation({ status: 'accepted', dueAt: null }),
      // Four undated rows: a page ends among them, so a cursor with `due: null` is sent back.
      ...Array.from({ length: 4 }, () => makeInvitation({ dueAt: null })),
    ];
    await putInvitations(await openDb(), records);
    const seen: Invitation[] = [];
    let next: PendingCursor | undefined;
    const cursors: PendingCursor[] = [];
    do {
      const result = await page(next);
      seen.push(...result.rows);
      next = result.next;
      if (next) cursors.push(next);
    } while (next && cursors.length < 20);
    expect(cursors).toHaveLength(3);
    expect(cursors.at(-1)?.due).toBeNull();
    expect(seen.map((r) => r.id).sort()).toEqual(
      records
        .filter((r) => r.status === 'pending')
        .map((r) => r.id)
        .sort(),
    );
    const dues = seen.map((r) => r.dueAt ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(seen.slice(-4).map((r) => r.dueAt)).toEqual([null, null, null, null]);
    expect(seen[0]).toEqual(records.find((r) => r.id === seen[0]!.id));
  });

  it('maps the cursor to the index key and back, null standing for no due date', () => {
    expect(fromPendingCursor({ due: 7, id: 'a' })).toEqual({ key: ['pending', 7], id: 'a' });
    expect(fromPendingCursor({ due: null, id: 'a' })).toEqual({ key: ['pending', Infinity], id: 'a' });
    expect(toPendingCursor({ key: ['pending', Infinity], id: 'a' })).toEqual({ due: null, id: 'a' });
    expect(toPendingCursor({ key: ['pending', 7], id: 'a' })).toEqual({ due: 7, id: 'a' });
  });

  it('refuses a content script (customer records stay in the extension) and a bad page size', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await dispatch({ type: 'pending/page', limit: 5 }, contentScript, handlers)).toEqual({
      ok: false,
      error: REFUSED_PRIVILEGED,
      code: 'refused-privileged',
    });
    for (const limit of [0, 201, 1.5, '5'])
      expect(await dispatch({ type: 'pending/page', limit }, popup, handlers)).toMatchObject({ ok: false });
    expect(
      await dispatch({ type: 'pending/page', limit: 5, after: { due: 'x', id: 'a' } }, popup, handlers),
    ).toMatchObject({ ok: false });
    warn.mockRestore();
  });
});

describe('pending/search and pending/duplicates', () => {
  it('pages a search of pending rows across a JSON boundary, each row once', async () => {
    await putInvitations(await openDb(), [
      ...Array.from({ length: 12 }, (_, i) =>
        makeInvitation({ customerName: `Searchable ${i} S.p.A.`, customerEmail: `it@searchable${i}.example` }),
      ),
      makeInvitation({ customerName: 'Searchable Accepted SpA', status: 'accepted', dueAt: null }),
    ]);
    const seen: string[] = [];
    let after: unknown;
    for (let round = 0; round < 10; round += 1) {
      const reply = overJson(
        await dispatch(
          overJson({ type: 'pending/search', query: 'searchable spa', limit: 5, ...(after ? { after } : {}) }),
          popup,
          handlers,
        ),
      );
      if (!reply.ok) throw new Error(reply.error);
      const value = reply.value as { rows: Invitation[]; next?: { term: string; id: string } };
      seen.push(...value.rows.map((r) => r.customerName));
      after = value.next;
      if (!after) break;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen.every((n) => n.endsWith('S.p.A.'))).toBe(true);
  });

  it('finds pending duplicates by address or company domain, leaving out the excluded ids', async () => {
    await putInvitations(await openDb(), [
      makeInvitation({ id: 'dup-1', customerEmail: 'boss@duplicate.example', customerDomain: 'duplicate.example' }),
      makeInvitation({ id: 'dup-2', customerEmail: 'Anna@Duplicate.example', customerDomain: '' }),
    ]);
    const ask = (email: string, exclude: string[] = []) =>
      dispatch({ type: 'pending/duplicates', email, domain: '', exclude }, popup, handlers);
    expect(await ask('anna@duplicate.example')).toMatchObject({
      ok: true,
      value: {
        duplicates: [
          { id: 'dup-2', reason: 'email' },
          { id: 'dup-1', reason: 'domain' },
        ],
      },
    });
    expect(await ask('anna@duplicate.example', ['dup-2'])).toMatchObject({
      ok: true,
      value: { duplicates: [{ id: 'dup-1' }] },
    });
    expect(await ask('nobody@elsewhere.example')).toEqual({ ok: true, value: { duplicates: [] } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Customer records stay in the extension: a content script is refused.
    const fromPage = { type: 'pending/duplicates', email: 'anna@duplicate.example', domain: '', exclude: [] };
    expect(await dispatch(fromPage, contentScript, handlers)).toMatchObject({
      ok: false,
      code: 'refused-privileged',
    });
    warn.mockRestore();
  });
});
