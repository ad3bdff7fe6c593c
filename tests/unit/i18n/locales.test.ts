// The UI strings of every language in the table (src/core/languages): complete, with the same
// keys and substitutions as English, a message for every refusal code, plural forms per CLDR.
// checkLocales is also run on made-up input, to show that each rule catches what it should.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_LANGUAGE, LANGUAGE_CODES, LANGUAGES } from '../../../src/core/languages';
import { LINK_ERROR_CODES } from '../../../src/core/link';
import { LINK_BUILD_ERROR_CODES } from '../../../src/core/link-build';
import { CSV_ERROR_CODES } from '../../../src/core/customers-csv';
import { BACKUP_ERROR_CODES, ROW_REFUSAL_CODES } from '../../../src/core/backup';
import { ACTION_ERROR_CODES } from '../../../src/core/lifecycle';
import { DISPATCH_REFUSALS, RECORD_REFUSALS } from '../../../src/core/refusal';
import { SETTINGS_WRITE_CODES } from '../../../src/core/settings-write';
import { checkLocales, localeFolder, type Messages } from './locale-check';

const LOCALES_DIR = path.resolve('public/_locales');

function readLocales(): Map<string, Messages> {
  return new Map(
    readdirSync(LOCALES_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => [
        e.name,
        JSON.parse(readFileSync(path.join(LOCALES_DIR, e.name, 'messages.json'), 'utf8')) as Messages,
      ]),
  );
}

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const key = (prefix: string, code: string) => `${prefix}${code.replace(/-/g, '_')}`;

/** One message per refusal code: src/ui/localized-error.ts falls back to core's English sentence otherwise. */
const REQUIRED_KEYS = [
  ...LINK_ERROR_CODES.map((c) => key('options_linkErr_', c)),
  ...LINK_BUILD_ERROR_CODES.map((c) => key('popup_linkBuild_', c)),
  ...CSV_ERROR_CODES.map((c) => key('options_csvErr_', c)),
  ...BACKUP_ERROR_CODES.map((c) => key('options_backupErr_', c)),
  ...ROW_REFUSAL_CODES.map((c) => key('options_backupRefused_', c)),
  // ui/error-text.ts: the worker's refusals, by the code on the reply.
  ...[...ACTION_ERROR_CODES, ...RECORD_REFUSALS, ...DISPATCH_REFUSALS, ...SETTINGS_WRITE_CODES].map((c) =>
    key('refusal_', c),
  ),
];

const real = readLocales();
const en = real.get('en')!;

