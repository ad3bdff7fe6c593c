import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countDue,
  countNewlyDue,
  countPending,
  deleteInvitations,
  expireOverdue,
  exportAll,
  getInvitation,
  importInvitations,
  openDb,
  pendingPage,
  pendingWithTerms,
  putInvitations,
  recordInvitation,
  searchInvitations,
  updateInvitations,
  type InviteDatabase,
  type PageResult,
} from '../../../../src/platform/db';
import type { Invitation } from '../../../../src/core/invitation';
import { makeInvitation } from '../../../support/invitations';

let dbCount = 0;
const freshDb = () => openDb(`test-${++dbCount}`);

async function allPages(
  fetch: (after?: PageResult<Invitation>['next']) => Promise<PageResult<Invitation>>,
): Promise<Invitation[][]> {
  const pages: Invitation[][] = [];
  let after: PageResult<Invitation>['next'];
  do {
    const result = await fetch(after);
    pages.push(result.rows);
    after = result.next;
  } while (after && pages.length < 10_000);
  return pages;
}

describe('pendingPage', () => {
  it('pages through pending only, due first, each exactly once, including ties on dueAt across page breaks', async () => {
    const db = await freshDb();
    const records = [
      ...Array.from({ length: 23 }, (_, i) => makeInvitation({ dueAt: 5_000 + (i % 4) * 1_000 })), // many equal dueAt
      makeInvitation({ status: 'accepted', dueAt: null }),
      makeInvitation({ status: 'cancelled', dueAt: null }),
      makeInvitation({ dueAt: null }), // pending without a date: last, not lost
    ];
    await putInvitations(db, records);
    const pages = await allPages((after) => pendingPage(db, { limit: 5, after }));
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 4]);
    const rows = pages.flat();
    expect(new Set(rows.map((r) => r.id)).size).toBe(24);
    expect(rows.every((r) => r.status === 'pending')).toBe(true);
    const dues = rows.map((r) => r.dueAt ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(rows.at(-1)?.dueAt).toBeNull();
  });

  it('continues correctly when the last row of a page was changed or deleted in between', async () => {
    const db = await freshDb();
    const records = Array.from({ length: 6 }, (_, i) => makeInvitation({ dueAt: 1_000 * (i + 1) }));
    await putInvitations(db, records);
    const first = await pendingPage(db, { limit: 3 });
    await deleteInvitations(db, [first.rows[2]!.id]);
    const second = await pendingPage(db, { limit: 3, after: first.next });
    expect(second.rows.map((r) => r.id)).toEqual(records.slice(3).map((r) => r.id));
    expect(second.next).toBeUndefined();
  });

  it('returns the stored record without the index-only fields', async () => {
    const db = await freshDb();
    const inv = makeInvitation();
    await putInvitations(db, [inv]);
    expect((await pendingPage(db, { limit: 1 })).rows).toEqual([inv]);
    expect(await getInvitation(db, inv.id)).toEqual(inv);
  });
});

describe('counts', () => {
  it('counts due, newly due and pending from the index', async () => {
    const db = await freshDb();
    await putInvitations(db, [
      makeInvitation({ dueAt: 100 }),
      makeInvitation({ dueAt: 200 }),
      makeInvitation({ dueAt: 300 }),
      makeInvitation({ dueAt: 400 }),
      makeInvitation({ status: 'accepted', dueAt: null }),
      makeInvitation({ dueAt: null }),
    ]);
    expect(await countDue(db, 99)).toBe(0);
    expect(await countDue(db, 200)).toBe(2);
    expect(await countDue(db, 10_000)).toBe(4);
    expect(await countNewlyDue(db, 100, 300)).toBe(2);
    expect(await countNewlyDue(db, 300, 300)).toBe(0);
    expect(await countPending(db)).toBe(5);
    // Capped counts: exact below the cap, the cap at or above it.
    expect(await countDue(db, 10_000, 5)).toBe(4);
    expect(await countDue(db, 10_000, 4)).toBe(4);
    expect(await countDue(db, 10_000, 3)).toBe(3);
    expect(await countDue(db, 10_000, 1)).toBe(1);
    expect(await countDue(db, 99, 1)).toBe(0);
  });
});

