// cleanLinkInput against a reference model on adversarial inputs: the shapes that made the
// first version quadratic (runs of punctuation, deeply nested wrappers, quotes), small enough
// for the reference to run. Speed is the benchmark's job (tests/bench/clean-link.bench.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLinkInput } from '../../../src/core/link-read';
import { adversarialLinkInputs, CLEAN_LINK_CHARS } from '../../bench/clean-link.bench';

const WRAPPERS: [string, string][] = [
  ['<', '>'],
  ['"', '"'],
  ["'", "'"],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['(', ')'],
  ['[', ']'],
];

/** The rule, written the obvious way: strip one wrapper pair or a run of trailing punctuation until nothing changes. */
function reference(input: string): string {
  let s = input.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const [open, close] of WRAPPERS) {
      if (s.length >= 2 && s.startsWith(open) && s.endsWith(close)) {
        s = s.slice(1, -1).trim();
        changed = true;
      }
    }
    let end = s.length;
    while (end > 0 && '.,;:!'.includes(s[end - 1]!)) end--;
    if (end !== s.length) {
      s = s.slice(0, end);
      changed = true;
    }
  }
  return s.replace(/&(?:amp|#0*38|#x0*26);/gi, '&');
}

const LINK = 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&amp;partnerId=x#/a';
// The characters the cleaner acts on, whitespace of several kinds, and a few ordinary ones.
const tricky = fc.constantFrom(
  ...'<>"\'\u201c\u201d\u2018\u2019()[].,;:! \t\n\u00a0\u2028\ufeffax&#;0',
  '&amp;',
  '&#38;',
  '&#x26;',
  LINK,
);
const adversarial = fc.array(tricky, { maxLength: 300 }).map((parts) => parts.join(''));

describe('cleanLinkInput', () => {
  it('cleans what partners paste', () => {
    expect(cleanLinkInput(`  <${LINK}>.  `)).toBe(LINK.replaceAll('&amp;', '&'));
    expect(cleanLinkInput(`("${LINK}"),`)).toBe(LINK.replaceAll('&amp;', '&'));
    expect(cleanLinkInput('\u201chttps://a.example/x\u201d!')).toBe('https://a.example/x');
    expect(cleanLinkInput('[ https://a.example/ ]')).toBe('https://a.example/');
    expect(cleanLinkInput('.....')).toBe('');
  });

  it('agrees with the reference rule on adversarial inputs', () => {
    fc.assert(
      fc.property(adversarial, (input) => {
        expect(cleanLinkInput(input)).toBe(reference(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the reference on every benchmark shape, at a size the reference can run', () => {
    for (const [name, input] of Object.entries(adversarialLinkInputs(400))) {
      expect(cleanLinkInput(input), name).toBe(reference(input));
    }
  });

  it('the benchmark inputs have the advertised size', () => {
    for (const [name, input] of Object.entries(adversarialLinkInputs()))
      expect(input.length, name).toBe(CLEAN_LINK_CHARS);
  });
});
