// An in-memory stand-in for browser.storage.sync that enforces the real per-item quota
// (key + JSON of the value, UTF-8 bytes) and fires onChanged like the browser does.
import { SYNC_ITEM_QUOTA } from '../../../src/platform/settings-items';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export function makeFakeStorage() {
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const fire = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    if (Object.keys(changes).length > 0) for (const l of listeners) l(changes, 'sync');
  };
  const sync = {
    data,
    writes: 0,
    async get(keys: null | string | string[]) {
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of wanted) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) {
        const bytes = new TextEncoder().encode(k + JSON.stringify(v)).length;
        if (bytes > SYNC_ITEM_QUOTA) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${k}: ${bytes})`);
      }
      sync.writes += 1;
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: v };
        data.set(k, structuredClone(v));
      }
      fire(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (data.has(k)) changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      fire(changes);
    },
  };
  const onChanged = {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
  };
  return { storage: { sync, onChanged }, sync };
}
