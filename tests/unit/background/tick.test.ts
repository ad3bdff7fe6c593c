import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../../support/fake-browser';
import { makeInvitation } from '../../support/invitations';
import { tick } from '../../../src/background/alarms';
import { badgeText, updateBadge } from '../../../src/background/badge';
import { openDb, putInvitations, getInvitation, deleteInvitations, exportAll } from '../../../src/platform/db';
import { updateSettings } from '../../../src/platform/settings';

// The browser surfaces the tick talks to (badge, storage, notifications) are the shared fake
// browser's; IndexedDB is fake-indexeddb (a full implementation). The tick, badge and notify
// logic is the code under test.
const { action, storage } = fakeBrowser;

const T0 = 1_800_000_000_000;
const T1 = T0 + 60_000;

beforeEach(async () => {
  // The partner allowed notifications when turning the setting on (an optional permission).
  fakeBrowser.permissions.grant('notifications');
  const db = await openDb();
  await deleteInvitations(db, (await exportAll(db)).map((r) => r.id).concat('x'));
});

const created = () => fakeBrowser.notifications?.created ?? [];

describe('tracker tick (the alarm)', () => {
  it('expires GDAP links past 90 days, sets the badge to the due count, and notifies once about newly due follow-ups', async () => {
    await updateSettings({ notifications: true });
    await storage.local.set({ 'notify.lastCheck': T0 });
    const db = await openDb();
    const gdap = makeInvitation({ kind: 'gdap', expiresAt: T0, dueAt: T0 - 5_000 });
    await putInvitations(db, [
      makeInvitation({ dueAt: T0 - 1_000 }), // already due at the last check: on the badge, not "new"
      makeInvitation({ dueAt: T0 + 500 }), // fell due since the last check
      makeInvitation({ dueAt: T1 + 10_000 }), // not yet due
      makeInvitation({ status: 'accepted', dueAt: null }),
      gdap,
    ]);

    expect(await tick(T1)).toEqual({ expired: 1, due: 2, notified: 1 });
    expect((await getInvitation(db, gdap.id))?.status).toBe('expired');
    expect((await getInvitation(db, gdap.id))?.history.at(-1)).toEqual({ at: T1, event: 'expired' });
    expect(action.badgeText).toBe('2');
    expect(created()).toEqual([
      {
        id: 'follow-ups-due',
        options: expect.objectContaining({
          title: expect.any(String),
          message: 'A customer has not accepted your invitation yet. Time to follow up.',
        }),
      },
    ]);

    // The next tick with nothing new: no notification, and the unchanged badge is not rewritten.
    expect(await tick(T1 + 1_000)).toEqual({ expired: 0, due: 2, notified: 0 });
    expect(created()).toHaveLength(1);
    expect(action.badgeWrites).toEqual(['2']);
  });

  it('does not notify when the setting is off, nor on the very first run', async () => {
    const db = await openDb();
    await putInvitations(db, [makeInvitation({ dueAt: T0 + 1 }), makeInvitation({ dueAt: T0 + 2 })]);
    expect(await tick(T1)).toEqual({ expired: 0, due: 2, notified: 0 }); // first run: nothing is "new"
    await putInvitations(db, [makeInvitation({ dueAt: T1 + 1 }), makeInvitation({ dueAt: T1 + 2 })]);
    expect(await tick(T1 + 10)).toEqual({ expired: 0, due: 4, notified: 0 }); // setting off
    await updateSettings({ notifications: true });
    await putInvitations(db, [makeInvitation({ dueAt: T1 + 11 }), makeInvitation({ dueAt: T1 + 12 })]);
    expect(await tick(T1 + 20)).toEqual({ expired: 0, due: 6, notified: 2 });
    expect(created().at(-1)?.options.message).toBe(
      '2 customers have not accepted your invitation yet. Time to follow up.',
    );
  });

  it('expires a GDAP part on its own and counts GDAP requests about to expire on the badge, once each', async () => {
    const DAY = 86_400_000;
    const gdapPart = (expiresAt: number) => ({
      link: 'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/x',
      status: 'pending' as const,
      expiresAt,
      history: [{ at: T0 - 80 * DAY, event: 'created' as const }],
    });
    const db = await openDb();
    const lapsed = makeInvitation({ dueAt: T1 + 5 * DAY, gdap: gdapPart(T1 - 1) });
    const soon = makeInvitation({ dueAt: T1 + 5 * DAY, gdap: gdapPart(T1 + 3 * DAY) }); // not due: counted for its GDAP
    const soonAndDue = makeInvitation({ dueAt: T1 - DAY, gdap: gdapPart(T1 + 2 * DAY) }); // due: counted once
    const later = makeInvitation({ dueAt: T1 + 5 * DAY, gdap: gdapPart(T1 + 30 * DAY) }); // not yet
    const approved = makeInvitation({ dueAt: T1 + 5 * DAY, gdap: { ...gdapPart(T1 + DAY), status: 'accepted' } });
    await putInvitations(db, [lapsed, soon, soonAndDue, later, approved]);

    expect(await tick(T1)).toEqual({ expired: 1, due: 2, notified: 0 });
    const after = await getInvitation(db, lapsed.id);
    expect(after).toMatchObject({ status: 'pending', mainStatus: 'pending', gdap: { status: 'expired' } });
    expect(after?.gdap?.history.at(-1)).toEqual({ at: T1, event: 'expired' });
    expect(action.badgeText).toBe('2');
    // Approving the GDAP request takes it off the badge.
    await putInvitations(db, [{ ...soon, gdap: { ...gdapPart(T1 + 3 * DAY), status: 'accepted' } }]);
    expect(await tick(T1 + 1)).toMatchObject({ due: 1 });
  });

  it('clears the badge when nothing is due', async () => {
    await action.setBadgeText({ text: '5' });
    expect(await tick(T1)).toEqual({ expired: 0, due: 0, notified: 0 });
    expect(action.badgeText).toBe('');
  });
});

describe('badge', () => {
  it('shows the count, empty for none, capped at 999+', async () => {
    expect([0, 1, 42, 999, 1000].map(badgeText)).toEqual(['', '1', '42', '999', '999+']);
  });

  it('counts at most 1,000 due follow-ups and shows 999+', async () => {
    const db = await openDb();
    await putInvitations(
      db,
      Array.from({ length: 1_200 }, () => makeInvitation({ dueAt: T0 })),
    );
    expect(await tick(T1)).toMatchObject({ due: 1_000 });
    expect(action.badgeText).toBe('999+');
  });

  it('ends on the latest count when updates overlap with writes', async () => {
    const db = await openDb();
    const records = Array.from({ length: 20 }, () => makeInvitation({ dueAt: T0 }));
    await putInvitations(db, records);
    const runs: Promise<number>[] = [];
    for (const r of records.slice(0, 15)) {
      runs.push(updateBadge(db, T1));
      void deleteInvitations(db, [r.id]);
    }
    runs.push(updateBadge(db, T1));
    const counts = await Promise.all(runs);
    expect(counts.at(-1)).toBe(5);
    expect(action.badgeText).toBe('5');
    // Serialised: each run saw no more records than the one before it.
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
