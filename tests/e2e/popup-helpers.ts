// Helpers for the popup e2e tests: a partner profile written the way src/platform/settings.ts
// stores it (storage.sync item `profile` plus the layout version), and raw IndexedDB reads.
import type { Page } from '@playwright/test';

import { DIRECT_DAP, DIRECT_NO_DAP, PARTNER_TENANT as TENANT } from '../fixtures/links';

export const LINK_NO_DAP = DIRECT_NO_DAP;
export const LINK_DAP = DIRECT_DAP;

export type TestProfile = {
  companyName: string;
  partnerTenantId: string;
  mpnId: string;
  country: string;
  cloud: 'public' | 'usgov' | 'germany';
  indirectProviderTenantId: string;
  pastedLink: string;
};

const PROFILE: TestProfile = {
  companyName: 'Fabrikam Cloud Services',
  partnerTenantId: TENANT,
  mpnId: '',
  country: 'IT',
  cloud: 'public',
  indirectProviderTenantId: '',
  pastedLink: '',
};

/** Write the profile into storage.sync from an extension page (what the options page's Save does). */
export async function setProfile(page: Page, profile: Partial<TestProfile> = {}): Promise<void> {
  await page.evaluate((p) => chrome.storage.sync.set({ settingsVersion: 1, profile: p }), { ...PROFILE, ...profile });
}

export type StoredRow = {
  id: string;
  customerName: string;
  customerEmail: string;
  customerDomain: string;
  customerCountry: string;
  status: string;
  cloud: string;
  dap: boolean;
  link: string;
  language: string;
  body: string;
  subject: string;
  followUps: number;
  dueAt: number | null;
  history: { event: string }[];
};

/** Every stored invitation, read with raw IndexedDB (test-only: small stores). */
export function readRows(page: Page): Promise<StoredRow[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRow[]>((resolve, reject) => {
        const req = indexedDB.open('partner-invite');
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('invitations')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('invitations').objectStore('invitations').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredRow[]);
          };
          all.onerror = () => reject(all.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
}

/** Open the email editor ("Edit email", in any UI language) if it is not open, and return the body's text box. */
export async function editEmail(page: Page) {
  const body = page.locator('textarea#pp-body');
  if (!(await body.isVisible())) await page.locator('#pp-edit-email').click();
  return body;
}
