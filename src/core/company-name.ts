// Company names as partners type them and as Partner Center exports them: "Contoso S.p.A.",
// "CONTOSO SPA", "Contoso, S.p.A" are one company; "Rossi Srl" and "Rossi SpA" are two.
// splitCompanyName() separates the name's own words from its legal form, each folded so
// that case, accents and punctuation do not matter. Search (core/search-terms.ts) and
// Customers.csv matching (core/customers-csv.ts) both read names through it.

/** Lower case without accents or compatibility forms, so "Società" reads as "societa". */
export function foldText(text: string): string {
  // Plain ASCII (most names) skips the costly Unicode decomposition.
  const plain = /^[\x20-\x7e]*$/.test(text);
  return (plain ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();
}

// Legal forms, written as their words run together after folding and dropping dots, so
// "S.p.A.", "S. p. A." and "SpA" are all "spa". Each maps to a canonical form: spellings of
// the same form ("ltd" and "limited") compare equal, different forms never do.
const FORMS: Record<string, string> = {
  // English-speaking countries
  inc: 'inc',
  incorporated: 'inc',
  corp: 'corp',
  corporation: 'corp',
  co: 'co',
  company: 'co',
  ltd: 'ltd',
  limited: 'ltd',
  coltd: 'coltd',
  companylimited: 'coltd',
  llc: 'llc',
  llp: 'llp',
  lp: 'lp',
  plc: 'plc',
  ptyltd: 'ptyltd',
  pty: 'ptyltd',
  pteltd: 'pteltd',
  // Italy
  spa: 'spa',
  srl: 'srl',
  srls: 'srls',
  sapa: 'sapa',
  sas: 'sas',
  snc: 'snc',
  ss: 'ss',
  scarl: 'scarl',
  scrl: 'scarl',
  scpa: 'scpa',
  // Germany, Austria, Switzerland
  gmbh: 'gmbh',
  ag: 'ag',
  kg: 'kg',
  kgaa: 'kgaa',
  ohg: 'ohg',
  ug: 'ug',
  ughaftungsbeschrankt: 'ug',
  gmbhcokg: 'gmbhcokg',
  gmbhundcokg: 'gmbhcokg',
  gmbhandcokg: 'gmbhcokg',
  cokg: 'cokg',
  undcokg: 'cokg',
  andcokg: 'cokg',
  ev: 'ev',
  ek: 'ek',
  se: 'se',
  // France, Belgium, Luxembourg, Spain, Portugal, Latin America
  sa: 'sa',
  sarl: 'sarl',
  sasu: 'sasu',
  eurl: 'eurl',
  sca: 'sca',
  sl: 'sl',
  slu: 'slu',
  sau: 'sau',
  sll: 'sll',
  lda: 'lda',
  ltda: 'ltda',
  eireli: 'eireli',
  me: 'me',
  // Netherlands, Belgium
  bv: 'bv',
  nv: 'nv',
  vof: 'vof',
  cv: 'cv',
  bvba: 'bvba',
  // Nordics and Central Europe
  ab: 'ab',
  oy: 'oy',
  oyj: 'oyj',
  as: 'as',
  asa: 'asa',
  aps: 'aps',
  spzoo: 'spzoo',
  sro: 'sro',
  kft: 'kft',
  zrt: 'zrt',
  doo: 'doo',
  // Japan (romanised)
  kk: 'kk',
  kabushikikaisha: 'kk',
  gk: 'gk',
  godokaisha: 'gk',
  yk: 'yk',
  yugengaisha: 'yk',
};
/** The longest legal form above, in words ("gmbh und co kg" is four). */
const MAX_FORM_WORDS = 4;
// Japanese forms, written before or after the name and not separated by spaces.
const CJK_FORMS: readonly [string, string][] = [
  ['株式会社', 'kk'],
  ['(株)', 'kk'],
  ['（株）', 'kk'],
  ['合同会社', 'gk'],
  ['有限会社', 'yk'],
];

/** Words that join a name to its legal form ("Rossi & Co", "Müller und Co. KG"). */
const CONNECTORS = new Set(['and', 'und', 'e', 'et', 'y', 'en']);

export type CompanyName = {
  /** The name's own words, folded, legal form removed ("contoso"). */
  words: string[];
  /** The canonical legal form ("spa"), or '' when the name has none. */
  legalForm: string;
};

function cjkForm(name: string): { rest: string; form: string } | null {
  const trimmed = name.trim();
  for (const [written, form] of CJK_FORMS) {
    if (trimmed.startsWith(written)) return { rest: trimmed.slice(written.length), form };
    if (trimmed.endsWith(written)) return { rest: trimmed.slice(0, -written.length), form };
  }
  return null;
}

/** Name words and legal form: "Contoso, S.p.A." gives { words: ['contoso'], legalForm: 'spa' }. */
export function splitCompanyName(name: string): CompanyName {
  const cjk = cjkForm(name);
  const folded = foldText(cjk ? cjk.rest : name)
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '');
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (cjk) return { words, legalForm: cjk.form };
  // The longest run of trailing words that spells a legal form; the name keeps at least one word.
  for (let n = Math.min(MAX_FORM_WORDS, words.length - 1); n >= 1; n -= 1) {
    const form = FORMS[words.slice(words.length - n).join('')];
    if (form) {
      const rest = words.slice(0, words.length - n);
      // A connector left before the form belongs to it: "Rossi & Co" is "rossi" + "co".
      while (rest.length > 1 && CONNECTORS.has(rest[rest.length - 1] ?? '')) rest.pop();
      return { words: rest, legalForm: form };
    }
  }
  return { words, legalForm: '' };
}

/** The canonical legal form a query word or words spell ("S.p.A." -> "spa"), or ''. */
export function legalFormOf(text: string): string {
  const compact = foldText(text)
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return FORMS[compact] ?? CJK_FORMS.find(([written]) => written === text.trim())?.[1] ?? '';
}