describe('searchInvitations', () => {
  async function seeded(): Promise<InviteDatabase> {
    const db = await freshDb();
    await putInvitations(db, [
      makeInvitation({
        id: 'a',
        customerName: 'Contoso Italia',
        customerDomain: 'contoso.it',
        customerEmail: 'anna@contoso.it',
        updatedAt: 3,
      }),
      makeInvitation({
        id: 'b',
        customerName: 'Contoso Ltd',
        customerDomain: 'contoso.com',
        customerEmail: 'bob@contoso.com',
        status: 'accepted',
        dueAt: null,
        updatedAt: 5,
      }),
      makeInvitation({
        id: 'c',
        customerName: 'Fabrikam',
        customerDomain: 'fabrikam.com',
        customerEmail: 'carla@fabrikam.com',
        updatedAt: 4,
      }),
    ]);
    return db;
  }

  it('finds by name, domain and email prefixes, several words, and status', async () => {
    const db = await seeded();
    const ids = async (q: Parameters<typeof searchInvitations>[1]) =>
      (await searchInvitations(db, q)).rows.map((r) => r.id).sort();
    expect(await ids({ text: 'CONTO', limit: 10 })).toEqual(['a', 'b']);
    expect(await ids({ text: 'contoso ital', limit: 10 })).toEqual(['a']);
    expect(await ids({ text: 'fabrikam.com', limit: 10 })).toEqual(['c']);
    expect(await ids({ text: 'bob@', limit: 10 })).toEqual(['b']);
    expect(await ids({ text: 'contoso', status: 'pending', limit: 10 })).toEqual(['a']);
    expect(await ids({ status: 'accepted', limit: 10 })).toEqual(['b']);
    expect(await ids({ text: 'nobody', limit: 10 })).toEqual([]);
  });

  it('reads names through their legal form: any spelling, and a word that is both a form and a prefix', async () => {
    const db = await freshDb();
    await putInvitations(db, [
      makeInvitation({ id: 'spa', customerName: 'Contoso S.p.A.' }),
      makeInvitation({ id: 'srl', customerName: 'Rossi S.r.l.' }),
      makeInvitation({ id: 'ltd', customerName: 'Northwind Traders Limited' }),
      makeInvitation({ id: 'co', customerName: 'Coho Winery' }),
    ]);
    const ids = async (text: string) => (await searchInvitations(db, { text, limit: 10 })).rows.map((r) => r.id).sort();
    expect(await ids('Contoso S.p.A.')).toEqual(['spa']);
    expect(await ids('contoso spa')).toEqual(['spa']);
    expect(await ids('S. p. A.')).toEqual(['spa']);
    expect(await ids('srl')).toEqual(['srl']);
    expect(await ids('Rossi SpA')).toEqual([]);
    expect(await ids('ltd')).toEqual(['ltd']);
    expect(await ids('limited')).toEqual(['ltd']);
    // "co" spells a legal form (Co.) and starts "Coho" and "Contoso": both readings count.
    expect(await ids('co')).toEqual(['co', 'spa']);
  });

  it('pages a search whose range comes from a legal form', async () => {
    const db = await freshDb();
    await putInvitations(
      db,
      Array.from({ length: 9 }, (_, i) => makeInvitation({ customerName: `Customer ${i} Limited` })),
    );
    const pages = await allPages((after) => searchInvitations(db, { text: 'Limited', limit: 4, after }));
    const ids = pages.flat().map((r) => r.id);
    expect(ids).toHaveLength(9);
    expect(new Set(ids).size).toBe(9);
  });

  it('lists most recently updated first without filters', async () => {
    const db = await seeded();
    expect((await searchInvitations(db, { limit: 10 })).rows.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('pages a text search without repeating or losing rows that match several terms', async () => {
    const db = await freshDb();
    await putInvitations(
      db,
      Array.from({ length: 17 }, (_, i) =>
        // "contoso" matches the name word, the domain and the email host: three index entries per row.
        makeInvitation({
          customerName: `Contoso ${i}`,
          customerDomain: 'contoso.com',
          customerEmail: `u${i}@contoso.com`,
        }),
      ),
    );
    const pages = await allPages((after) => searchInvitations(db, { text: 'contoso', limit: 4, after }));
    const ids = pages.flat().map((r) => r.id);
    expect(ids.length).toBe(17);
    expect(new Set(ids).size).toBe(17);
  });
});

describe('writes', () => {
  it('recordInvitation writes a new id, and for a stored one writes what `again` gives, or nothing', async () => {
    const db = await freshDb();
    const first = makeInvitation({ customerName: 'First' });
    expect(await recordInvitation(db, first, () => null)).toBe('created');
    const seen: string[] = [];
    const again = (stored: Invitation) => (seen.push(stored.customerName), null);
    expect(await recordInvitation(db, { ...first, customerName: 'Retry' }, again)).toBe('unchanged');
    expect(seen).toEqual(['First']);
    expect((await getInvitation(db, first.id))?.customerName).toBe('First');
    expect(await recordInvitation(db, first, (stored) => ({ ...stored, customerName: 'Edited' }))).toBe('updated');
    expect((await getInvitation(db, first.id))?.customerName).toBe('Edited');
    expect(await exportAll(db)).toHaveLength(1);
  });

  it('pendingWithTerms finds pending records holding an exact term (an address or a domain), by index', async () => {
    const db = await freshDb();
    const a = makeInvitation({ customerEmail: 'Admin@Contoso.com', customerDomain: 'contoso.com' });
    const b = makeInvitation({ customerEmail: 'it@contoso.com', customerDomain: '' });
    const accepted = makeInvitation({ customerEmail: 'old@contoso.com', status: 'accepted', dueAt: null });
    const other = makeInvitation({ customerEmail: 'admin@contoso.community', customerDomain: 'contoso.community' });
    await putInvitations(db, [a, b, accepted, other]);
    const ids = async (terms: string[], limit = 20) =>
      (await pendingWithTerms(db, terms, limit)).map((r) => r.id).sort();
    expect(await ids(['admin@contoso.com'])).toEqual([a.id]);
    // The domain as typed or as the email's host; a prefix of another domain is not the domain.
    expect(await ids(['contoso.com'])).toEqual([a.id, b.id].sort());
    expect(await ids(['admin@contoso.com', 'contoso.com'])).toEqual([a.id, b.id].sort());
    expect(await ids(['contoso.com'], 1)).toHaveLength(1);
    expect(await ids(['nobody.example', ''])).toEqual([]);
  });

  it('updates in one transaction and reports only changed records', async () => {
    const db = await freshDb();
    const [a, b] = [makeInvitation(), makeInvitation()];
    await putInvitations(db, [a, b]);
    const changed = await updateInvitations(db, [a.id, b.id, 'missing'], (inv) =>
      inv.id === a.id ? { ...inv, status: 'accepted', dueAt: null } : null,
    );
    expect(changed.map((c) => c.id)).toEqual([a.id]);
    expect(await countPending(db)).toBe(1);
  });

  it('imports in batches, exports everything by id, deletes and counts what existed', async () => {
    const db = await freshDb();
    const records = Array.from({ length: 2_500 }, () => makeInvitation());
    expect(await importInvitations(db, records, 1_000)).toBe(2_500);
    const exported = await exportAll(db);
    expect(exported).toEqual([...records].sort((x, y) => (x.id < y.id ? -1 : 1)));
    expect(await deleteInvitations(db, [records[0]!.id, records[1]!.id, 'nope'])).toBe(2);
    expect(await countPending(db)).toBe(2_498);
  });

  it('expires only pending records whose expiry has passed', async () => {
    const db = await freshDb();
    const old = makeInvitation({ kind: 'gdap', expiresAt: 500 });
    const later = makeInvitation({ kind: 'gdap', expiresAt: 5_000 });
    const accepted = makeInvitation({ kind: 'gdap', expiresAt: 500, status: 'accepted', dueAt: null });
    await putInvitations(db, [old, later, accepted]);
    const changed = await expireOverdue(db, 1_000, (inv) => ({
      ...inv,
      status: 'expired',
      dueAt: null,
      updatedAt: 1_000,
    }));
    expect(changed.map((c) => c.id)).toEqual([old.id]);
    expect((await getInvitation(db, old.id))?.status).toBe('expired');
    expect(await expireOverdue(db, 1_000, (inv) => inv)).toEqual([]); // no longer in the sparse index
  });
});

describe('paging property', () => {
  it('pendingPage visits every pending record once in due order for any data and page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ due: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), pending: fc.boolean() }), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 7 }),
        async (specs, limit) => {
          const db = await freshDb();
          await putInvitations(
            db,
            specs.map((s) =>
              makeInvitation({ status: s.pending ? 'pending' : 'accepted', dueAt: s.pending ? s.due : null }),
            ),
          );
          const rows = (await allPages((after) => pendingPage(db, { limit, after }))).flat();
          expect(rows.length).toBe(specs.filter((s) => s.pending).length);
          expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
          const dues = rows.map((r) => r.dueAt ?? Infinity);
          expect(dues).toEqual([...dues].sort((a, b) => a - b));
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});
