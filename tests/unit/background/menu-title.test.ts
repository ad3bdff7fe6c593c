import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { menuLiteral } from '../../../src/background/menu-title';

/** How Firefox shows a menu title: "&&" is "&", a single "&" marks the access key and is dropped. */
function firefoxShows(title: string): string {
  return title.replace(/&(&?)/g, (_, second: string) => second);
}

describe('menuLiteral', () => {
  it('doubles "&" for Firefox and leaves Chrome titles alone', () => {
    expect(menuLiteral('Smith & Sons', true)).toBe('Smith && Sons');
    expect(menuLiteral('Smith & Sons', false)).toBe('Smith & Sons');
  });

  it('any name shows unchanged in Firefox once written with it', () => {
    fc.assert(fc.property(fc.string(), (name) => firefoxShows(menuLiteral(name, true)) === name));
  });
});
