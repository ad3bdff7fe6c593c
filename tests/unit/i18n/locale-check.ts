// The rules a language's UI strings must meet, as one pure function over (the language table's
// codes, the _locales files): tests/unit/i18n/locales.test.ts runs it on the real files and on
// made-up ones, so "a language added to the table alone fails until its locale exists" is shown,
// not assumed. Every problem is one readable line naming the locale and the key.

type Message = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
export type Messages = Record<string, Message>;

/** CLDR plural categories; a key `<base>_<category>` is a plural variant of `<base>`. */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type Category = (typeof CATEGORIES)[number];
const VARIANT_RE = new RegExp(`^(.+)_(${CATEGORIES.join('|')})$`);

/**
 * Folder names Chrome accepts under _locales (chrome.i18n "Supported locales"). Chrome skips any
 * other folder, so its language would silently fall back to English.
 */
const CHROME_LOCALES = new Set(
  'ar am bg bn ca cs da de el en en_AU en_GB en_US es es_419 et fa fi fil fr gu he hi hr hu id it ja kn ko lt lv ml mr ms nl no pl pt_BR pt_PT ro ru sk sl sr sv sw ta te th tr uk vi zh_CN zh_TW'.split(
    ' ',
  ),
);

/** The _locales folder of a table code: BCP 47 `pt-BR` is Chrome's `pt_BR`. */
export function localeFolder(code: string): string {
  return code.replace(/-/g, '_');
}

/**
 * The plural categories `code` distinguishes (Intl.PluralRules, the CLDR data the browser uses).
 * "many" is optional: in Italian, French, Spanish and Portuguese it only covers round millions
 * ("1 milione di …"), which a translation may leave to the "other" form.
 */
function pluralRule(code: string): { required: Set<Category>; allowed: Set<Category> } {
  const allowed = new Set(new Intl.PluralRules(code).resolvedOptions().pluralCategories as Category[]);
  return { allowed, required: new Set([...allowed].filter((c) => c !== 'many')) };
}

/** The $1…$9 a message substitutes, named placeholders ($COUNT$) resolved through their `content`. */
function substitutions(entry: Message): { numbers: string; unknownNamed: string[] } {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const unknownNamed: string[] = [];
  const resolved = entry.message.replace(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g, (_, name: string) => {
    const content = named.get(name.toLowerCase());
    if (content === undefined) unknownNamed.push(name);
    return content ?? '';
  });
  const numbers = [...new Set([...resolved.matchAll(/\$(\d)/g)].map((m) => m[1]))].sort().join(',');
  return { numbers, unknownNamed };
}

type Shape = { plain: Set<string>; plurals: Map<string, Set<Category>> };

/** Splits keys into plain ones and plural bases (a base counts once its `_other` form exists). */
function shape(messages: Messages, reference: Messages): Shape {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<Category>>();
  for (const key of Object.keys(messages)) {
    const m = VARIANT_RE.exec(key);
    const base = m?.[1];
    if (m && base && (`${base}_other` in messages || `${base}_other` in reference)) {
      const set = plurals.get(base) ?? new Set<Category>();
      set.add(m[2] as Category);
      plurals.set(base, set);
    } else plain.add(key);
  }
  return { plain, plurals };
}

export type LocaleCheckInput = {
  /** The codes of the language table, in order; the first one's locale is the reference. */
  codes: readonly string[];
  /** Parsed messages.json by _locales folder name. */
  locales: ReadonlyMap<string, Messages>;
  /** Keys every locale must define (one per error and refusal code). */
  requiredKeys: readonly string[];
};

export function checkLocales({ codes, locales, requiredKeys }: LocaleCheckInput): string[] {
  const problems: string[] = [];
  const refCode = codes[0] ?? 'en';
  const reference = locales.get(localeFolder(refCode));
  const folders = new Set(codes.map(localeFolder));

  for (const code of codes) {
    const folder = localeFolder(code);
    if (!CHROME_LOCALES.has(folder))
      problems.push(`${code}: Chrome ignores a "_locales/${folder}" folder (not one of its locales)`);
    if (!locales.has(folder))
      problems.push(`${code}: in the language table but public/_locales/${folder}/messages.json is missing`);
  }
  for (const folder of locales.keys()) {
    if (!folders.has(folder)) problems.push(`_locales/${folder}: no entry in the language table (src/core/languages)`);
  }
  if (!reference) return problems;

  const refShape = shape(reference, reference);
  for (const key of requiredKeys) {
    if (!(key in reference)) problems.push(`${refCode}: no message ${key}`);
  }

  for (const code of codes) {
    const messages = locales.get(localeFolder(code));
    if (!messages) continue;
    const here = shape(messages, reference);

    if (messages.languageCode?.message !== code)
      problems.push(`${code}: languageCode must be "${code}", found "${messages.languageCode?.message ?? ''}"`);

    for (const [key, entry] of Object.entries(messages)) {
      if (typeof entry?.message !== 'string' || entry.message.trim() === '') problems.push(`${code}: ${key} is empty`);
    }
    for (const key of refShape.plain) if (!here.plain.has(key)) problems.push(`${code}: missing ${key}`);
    for (const key of here.plain) if (!refShape.plain.has(key)) problems.push(`${code}: ${key} is not in ${refCode}`);

    const rule = pluralRule(code);
    for (const base of refShape.plurals.keys()) {
      const have = here.plurals.get(base) ?? new Set<Category>();
      for (const c of rule.required) if (!have.has(c)) problems.push(`${code}: missing ${base}_${c} (plural form)`);
      for (const c of have)
        if (!rule.allowed.has(c)) problems.push(`${code}: ${base}_${c} is a plural form ${code} does not have`);
    }
    for (const base of here.plurals.keys()) {
      if (!refShape.plurals.has(base)) problems.push(`${code}: plural ${base} is not in ${refCode}`);
    }

    for (const [key, entry] of Object.entries(messages)) {
      if (typeof entry?.message !== 'string') continue;
      const subs = substitutions(entry);
      for (const name of subs.unknownNamed)
        problems.push(`${code}: ${key} uses $${name}$ but defines no such placeholder`);
      const plural = VARIANT_RE.exec(key);
      const base = plural?.[1];
      if (base && refShape.plurals.has(base)) {
        // A variant may leave the number out ("One customer…"), never bring in another one.
        const allowed = new Set(
          [...(refShape.plurals.get(base) ?? [])].flatMap((c) => {
            const ref = reference[`${base}_${c}`];
            return ref ? substitutions(ref).numbers.split(',') : [];
          }),
        );
        const extra = subs.numbers.split(',').filter((n) => n !== '' && !allowed.has(n));
        if (extra.length > 0) problems.push(`${code}: ${key} uses $${extra.join(', $')}, which ${refCode} does not`);
        const other = reference[`${base}_other`];
        if (plural[2] === 'other' && other && substitutions(other).numbers !== subs.numbers)
          problems.push(
            `${code}: ${key} uses ${subs.numbers || 'no'} substitutions, ${refCode} ${substitutions(other).numbers || 'none'}`,
          );
      } else {
        const ref = reference[key];
        if (ref && substitutions(ref).numbers !== subs.numbers)
          problems.push(
            `${code}: ${key} uses $${subs.numbers || '-'}, ${refCode} $${substitutions(ref).numbers || '-'}`,
          );
      }
    }
  }
  return problems;
}
