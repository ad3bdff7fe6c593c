/// <reference types="vite/client" />
// The benchmark's helper page, loaded into a copy of the store build (never shipped).
// It reaches the app's own modules through import.meta.glob, so a module another engineer has
// not committed yet shows up as "n/a (not built yet)" instead of breaking the build.
import { invitationSchema, type Invitation } from '../../../src/core/invitation';
import type { Settings } from '../../../src/core/settings';
import { benchBody, benchCustomersCsv, benchDueCount, benchInvitation } from './fixtures';
import { PARTNER_TENANT } from '../../fixtures/links';

type Na = { na: string };
const NOT_BUILT = 'n/a (not built yet)';

// The shapes this page relies on; checked at runtime (typeof) before use.
type Db = unknown;
type DbModule = {
  openDb: () => Promise<Db>;
  putInvitations: (db: Db, rows: readonly Invitation[]) => Promise<void>;
  countPending: (db: Db) => Promise<number>;
  countDue: (db: Db, now: number, cap?: number) => Promise<number>;
  exportAll: (db: Db) => Promise<Invitation[]>;
  pendingPage: (db: Db, opts: { limit: number }) => Promise<{ rows: Invitation[] }>;
};
type SettingsModule = {
  updateSettings: (change: Partial<Pick<Settings, 'profile'>>) => Promise<Settings>;
  loadSettings: () => Promise<Settings>;
};
type CsvModule = {
  parseCustomersCsv: (text: string) => { ok: true; rows: unknown[] } | { ok: false; error: string };
  matchCustomers: (rows: readonly unknown[], pending: readonly Invitation[]) => { matched: unknown[] };
};
type ExportModule = {
  exportBackup: (
    now: number,
    onProgress: (p: { done: number; total: number }) => void,
  ) => Promise<{ blob: Blob; invitations: number }>;
};
type RestoreModule = {
  scanBackup: (
    file: Blob,
    write: boolean,
    onProgress: (p: { bytes: number; total: number; rows: number }) => void,
  ) => Promise<{
    fatal: unknown;
    stopped?: string;
    rows: number;
    counts: { added: number; updated: number; unchanged: number };
  }>;
};
type GuardModule = { checkLink: (body: string, link: string, format: 'text' | 'html') => { status: string } };
type CheckLinkBench = { benchCheckLink: () => unknown };
type CleanLinkBench = {
  benchCleanLinkInput: () => { worstMs: number; chars: number; byInput: Record<string, number> };
};

const modules = {
  db: import.meta.glob('../../../src/platform/db/index.ts'),
  settings: import.meta.glob('../../../src/platform/settings.ts'),
  csv: import.meta.glob('../../../src/core/customers-csv.ts'),
  backupExport: import.meta.glob('../../../src/options/backup-export.ts'),
  backupRestore: import.meta.glob('../../../src/options/backup-restore.ts'),
  guard: import.meta.glob('../../../src/core/guard.ts'),
  checkLinkBench: import.meta.glob('../check-link.bench.ts'),
  cleanLinkBench: import.meta.glob('../clean-link.bench.ts'),
};

/** Load the one module a glob matched, if it has every named export; null otherwise. */
async function load<T>(glob: Record<string, () => Promise<unknown>>, names: (keyof T & string)[]): Promise<T | null> {
  const loader = Object.values(glob)[0];
  if (!loader) return null;
  const mod = (await loader()) as Record<string, unknown>;
  return names.every((n) => typeof mod[n] === 'function') ? (mod as T) : null;
}

const dbModule = () =>
  load<DbModule>(modules.db, ['openDb', 'putInvitations', 'countPending', 'countDue', 'exportAll', 'pendingPage']);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** SHA-256 of every stored row by id (index fields included: the restore recomputes them). */
async function fingerprint(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('partner-invite');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('open failed'));
  });
  const parts: string[] = [];
  let range: IDBKeyRange | undefined;
  for (;;) {
    const rows = await new Promise<{ id: string }[]>((resolve, reject) => {
      const r = db.transaction('invitations').objectStore('invitations').getAll(range, 5000);
      r.onsuccess = () => resolve(r.result as { id: string }[]);
      r.onerror = () => reject(r.error ?? new Error('read failed'));
    });
    if (rows.length === 0) break;
    // Keys sorted: a restored row carries the same fields, in the schema's order.
    for (const row of rows)
      parts.push(
        JSON.stringify(row, (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
            : v,
        ),
      );
    range = IDBKeyRange.lowerBound(rows[rows.length - 1]!.id, true);
  }
  db.close();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh database: the extension's deleted (its pages and worker close their connections on request). */
function deleteDatabase(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const del = indexedDB.deleteDatabase('partner-invite');
    del.onsuccess = () => resolve();
    del.onerror = () => reject(del.error ?? new Error('delete failed'));
  });
}

