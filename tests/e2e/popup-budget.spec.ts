// The popup's bundle stays small: what it needs for the first paint fits the 25 KB gzip budget,
// and it never loads zod (about 24 KB gzip by itself) — the regression a shared schema causes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir, expect, test } from './harness';
import { measurePopup } from '../../scripts/popup-budget.mjs';

test('popup bundle: first paint within 25 KB gzip, and no zod anywhere in what it loads', () => {
  const dist = distDir('chrome');
  const { files, firstPaint } = measurePopup(dist);
  expect(files.length).toBeGreaterThan(2);
  expect(firstPaint).toBeLessThanOrEqual(25 * 1024);
  for (const f of files) {
    expect(f.file, 'the popup loads the zod chunk').not.toMatch(/(^|\/)zod-/);
    // zod's error class name survives minification: a sure sign it was bundled in.
    expect(readFileSync(path.join(dist, f.file), 'utf8'), f.file).not.toContain('ZodError');
  }
});
