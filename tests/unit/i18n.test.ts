import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import it_ from '../../public/_locales/it/messages.json';

describe('_locales', () => {
  it('English and Italian define the same keys, each with a non-empty message', () => {
    expect(Object.keys(it_).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, it_] as Record<string, { message: string }>[]) {
      for (const [key, entry] of Object.entries(table)) {
        expect(entry.message.trim(), key).not.toBe('');
      }
    }
  });
});
