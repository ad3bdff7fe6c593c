import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFakeStorage } from '../platform/fake-storage';
import { makeInvitation } from '../platform/db/make-invitation';

// Browser surfaces the tick talks to: badge, storage and notifications. IndexedDB is
// fake-indexeddb (a full implementation); the tick, badge and notify logic is the code under test.
const env = vi.hoisted(() => ({
  badge: '',
  badgeWrites: [] as string[],
  local: new Map<string, unknown>(),
  sync: null as null | ReturnType<typeof makeFakeStorage>,
}));
vi.mock('../../../src/platform/browser', () => ({
  default: {
    action: {
      getBadgeText: async () => env.badge,
      setBadgeText: async ({ text }: { text: string }) => {
        env.badge = text;
        env.badgeWrites.push(text);
      },
      setBadgeBackgroundColor: async () => {},
    },
    storage: {
      get sync() {
        return env.sync!.storage.sync;
      },
      get onChanged() {
        return env.sync!.storage.onChanged;
      },
      local: {
        get: async (key: string) => (env.local.has(key) ? { [key]: env.local.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) env.local.set(k, v);
        },
      },
    },
    runtime: { getURL: (p: string) => `chrome-extension://id/${p}` },
  },
}));

const created: { id: string; options: { message: string } }[] = [];
vi.stubGlobal('chrome', {
  i18n: { getMessage: (key: string, subs?: string[]) => `${key}${subs ? `(${subs.join(',')})` : ''}` },
  notifications: { create: async (id: string, options: { message: string }) => void created.push({ id, options }) },
});

const { tick } = await import('../../../src/background/alarms');
const { openDb, putInvitations, getInvitation, deleteInvitations, exportAll } =
  await import('../../../src/platform/db');
const { saveSettings } = await import('../../../src/platform/settings');

const T0 = 1_800_000_000_000;
const T1 = T0 + 60_000;

beforeEach(async () => {
  env.badge = '';
  env.badgeWrites = [];
  env.local.clear();
  env.sync = makeFakeStorage();
  created.length = 0;
  const db = await openDb();
  await deleteInvitations(db, (await exportAll(db)).map((r) => r.id).concat('x'));
});

describe('tracker tick (the alarm)', () => {
  it('expires GDAP links past 90 days, sets the badge to the due count, and notifies once about newly due follow-ups', async () => {
    await saveSettings({ notifications: true });
    env.local.set('notify.lastCheck', T0);
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
    expect(env.badge).toBe('2');
    expect(created).toEqual([
      { id: 'follow-ups-due', options: expect.objectContaining({ message: 'notify_one_due' }) },
    ]);

    // The next tick with nothing new: no notification, and the unchanged badge is not rewritten.
    expect(await tick(T1 + 1_000)).toEqual({ expired: 0, due: 2, notified: 0 });
    expect(created).toHaveLength(1);
    expect(env.badgeWrites).toEqual(['2']);
  });

  it('does not notify when the setting is off, nor on the very first run', async () => {
    const db = await openDb();
    await putInvitations(db, [makeInvitation({ dueAt: T0 + 1 }), makeInvitation({ dueAt: T0 + 2 })]);
    expect(await tick(T1)).toEqual({ expired: 0, due: 2, notified: 0 }); // first run: nothing is "new"
    await putInvitations(db, [makeInvitation({ dueAt: T1 + 1 }), makeInvitation({ dueAt: T1 + 2 })]);
    expect(await tick(T1 + 10)).toEqual({ expired: 0, due: 4, notified: 0 }); // setting off
    await saveSettings({ notifications: true });
    await putInvitations(db, [makeInvitation({ dueAt: T1 + 11 }), makeInvitation({ dueAt: T1 + 12 })]);
    expect(await tick(T1 + 20)).toEqual({ expired: 0, due: 6, notified: 2 });
    expect(created.at(-1)?.options.message).toBe('notify_many_due(2)');
  });

  it('clears the badge when nothing is due', async () => {
    env.badge = '5';
    expect(await tick(T1)).toEqual({ expired: 0, due: 0, notified: 0 });
    expect(env.badge).toBe('');
  });
});

describe('badge', () => {
  it('shows the count, empty for none, capped at 999+', async () => {
    const { badgeText } = await import('../../../src/background/badge');
    expect([0, 1, 42, 999, 1000].map(badgeText)).toEqual(['', '1', '42', '999', '999+']);
  });

  it('counts at most 1,000 due follow-ups and shows 999+', async () => {
    const db = await openDb();
    await putInvitations(
      db,
      Array.from({ length: 1_200 }, () => makeInvitation({ dueAt: T0 })),
    );
    expect(await tick(T1)).toMatchObject({ due: 1_000 });
    expect(env.badge).toBe('999+');
  });

  it('ends on the latest count when updates overlap with writes', async () => {
    const { updateBadge } = await import('../../../src/background/badge');
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
    expect(env.badge).toBe('5');
    // Serialised: each run saw no more records than the one before it.
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