describe('_locales of the language table', () => {
  it('every language of the table has a complete locale, and every locale a table entry', () => {
    expect(LANGUAGE_CODES[0], 'English comes first: it is the reference').toBe('en');
    expect([...real.keys()].sort()).toEqual(LANGUAGE_CODES.map(localeFolder).sort());
    expect(checkLocales({ codes: LANGUAGE_CODES, locales: real, requiredKeys: REQUIRED_KEYS })).toEqual([]);
  });

  it('the manifest falls back to the table’s fallback language', () => {
    const manifest = readFileSync(path.resolve('manifest.config.ts'), 'utf8');
    expect(manifest).toContain(`default_locale: '${FALLBACK_LANGUAGE}'`);
  });

  it('the table’s labels are distinct, each in its own language', () => {
    expect(new Set(LANGUAGES.map((l) => l.label)).size).toBe(LANGUAGES.length);
    expect(LANGUAGES.find((l) => l.code === 'it')?.label).toBe('Italiano');
  });

  it('every key the code asks for with a literal exists (t, msg, i18n.getMessage)', () => {
    const used = new Map<string, string>();
    for (const file of sources(path.resolve('src'))) {
      const code = readFileSync(file, 'utf8');
      for (const [, k] of code.matchAll(/\b(?:t|msg|getMessage)\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) {
        if (k) used.set(k, path.relative('.', file));
      }
      // tPlural(key, n) reads key_<category>, falling back to key_other.
      for (const [, k] of code.matchAll(/\btPlural\(\s*['"]([A-Za-z0-9_]+)['"]/g)) {
        if (k) used.set(`${k}_other`, path.relative('.', file));
      }
    }
    // The scan itself works: the popup and options both use many keys.
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([k]) => !k.startsWith('@@') && !(k in en)).map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
  });

  it('the refusal codes are all counted (a new code list must be added above)', () => {
    expect(REQUIRED_KEYS).toHaveLength(LINK_ERROR_CODES.length + 4 + 10 + 8 + 4 + 6 + 1 + 4 + 4);
  });
});

describe('checkLocales catches', () => {
  const input = (codes: string[], locales: Map<string, Messages>) => ({ codes, locales, requiredKeys: REQUIRED_KEYS });
  /** A complete locale for `code`: English's messages under that language's code. */
  const copyOfEn = (code: string): Messages => ({ ...en, languageCode: { message: code } });

  it('a language added to the table alone: it fails until its locale exists', () => {
    // A language the table does not have (German was the example until it joined the table).
    const codes = [...LANGUAGE_CODES, 'sv'];
    expect(checkLocales(input(codes, real))).toEqual([
      'sv: in the language table but public/_locales/sv/messages.json is missing',
    ]);
    const withLocale = new Map([...real, ['sv', copyOfEn('sv')]]);
    expect(checkLocales(input(codes, withLocale))).toEqual([]);
  });

  it('a locale with no table entry, and a folder name Chrome ignores', () => {
    // Swedish: a Chrome locale that is not in the table (nor planned for it).
    expect(checkLocales(input([...LANGUAGE_CODES], new Map([...real, ['sv', copyOfEn('sv')]])))).toEqual([
      '_locales/sv: no entry in the language table (src/core/languages)',
    ]);
    expect(checkLocales(input([...LANGUAGE_CODES, 'pt-BR'], new Map([...real, ['pt_BR', copyOfEn('pt-BR')]])))).toEqual(
      [],
    );
    expect(checkLocales(input([...LANGUAGE_CODES, 'de-DE'], new Map([...real, ['de_DE', copyOfEn('de-DE')]])))).toEqual(
      ['de-DE: Chrome ignores a "_locales/de_DE" folder (not one of its locales)'],
    );
  });

  // English plus keys of the test's own, so these cases do not depend on today's wording.
  const enX: Messages = {
    ...en,
    x_pending: { message: '$1 is now pending.' },
    x_customers: { message: '$COUNT$ customers', placeholders: { count: { content: '$1' } } },
    x_copied: { message: 'Copied.' },
  };
  const two = (de: Messages) =>
    input(
      ['en', 'de'],
      new Map([
        ['en', enX],
        ['de', de],
      ]),
    );

  it('an incomplete locale: a missing key, an extra one, an empty message, a wrong languageCode', () => {
    const { x_copied: _dropped, ...rest } = enX;
    const de: Messages = {
      ...rest,
      x_pending: { message: ' ' },
      x_extra: { message: 'Extra' },
      languageCode: { message: 'en' },
    };
    expect(checkLocales(two(de)).sort()).toEqual(
      [
        'de: languageCode must be "de", found "en"',
        'de: missing x_copied',
        'de: x_extra is not in en',
        'de: x_pending is empty',
        'de: x_pending uses $-, en $1',
      ].sort(),
    );
  });

  it('substitutions that differ from English, and a named placeholder that is not defined', () => {
    const de: Messages = {
      ...enX,
      languageCode: { message: 'de' },
      x_pending: { message: '$1 wartet jetzt auf $2.' },
      x_copied: { message: 'Kopiert.' },
      x_customers: { message: '$ANZAHL$ Kunden' },
    };
    expect(checkLocales(two(de)).sort()).toEqual(
      [
        'de: x_customers uses $-, en $1',
        'de: x_customers uses $ANZAHL$ but defines no such placeholder',
        'de: x_pending uses $1,2, en $1',
      ].sort(),
    );
    const named: Messages = {
      ...de,
      x_pending: enX.x_pending!,
      x_customers: { message: '$ANZAHL$ Kunden', placeholders: { anzahl: { content: '$1' } } },
    };
    expect(checkLocales(two(named))).toEqual([]);
  });

  it('a missing refusal message in English, which every other locale then lacks too', () => {
    // Every real locale without that key, so the case holds whatever languages the table has.
    const without = new Map(
      [...real].map(([folder, messages]) => [
        folder,
        Object.fromEntries(Object.entries(messages).filter(([k]) => k !== 'refusal_no_answer')),
      ]),
    );
    expect(checkLocales(input([...LANGUAGE_CODES], without))).toEqual(['en: no message refusal_no_answer']);
  });

  describe('plural forms, per CLDR (Intl.PluralRules)', () => {
    const plural = (forms: Record<string, string>): Messages =>
      Object.fromEntries(Object.entries(forms).map(([k, message]) => [`x_count_${k}`, { message }]));
    // Tables with only the counted message: the real files' own plural keys stay out of it.
    const table = (code: string, forms: Record<string, string>): Messages => ({
      ...plural(forms),
      languageCode: { message: code },
    });
    const run = (code: string, forms: Record<string, string>) =>
      checkLocales({
        codes: ['en', code],
        locales: new Map([
          ['en', table('en', { one: 'One invitation', other: '$1 invitations' })],
          [localeFolder(code), table(code, forms)],
        ]),
        requiredKeys: [],
      });

    it('German and Dutch need one and other', () => {
      expect(run('de', { one: 'Eine Einladung', other: '$1 Einladungen' })).toEqual([]);
      expect(run('nl', { other: '$1 uitnodigingen' })).toEqual(['nl: missing x_count_one (plural form)']);
    });

    it('Italian, French, Spanish, Portuguese may add many (round millions); Japanese has only other', () => {
      expect(run('it', { one: 'Un invito', other: '$1 inviti' })).toEqual([]);
      expect(run('it', { one: 'Un invito', many: '$1 di inviti', other: '$1 inviti' })).toEqual([]);
      expect(run('fr', { one: '$1 invitation', many: '$1 d’invitations', other: '$1 invitations' })).toEqual([]);
      expect(run('pt-BR', { one: '$1 convite', other: '$1 convites' })).toEqual([]);
      expect(run('ja', { other: '$1 件の招待' })).toEqual([]);
      expect(run('ja', { one: '1 件の招待', other: '$1 件の招待' })).toEqual([
        'ja: x_count_one is a plural form ja does not have',
      ]);
      expect(run('de', { one: 'Eine', many: 'Viele $1', other: '$1' })).toEqual([
        'de: x_count_many is a plural form de does not have',
      ]);
    });

    it('a form may leave the number out but not bring in another one; other keeps English’s', () => {
      expect(run('de', { one: 'Eine Einladung für $2', other: '$1 Einladungen' })).toEqual([
        'de: x_count_one uses $2, which en does not',
      ]);
      expect(run('de', { one: 'Eine Einladung', other: 'Einladungen' })).toEqual([
        'de: x_count_other uses no substitutions, en 1',
      ]);
    });
  });
});
