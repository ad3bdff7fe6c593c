import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';
import { LINK_ERROR_CODES } from '../../src/core/link';
import { LINK_BUILD_ERROR_CODES } from '../../src/core/link-build';
import { CSV_ERROR_CODES } from '../../src/core/customers-csv';
import { BACKUP_ERROR_CODES } from '../../src/core/backup';
import { ACTION_ERROR_CODES } from '../../src/core/lifecycle';
import { DISPATCH_REFUSALS } from '../../src/core/refusal';

type Table = Record<string, { message: string }>;

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The $1…$9 substitutions a message uses (as a sorted list of distinct numbers). */
function placeholders(message: string): number[] {
  return [...new Set([...message.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))].sort();
}

describe('_locales', () => {
  it('English and Italian define the same keys, each with a non-empty message', () => {
    expect(Object.keys(it_).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, it_] as Table[]) {
      for (const [key, entry] of Object.entries(table)) {
        expect(entry.message.trim(), key).not.toBe('');
      }
    }
  });

  it('every key the code asks for with a literal exists (t, msg, i18n.getMessage)', () => {
    const table = en as Table;
    const used = new Map<string, string>();
    for (const file of sources(path.resolve('src'))) {
      const code = readFileSync(file, 'utf8');
      for (const [, key] of code.matchAll(/\b(?:t|msg|getMessage)\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) {
        if (key) used.set(key, path.relative('.', file));
      }
    }
    // The scan itself works: the popup and options both use many keys.
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used]
      .filter(([key]) => !key.startsWith('@@') && !(key in table))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('each message uses the same $1…$n substitutions in English and Italian', () => {
    const itTable = it_ as Table;
    const differ = Object.entries(en as Table)
      .filter(
        ([key, entry]) =>
          itTable[key] && placeholders(entry.message).join() !== placeholders(itTable[key].message).join(),
      )
      .map(
        ([key, entry]) =>
          `${key}: en ${placeholders(entry.message).join() || '-'}, it ${placeholders(itTable[key]!.message).join() || '-'}`,
      );
    expect(differ).toEqual([]);
  });

  it('every refusal code (link reader, CSV import, backup restore, worker) has its own message', () => {
    // src/ui/localized-error.ts falls back to core's English sentence for a code with no
    // message: an Italian partner would read English.
    const keys = [
      ...LINK_ERROR_CODES.map((c) => `options_linkErr_${c.replace(/-/g, '_')}`),
      ...LINK_BUILD_ERROR_CODES.map((c) => `popup_linkBuild_${c.replace(/-/g, '_')}`),
      ...CSV_ERROR_CODES.map((c) => `options_csvErr_${c.replace(/-/g, '_')}`),
      ...BACKUP_ERROR_CODES.map((c) => `options_backupErr_${c.replace(/-/g, '_')}`),
      // ui/error-text.ts: the worker's refusals, by the code on the reply.
      ...[...ACTION_ERROR_CODES, ...DISPATCH_REFUSALS].map((c) => `refusal_${c.replace(/-/g, '_')}`),
    ];
    expect(keys).toHaveLength(30 + 4 + 10 + 11 + 5 + 4);
    expect(keys.filter((k) => !(k in (it_ as Table)))).toEqual([]);
  });
});
