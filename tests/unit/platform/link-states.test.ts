import { describe, expect, it } from 'vitest';
import { editorKey, tabOfKey, tabsWithBrokenLink } from '../../../src/platform/link-states';

const id = (n: number) => n.toString(16).padStart(32, '0');

describe('link states per editor', () => {
  it('keys each editor by tab, frame and its own id, and reads the tab back', () => {
    expect(editorKey(3, 0, id(1))).toBe(`3:0:${id(1)}`);
    expect(tabOfKey(editorKey(12, 5, id(2)))).toBe(12);
    expect(tabOfKey('12')).toBeNull();
    expect(tabOfKey('x:0:ab')).toBeNull();
  });

  it('lists each tab with at least one editor whose link is not intact, once', () => {
    const states = {
      [editorKey(3, 0, id(1))]: 'altered',
      [editorKey(3, 0, id(2))]: 'intact',
      [editorKey(3, 7, id(3))]: 'missing',
      [editorKey(4, 0, id(4))]: 'intact',
      [editorKey(8, 0, id(5))]: 'broken',
      [editorKey(9, 0, id(6))]: 'conflict',
    };
    expect(tabsWithBrokenLink(states)).toEqual([3, 8, 9]);
  });

  it('one editor intact does not hide another broken one in the same tab', () => {
    expect(tabsWithBrokenLink({ [editorKey(3, 0, id(1))]: 'intact', [editorKey(3, 0, id(2))]: 'conflict' })).toEqual([
      3,
    ]);
  });

  it('ignores anything that is not an editor key with a known state', () => {
    expect(tabsWithBrokenLink(undefined)).toEqual([]);
    expect(tabsWithBrokenLink('altered')).toEqual([]);
    expect(
      tabsWithBrokenLink({
        3: 'altered',
        x: 'altered',
        [editorKey(5, 0, id(1))]: 'pwned',
        [editorKey(6, 0, id(2))]: 1,
      }),
    ).toEqual([]);
  });
});
