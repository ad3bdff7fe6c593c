import { describe, expect, it } from 'vitest';
import { findPlace, placeAround } from '../../../src/core/link-place';

const LINK = 'https://example.invalid/link';
const body = `Dear Contoso,\n\nOpen this link as a Global Administrator:\n${LINK}\n\nKind regards,\nFabrikam`;
const at = body.indexOf(LINK);
const place = placeAround(body, at, at + LINK.length);

describe('findPlace', () => {
  it('finds the offset right after the text that preceded the link, on its own line', () => {
    const deleted = body.replace(LINK, '');
    expect(findPlace(deleted, place)).toEqual({ offset: at, lineStart: true, lineEnd: true });
  });
  it('still finds it when the partner edited the text far before, or deleted the line break too', () => {
    const edited = body.replace('Dear Contoso,', 'Hello team,').replace(`${LINK}\n`, '');
    const found = findPlace(edited, place);
    expect(edited.slice(0, found?.offset)).toMatch(/Global Administrator:\n$/);
  });
  it('falls back to the text that followed when the text before was rewritten', () => {
    const rewritten = body
      .replace('Open this link as a Global Administrator:', 'Please click below.')
      .replace(LINK, '');
    const found = findPlace(rewritten, place);
    expect(rewritten.slice(found?.offset)).toMatch(/^\n\nKind regards/);
  });
  it('gives null when nothing around the link remains', () => {
    expect(findPlace('Something else entirely', place)).toBeNull();
  });
  it('a link in the middle of a sentence goes back between its words', () => {
    const s = `Please open ${LINK} today.`;
    const p = placeAround(s, 12, 12 + LINK.length);
    expect(findPlace('Please open  today.', p)).toEqual({ offset: 12, lineStart: false, lineEnd: false });
  });
});
