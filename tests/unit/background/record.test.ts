import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { makeInvitation } from '../../support/invitations';
import { followUpOnce, recordOnce } from '../../../src/background/record';
import { trackInsertedDraft } from '../../../src/background/track-insert';
import { deleteInvitations, exportAll, getInvitation, openDb, putInvitations } from '../../../src/platform/db';

// The browser surfaces recording touches (the badge, settings for the follow-up cadence,
// storage.session for the insertion report) are the shared fake browser's; IndexedDB is
// fake-indexeddb. Recording is the code under test.
const session = async (key: string) => (await fakeBrowser.storage.session.get(key))[key];

const LINK = makeInvitation().link;
const fields = (over: Record<string, unknown> = {}) => ({
  customerName: 'Contoso',
  customerEmail: 'admin@contoso.com',
  customerDomain: 'contoso.com',
  customerCountry: 'IT',
  cloud: 'public' as const,
  dap: false,
  kind: 'reseller' as const,
  link: LINK,
  language: 'en' as const,
  subject: 'Invitation',
  body: `Hello ${LINK}`,
  ...over,
});

beforeEach(async () => {
  const db = await openDb();
  await deleteInvitations(db, (await exportAll(db)).map((r) => r.id).concat('x'));
});

describe('recordOnce', () => {
  it('one id, one record: a retry changes nothing, a changed email updates the same record', async () => {
    expect(await recordOnce('draft-1', fields())).toEqual({ id: 'draft-1', outcome: 'created' });
    expect(await recordOnce('draft-1', fields())).toEqual({ id: 'draft-1', outcome: 'unchanged' });
    expect(await recordOnce('draft-1', fields({ body: `Hi Anna ${LINK}` }))).toEqual({
      id: 'draft-1',
      outcome: 'updated',
    });
    const all = await exportAll(await openDb());
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: 'draft-1', body: `Hi Anna ${LINK}`, status: 'pending' });
    expect(all[0]!.history.map((h) => h.event)).toEqual(['created', 'edited']);
  });
});

describe('followUpOnce', () => {
  it('one follow-up per draft: the retry finds its tag; a record no longer pending or gone is refused', async () => {
    const db = await openDb();
    const inv = makeInvitation({ id: 'p1' });
    await putInvitations(db, [inv, makeInvitation({ id: 'acc', status: 'accepted', dueAt: null })]);
    expect(await followUpOnce('p1', 'draft-1')).toEqual({ followUps: 1, applied: true });
    expect(await followUpOnce('p1', 'draft-1')).toEqual({ followUps: 1, applied: false });
    expect(await followUpOnce('p1', 'draft-2')).toEqual({ followUps: 2, applied: true });
    expect((await getInvitation(db, 'p1'))?.history.map((h) => [h.event, h.ref])).toEqual([
      ['created', undefined],
      ['followed-up', 'draft-1'],
      ['followed-up', 'draft-2'],
    ]);
    await expect(followUpOnce('acc', 'draft-3')).rejects.toMatchObject({ code: 'not-pending' });
    await expect(followUpOnce('gone', 'draft-3')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('trackInsertedDraft', () => {
  const shared = {
    customerName: 'Contoso',
    customerEmail: 'admin@contoso.com',
    subject: 's',
    text: 't',
    html: 'h',
    link: LINK,
  };

  it('records the inserted draft as the popup would, and leaves the popup a report', async () => {
    const plan = { kind: 'new' as const, id: 'draft-7', invitation: fields() };
    const report = await trackInsertedDraft({ ...shared, draftId: 'draft-7', record: plan }, 500);
    expect(report).toEqual({ draftId: 'draft-7', at: 500, recorded: 'new', followUpOf: null, error: null });
    expect(await session('insert.report')).toEqual(report);
    // Inserted twice: still one record.
    await trackInsertedDraft({ ...shared, draftId: 'draft-7', record: plan }, 600);
    expect((await exportAll(await openDb())).map((r) => r.id)).toEqual(['draft-7']);
  });

  it('a follow-up, an incomplete draft and a failure each say what happened', async () => {
    await putInvitations(await openDb(), [makeInvitation({ id: 'p1', customerName: 'Pending' })]);
    const followUp = { kind: 'follow-up' as const, id: 'p1', ref: 'draft-8', customerName: 'Pending' };
    expect(await trackInsertedDraft({ ...shared, draftId: 'draft-8', record: followUp }, 1)).toMatchObject({
      recorded: 'follow-up',
      followUpOf: { id: 'p1', customerName: 'Pending' },
    });
    expect(await trackInsertedDraft({ ...shared, draftId: 'draft-9' }, 2)).toMatchObject({
      recorded: null,
      error: null,
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const gone = { ...followUp, id: 'gone' };
    expect(await trackInsertedDraft({ ...shared, draftId: 'draft-10', record: gone }, 3)).toMatchObject({
      recorded: null,
      error: 'Cannot record a follow-up: the invitation was deleted.',
    });
    warn.mockRestore();
    // A draft from before drafts had ids: nothing to report on.
    expect(await trackInsertedDraft(shared, 4)).toBeNull();
  });
});
