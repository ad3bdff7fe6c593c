import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Handlers } from '../../../src/platform/protocol';
import { senders } from '../../support/fake-browser';
import { dispatch, MALFORMED, REFUSED_PRIVILEGED, REFUSED_SENDER } from '../../../src/background/dispatch';

// The shared fake browser supplies our extension id and origin; everything else is the code under test.
const optionsPage = senders.page('src/options/index.html');
const contentScript = senders.contentScript();
const otherExtension = senders.otherExtension();

function recordingHandlers() {
  const calls: string[] = [];
  const handler = (type: string) => async () => {
    calls.push(type);
    return {};
  };
  const handlers = {
    'invitation/record': async () => (calls.push('invitation/record'), { id: 'x', outcome: 'created' as const }),
    'invitation/follow-up': async () => (calls.push('invitation/follow-up'), { followUps: 1, applied: true }),
    'invitation/act': async () => (calls.push('invitation/act'), { changed: 1 }),
    'invitation/delete': async () => (calls.push('invitation/delete'), { deleted: 1 }),
    'badge/refresh': async () => (calls.push('badge/refresh'), { due: 2 }),
    'pending/page': async () => (calls.push('pending/page'), { rows: [] }),
    'pending/duplicates': async () => (calls.push('pending/duplicates'), { duplicates: [] }),
    'pending/search': async () => (calls.push('pending/search'), { rows: [] }),
    'draft/set': handler('draft/set'),
    'content/link-state': handler('content/link-state'),
  } as Handlers;
  return { calls, handlers };
}

const privileged = [
  { type: 'invitation/act', ids: ['a'], action: 'accept' },
  { type: 'invitation/delete', ids: ['a'] },
  { type: 'draft/set', draft: null },
  { type: 'pending/page', limit: 50 },
  { type: 'invitation/follow-up', id: 'a', ref: 'draft-1' },
  { type: 'pending/duplicates', email: 'admin@contoso.com', domain: '', exclude: [] },
  { type: 'pending/search', query: 'contoso', limit: 50 },
];

describe('dispatch', () => {
  it('runs a valid request from an extension page and wraps the value', async () => {
    const { calls, handlers } = recordingHandlers();
    expect(await dispatch({ type: 'badge/refresh' }, optionsPage, handlers)).toEqual({ ok: true, value: { due: 2 } });
    expect(await dispatch({ type: 'invitation/delete', ids: ['a'] }, optionsPage, handlers)).toEqual({
      ok: true,
      value: { deleted: 1 },
    });
    expect(calls).toEqual(['badge/refresh', 'invitation/delete']);
  });

  it('refuses every privileged request from a content script, but serves the unprivileged ones', async () => {
    const { calls, handlers } = recordingHandlers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const msg of privileged)
      expect(await dispatch(msg, contentScript, handlers)).toEqual({
        ok: false,
        error: REFUSED_PRIVILEGED,
        code: 'refused-privileged',
      });
    expect(calls).toEqual([]);
    expect(
      await dispatch({ type: 'content/link-state', editor: '0'.repeat(32), status: 'intact' }, contentScript, handlers),
    ).toMatchObject({
      ok: true,
    });
    expect(calls).toEqual(['content/link-state']);
    warn.mockRestore();
  });

  it('refuses anything from another extension, even an unprivileged request', async () => {
    const { calls, handlers } = recordingHandlers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await dispatch({ type: 'badge/refresh' }, otherExtension, handlers)).toEqual({
      ok: false,
      error: REFUSED_SENDER,
      code: 'refused-sender',
    });
    expect(calls).toEqual([]);
    warn.mockRestore();
  });

  it('drops thousands of random and malformed messages without calling a handler or throwing', async () => {
    const { calls, handlers } = recordingHandlers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const KNOWN = [
      'invitation/record',
      'invitation/act',
      'invitation/delete',
      'badge/refresh',
      'pending/page',
      'pending/duplicates',
      'pending/search',
      'invitation/follow-up',
      'draft/set',
      'content/link-state',
    ];
    const ACTIONS = ['accept', 'cancel', 'snooze', 'followed-up', 'reopen'];
    const validIds = (v: unknown) =>
      Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.length >= 1 && s.length <= 64);
    // Malformed by construction: an unknown type, or a known type whose fields break the contract.
    const malformed = fc.oneof(
      fc
        .anything()
        .filter(
          (v) => !(typeof v === 'object' && v !== null && KNOWN.includes((v as { type?: unknown }).type as string)),
        ),
      fc.record({ type: fc.string().filter((t) => !KNOWN.includes(t)), ids: fc.array(fc.string()) }),
      fc.record({ type: fc.constant('invitation/delete'), ids: fc.anything().filter((v) => !validIds(v)) }),
      fc.record({
        type: fc.constant('invitation/act'),
        ids: fc.constant(['a']),
        action: fc.string().filter((a) => !ACTIONS.includes(a)),
      }),
      fc.record({ type: fc.constant('invitation/record'), invitation: fc.dictionary(fc.string(), fc.anything()) }),
      fc.record({
        type: fc.constant('invitation/follow-up'),
        id: fc.constant('a'),
        ref: fc.anything().filter((v) => typeof v !== 'string' || v.length < 1 || v.length > 64),
      }),
      fc.record({
        type: fc.constant('pending/duplicates'),
        email: fc.constant('a@b.example'),
        domain: fc.constant(''),
        exclude: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 11, maxLength: 20 }),
      }),
      fc.record({
        type: fc.constant('pending/search'),
        query: fc.string({ maxLength: 200 }),
        limit: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 201 }), fc.double({ noInteger: true })),
      }),
    );
    await fc.assert(
      fc.asyncProperty(malformed, async (msg) => {
        expect(await dispatch(msg, optionsPage, handlers)).toEqual({ ok: false, error: MALFORMED, code: 'malformed' });
      }),
      { numRuns: 2000 },
    );
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      'Partner Invite: dropped a malformed message',
      expect.anything(),
      expect.anything(),
    );
    warn.mockRestore();
  });

  it('turns a handler error into a clear reply instead of a crash', async () => {
    const { handlers } = recordingHandlers();
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    handlers['invitation/act'] = async () => {
      throw new Error('Cannot snooze: the reminder date must be in the future.');
    };
    expect(
      await dispatch({ type: 'invitation/act', ids: ['a'], action: 'snooze', until: 1 }, optionsPage, handlers),
    ).toEqual({
      ok: false,
      error: 'Cannot snooze: the reminder date must be in the future.',
    });
    err.mockRestore();
  });

  it('passes a refusal code on, so the pages can say it in their language', async () => {
    const { handlers } = recordingHandlers();
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { RefusalError } = await import('../../../src/core/refusal');
    handlers['invitation/act'] = async () => {
      throw new RefusalError('Cannot snooze: the reminder date must be in the future.', 'past-date');
    };
    expect(
      await dispatch({ type: 'invitation/act', ids: ['a'], action: 'snooze', until: 1 }, optionsPage, handlers),
    ).toEqual({
      ok: false,
      error: 'Cannot snooze: the reminder date must be in the future.',
      code: 'past-date',
    });
    err.mockRestore();
  });
});