const SEED_BATCH = 5000;
const lab = {
  /** Write bench invitations [from, to) straight into IndexedDB, SEED_BATCH per transaction. */
  async seed(from: number, to: number, now: number): Promise<{ ms: number; written: number } | Na> {
    const m = await dbModule();
    if (!m) return { na: NOT_BUILT };
    // Keep the fixtures honest: a sample must pass the real record schema.
    for (let i = from; i < Math.min(to, from + 100); i++) invitationSchema.parse(benchInvitation(i, now));
    const db = await m.openDb();
    const t0 = performance.now();
    for (let start = from; start < to; start += SEED_BATCH) {
      const rows: Invitation[] = [];
      for (let i = start; i < Math.min(to, start + SEED_BATCH); i++) rows.push(benchInvitation(i, now));
      await m.putInvitations(db, rows);
    }
    return { ms: performance.now() - t0, written: to - from };
  },

  async counts(now: number, total: number): Promise<{ pending: number; due: number; expectedDue: number } | Na> {
    const m = await dbModule();
    if (!m) return { na: NOT_BUILT };
    const db = await m.openDb();
    return { pending: await m.countPending(db), due: await m.countDue(db, now), expectedDue: benchDueCount(total) };
  },

  /** Diagnostics for the popup's reads, without the page around them: one page of 50 pending rows, and the due count. */
  async reads(
    now: number,
  ): Promise<{ pendingPageMs: number; countDueMs: number; pageWithCountMs: number; rows: number } | Na> {
    const m = await dbModule();
    if (!m) return { na: NOT_BUILT };
    const db = await m.openDb();
    const page: number[] = [],
      count: number[] = [];
    let rows = 0;
    for (let i = 0; i < 7; i++) {
      let t0 = performance.now();
      rows = (await m.pendingPage(db, { limit: 50 })).rows.length;
      page.push(performance.now() - t0);
      t0 = performance.now();
      await m.countDue(db, now);
      count.push(performance.now() - t0);
    }
    // What the worker does when the popup opens on the Pending tab: the due count for the tab
    // label (capped at 1,000, as for the badge) and the first page, together.
    const together: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await Promise.all([
        m.countDue(db, now, 1000),
        m.pendingPage(db, { limit: 50 }).then(() => together.push(performance.now() - t0)),
      ]);
    }
    return { pendingPageMs: median(page), countDueMs: median(count), pageWithCountMs: median(together), rows };
  },

  /** A profile, so the popup shows its tabs rather than the "set up your profile" notice. */
  async setProfile(): Promise<{ ok: true } | Na> {
    const m = await load<SettingsModule>(modules.settings, ['updateSettings', 'loadSettings']);
    if (!m) return { na: NOT_BUILT };
    await m.updateSettings({
      profile: {
        companyName: 'Contoso Bench S.p.A.',
        partnerTenantId: PARTNER_TENANT,
        mpnId: '',
        country: 'IT',
        cloud: 'public',
        indirectProviderTenantId: '',
        pastedLink: '',
      },
    });
    return { ok: true };
  },

  /**
   * The backup round trip the options page does, at the seeded size: export to a file (a Blob
   * built from batches), a fingerprint of every row, the database deleted (a fresh one), the
   * restore's preview pass and the restore itself, then the fingerprint again.
   */
  async backupRoundTrip(now: number): Promise<
    | {
        exportMs: number;
        previewMs: number;
        restoreMs: number;
        rows: number;
        bytes: number;
        progressEvents: number;
        identical: boolean;
      }
    | Na
  > {
    const ex = await load<ExportModule>(modules.backupExport, ['exportBackup']);
    const re = await load<RestoreModule>(modules.backupRestore, ['scanBackup']);
    if (!ex || !re) return { na: NOT_BUILT };
    let progressEvents = 0;
    const t0 = performance.now();
    const { blob, invitations } = await ex.exportBackup(now, () => progressEvents++);
    const exportMs = performance.now() - t0;
    const before = await fingerprint();
    await deleteDatabase();
    const t1 = performance.now();
    const preview = await re.scanBackup(blob, false, () => progressEvents++);
    const previewMs = performance.now() - t1;
    const t2 = performance.now();
    const restored = await re.scanBackup(blob, true, () => progressEvents++);
    const restoreMs = performance.now() - t2;
    if (preview.fatal || restored.fatal || restored.stopped)
      return { na: `restore failed: ${JSON.stringify(restored.fatal ?? restored.stopped)}` };
    const after = await fingerprint();
    return {
      exportMs,
      previewMs,
      restoreMs,
      rows: invitations,
      bytes: blob.size,
      progressEvents,
      identical: before === after && restored.counts.added === invitations,
    };
  },

  /**
   * The write floor under the restore: the same `n` rows put into an emptied database with their
   * indexes, SEED_BATCH per transaction and the next batch built while one is written (as the
   * restore does), with no file to read and nothing checked.
   */
  async writeFloor(n: number, now: number): Promise<{ ms: number; rows: number } | Na> {
    const m = await dbModule();
    if (!m) return { na: NOT_BUILT };
    await deleteDatabase();
    const db = await m.openDb();
    const t0 = performance.now();
    let inFlight: Promise<void> = Promise.resolve();
    for (let start = 0; start < n; start += SEED_BATCH) {
      const rows: Invitation[] = [];
      for (let i = start; i < Math.min(n, start + SEED_BATCH); i++) rows.push(benchInvitation(i, now));
      await inFlight;
      inFlight = m.putInvitations(db, rows);
    }
    await inFlight;
    return { ms: performance.now() - t0, rows: n };
  },

  /** Customers.csv reconcile: parse `n` rows and match them against the pending invitations. */
  async csvImport(n: number): Promise<{ ms: number; rows: number; matched: number } | Na> {
    const m = await dbModule();
    const csv = await load<CsvModule>(modules.csv, ['parseCustomersCsv', 'matchCustomers']);
    if (!m || !csv) return { na: NOT_BUILT };
    const text = benchCustomersCsv(n);
    const db = await m.openDb();
    const t0 = performance.now();
    const parsed = csv.parseCustomersCsv(text);
    if (!parsed.ok) return { na: `parse failed: ${parsed.error}` };
    const pending = (await m.exportAll(db)).filter((r) => r.status === 'pending');
    const { matched } = csv.matchCustomers(parsed.rows, pending);
    return { ms: performance.now() - t0, rows: parsed.rows.length, matched: matched.length };
  },

  /** checkLink on a 20 KB body: the core-link engineer's benchCheckLink() when present, else a direct timing. */
  async checkLink(): Promise<{ ms: number; source: string; detail?: unknown } | Na> {
    const own = await load<CheckLinkBench>(modules.checkLinkBench, ['benchCheckLink']);
    if (own) {
      const r = await own.benchCheckLink();
      // A number (ms per call) or an object whose medianMs (else first numeric *ms field) is the figure.
      const fields = typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {};
      const ms =
        typeof r === 'number'
          ? r
          : typeof fields.medianMs === 'number'
            ? fields.medianMs
            : Object.entries(fields).find(([k, v]) => /ms$/i.test(k) && typeof v === 'number')?.[1];
      if (typeof ms === 'number') return { ms, source: 'tests/bench/check-link.bench.ts', detail: r };
    }
    const guard = await load<GuardModule>(modules.guard, ['checkLink']);
    if (!guard) return { na: NOT_BUILT };
    const { body, link } = benchBody(20 * 1024);
    if (guard.checkLink(body, link, 'text').status !== 'intact')
      return { na: 'checkLink did not find the link intact in the bench body' };
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      for (let j = 0; j < 10; j++) guard.checkLink(body, link, 'text');
      times.push((performance.now() - t0) / 10);
    }
    return { ms: median(times), source: 'median of 200×10 calls, 20 KB text body' };
  },

  /** cleanLinkInput on adversarial 100,000-character inputs: the worst input's best-of-5 time. */
  async cleanLink(): Promise<{ ms: number; chars: number; byInput: Record<string, number> } | Na> {
    const own = await load<CleanLinkBench>(modules.cleanLinkBench, ['benchCleanLinkInput']);
    if (!own) return { na: NOT_BUILT };
    const r = own.benchCleanLinkInput();
    return { ms: r.worstMs, chars: r.chars, byInput: r.byInput };
  },

  /** Ask the worker to recompute the badge; returns the round trip and the badge text. */
  async badgeRefresh(): Promise<{ ms: number; badge: string } | Na> {
    const t0 = performance.now();
    const reply: unknown = await chrome.runtime
      .sendMessage({ type: 'badge/refresh' })
      .catch((e: unknown) => ({ error: String(e) }));
    const ms = performance.now() - t0;
    if (typeof reply !== 'object' || reply === null || (reply as { ok?: unknown }).ok !== true)
      return { na: `${NOT_BUILT}: worker replied ${JSON.stringify(reply)}` };
    return { ms, badge: await chrome.action.getBadgeText({}) };
  },
};

declare global {
  interface Window {
    lab: typeof lab;
  }
}
window.lab = lab;
document.title = 'Bench lab ready';
