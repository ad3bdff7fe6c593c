// Shared helpers for the options e2e tests: records made through the real service worker,
// and the stored statuses read back from IndexedDB.
import type { Page } from '@playwright/test';
import { newInvitation } from '../support/invitations';
import { recordInvitations } from './record-helpers';

export type Customer = { name: string; email: string; domain?: string };

/** Records invitations for these customers exactly as the popup's Done does (tests/e2e/record-helpers.ts). */
export function record(page: Page, customers: readonly Customer[]): Promise<string[]> {
  return recordInvitations(
    page,
    customers.map((c) => newInvitation(c.name, { customerEmail: c.email, customerDomain: c.domain ?? '' })),
  );
}

/** Customer name -> status, as stored in IndexedDB by the worker. */
export async function statuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('partner-invite');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
    });
    const all = await new Promise<{ customerName: string; status: string }[]>((resolve) => {
      const r = db.transaction('invitations').objectStore('invitations').getAll();
      r.onsuccess = () => resolve(r.result as { customerName: string; status: string }[]);
    });
    db.close();
    return Object.fromEntries(all.map((i) => [i.customerName, i.status]));
  });
}

/** Every stored invitation (without the index-only fields), sorted by id. */
export async function storedInvitations(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('partner-invite');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
    });
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const r = db.transaction('invitations').objectStore('invitations').getAll();
      r.onsuccess = () => resolve(r.result as Record<string, unknown>[]);
    });
    db.close();
    return all
      .map((row) => {
        const { dueKey: _d, terms: _t, pendingExpiry: _p, ...inv } = row;
        return inv;
      })
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  });
}
