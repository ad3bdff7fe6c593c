// Helpers for the backup e2e tests: seed many invitations straight into IndexedDB (as the
// bench does), and fingerprint every stored invitation so two profiles can be compared without
// carrying 100,000 rows back to the test.
import type { Page } from '@playwright/test';

const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=4f2a1c3e-9b7d-4e51-8a6f-0c2d3e4f5a6b&msppId=0&DAP=false#/BillingAccounts/partner-invitation';

/** Write `count` valid invitations (every 10th accepted, every 7th a GDAP one) in batches of 5,000. */
export async function seedInvitations(page: Page, count: number, now = Date.now()): Promise<void> {
  await page.evaluate(
    async ({ count, now, link }) => {
      const DAY = 86_400_000;
      const gdap =
        'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-1f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('partner-invite');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('open failed'));
      });
      for (let start = 0; start < count; start += 5000) {
        const tx = db.transaction('invitations', 'readwrite');
        const store = tx.objectStore('invitations');
        for (let i = start; i < Math.min(count, start + 5000); i++) {
          const accepted = i % 10 === 9;
          const isGdap = i % 7 === 3;
          const createdAt = now - (30 + (i % 60)) * DAY;
          const name = `Società ${i} S.r.l. <${i % 3 ? 'a' : 'b'}> & “co”`;
          const dueAt = accepted ? null : now + ((i % 20) - 5) * DAY;
          store.put({
            id: `seed-${String(i).padStart(7, '0')}`,
            customerName: name,
            customerEmail: `admin@customer${i}.example`,
            customerDomain: `customer${i}.example`,
            customerCountry: 'IT',
            cloud: 'public',
            dap: false,
            kind: isGdap ? 'gdap' : 'reseller',
            link: isGdap ? gdap : link,
            language: i % 2 ? 'it' : 'en',
            subject: `Invito per ${name}`,
            body: `Gentile cliente,\n\naccettate l'invito: ${isGdap ? gdap : link}\n\nGrazie\u2028`,
            status: accepted ? 'accepted' : 'pending',
            mainStatus: accepted ? 'accepted' : 'pending',
            gdap: null,
            createdAt,
            updatedAt: accepted ? createdAt + DAY : createdAt,
            dueAt,
            expiresAt: isGdap ? createdAt + 90 * DAY : null,
            followUps: i % 3,
            history: accepted
              ? [
                  { at: createdAt, event: 'created' },
                  { at: createdAt + DAY, event: 'accepted', note: 'firmato' },
                ]
              : [{ at: createdAt, event: 'created' }],
            // Index fields, as the extension stores them.
            dueKey: dueAt ?? Infinity,
            terms: [`societa`, String(i), `customer${i}.example`],
            ...(isGdap && !accepted ? { pendingExpiry: createdAt + 90 * DAY } : {}),
          });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        });
      }
      db.close();
    },
    { count, now, link: LINK },
  );
}

/** Count and SHA-256 of every stored invitation (index fields left out, keys sorted), by id. */
export async function fingerprint(page: Page): Promise<{ count: number; sha256: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('partner-invite');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('open failed'));
    });
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== 'dueKey' && k !== 'terms' && k !== 'pendingExpiry')
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v;
    const parts: string[] = [];
    let count = 0;
    let range: IDBKeyRange | undefined;
    for (;;) {
      const rows = await new Promise<{ id: string }[]>((resolve, reject) => {
        const r = db.transaction('invitations').objectStore('invitations').getAll(range, 5000);
        r.onsuccess = () => resolve(r.result as { id: string }[]);
        r.onerror = () => reject(r.error ?? new Error('read failed'));
      });
      if (rows.length === 0) break;
      for (const row of rows) parts.push(JSON.stringify(sorted(row)));
      count += rows.length;
      range = IDBKeyRange.lowerBound(rows[rows.length - 1]!.id, true);
    }
    db.close();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
    return { count, sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') };
  });
}

/**
 * Records every state of the page's progress bars from now on (label, value, max), however
 * briefly they show: a 10,000-row file is checked in a fraction of a second, too fast to catch
 * the bar with a one-off visibility check. Returns a reader of what was seen.
 */
export async function watchProgress(
  page: Page,
): Promise<() => Promise<{ label: string; value: number; max: number }[]>> {
  await page.evaluate(() => {
    const seen: { label: string; value: number; max: number }[] = [];
    (window as unknown as { __progressSeen: typeof seen }).__progressSeen = seen;
    const record = () => {
      for (const bar of document.querySelectorAll('progress')) {
        const state = { label: bar.getAttribute('aria-label') ?? '', value: bar.value, max: bar.max };
        const last = seen[seen.length - 1];
        if (!last || last.label !== state.label || last.value !== state.value || last.max !== state.max)
          seen.push(state);
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['value', 'max'],
    });
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { __progressSeen: { label: string; value: number; max: number }[] }).__progressSeen,
    );
}
