// The worker's data handlers behind dispatch, reached the way a page reaches them: a message
// through runtime.sendMessage (the shared fake browser; JSON both ways), stored in IndexedDB
// (fake-indexeddb). Moved from tests/e2e/tracker-background.spec.ts: what the built worker
// adds (real messaging, a content script's sender) stays in tests/e2e/fuzz-messages.spec.ts.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { newInvitation } from '../../support/invitations';
import { dispatch } from '../../../src/background/dispatch';
import { invitationHandlers } from '../../../src/background/handlers/invitations';
import { badgeHandlers } from '../../../src/background/handlers/badge-refresh';
import { pendingHandlers } from '../../../src/background/handlers/pending';
import { exportAll, openDb } from '../../../src/platform/db';
import type { Handlers } from '../../../src/platform/protocol';

// The router's table without the insertion handlers (they inject the built content script).
const handlers = { ...invitationHandlers, ...badgeHandlers, ...pendingHandlers } as Handlers;

beforeAll(() => {
  fakeBrowser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender, handlers));
});

describe('the worker answering a page', () => {
  it('rejects malformed messages with a clear reply and changes nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(
      await fakeBrowser.runtime.sendMessage({ type: 'invitation/record', invitation: newInvitation('Contoso') }),
    ).toMatchObject({ ok: true, value: { id: expect.any(String) } });
    for (const bad of [
      { type: 'invitation/delete' },
      { type: 'nope' },
      'text',
      { type: 'invitation/record', invitation: { customerName: '' } },
    ]) {
      expect(await fakeBrowser.runtime.sendMessage(bad)).toEqual({
        ok: false,
        error: expect.stringContaining('malformed'),
        code: 'malformed',
      });
    }
    expect(await exportAll(await openDb())).toHaveLength(1);
    warn.mockRestore();
  });

  it('records, counts what is due on the badge, and pages pending rows over JSON', async () => {
    const ids: string[] = [];
    for (const name of ['Alpine Ski House', 'Blue Yonder']) {
      const reply = (await fakeBrowser.runtime.sendMessage({
        type: 'invitation/record',
        invitation: newInvitation(name),
      })) as { ok: true; value: { id: string } };
      ids.push(reply.value.id);
    }
    expect(await fakeBrowser.runtime.sendMessage({ type: 'badge/refresh' })).toEqual({ ok: true, value: { due: 0 } });
    expect(fakeBrowser.action.badgeText).toBe('');
    const page = (await fakeBrowser.runtime.sendMessage({ type: 'pending/page', limit: 50 })) as {
      ok: true;
      value: { rows: { id: string; customerName: string }[] };
    };
    expect(page.value.rows.map((r) => r.id)).toEqual(expect.arrayContaining(ids));
  });
});
