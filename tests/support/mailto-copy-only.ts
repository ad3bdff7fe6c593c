// Languages whose default email cannot fit a mailto URL, shared by the mailto tests.
import type { Language } from '../../src/core/languages';

/**
 * Languages whose default email cannot fit a mailto URL, with the reason. A mailto URL carries
 * text as percent-encoded UTF-8: a Latin letter costs 1 character and an accented one 6, but a
 * CJK character costs 9, so a few sentences of Japanese already pass 2,000. For these the popup
 * explains and offers copy instead (the test at the end, and tests/e2e/languages.spec.ts).
 */
export const COPY_ONLY: ReadonlyMap<Language, string> = new Map([
  [
    'ja',
    'Japanese: nearly every character is CJK (9 characters percent-encoded), so even a short keigo email passes 2,000',
  ],
]);
