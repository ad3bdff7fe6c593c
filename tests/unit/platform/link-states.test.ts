import { describe, expect, it } from 'vitest';
import { tabsWithBrokenLink } from '../../../src/platform/link-states';

describe('tabsWithBrokenLink', () => {
  it('lists the tabs whose inserted link is not intact', () => {
    expect(tabsWithBrokenLink({ 3: 'altered', 4: 'intact', 7: 'missing', 8: 'broken', 9: 'conflict' })).toEqual([
      3, 7, 8, 9,
    ]);
  });

  it('ignores anything that is not a tab id with a known state', () => {
    expect(tabsWithBrokenLink(undefined)).toEqual([]);
    expect(tabsWithBrokenLink('altered')).toEqual([]);
    expect(tabsWithBrokenLink({ x: 'altered', 5: 'pwned', 6: 1 })).toEqual([]);
  });
});
