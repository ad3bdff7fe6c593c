// The popup never loads zod (about 10 KB gzip and its parse time, before the popup is usable):
// the regression a shared schema causes. Its usable time is measured by `npm run bench`
// (tests/bench/sizes.mjs walks the same graph to report its bytes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir, expect, test } from './harness';
import { entrySizes } from '../bench/sizes.mjs';

test('popup bundle: no zod anywhere in what it loads, at first paint or later', () => {
  const dist = distDir('chrome');
  const popup = entrySizes(dist).find((e) => e.name === 'popup');
  expect(popup, 'the manifest names a popup').toBeDefined();
  expect(popup!.files.length, 'the walk found the popup script').toBeGreaterThan(0);
  for (const file of [...popup!.files, ...popup!.lazyFiles]) {
    expect(file, 'the popup loads the zod chunk').not.toMatch(/(^|\/)zod-/);
    // zod's error class name survives minification: a sure sign it was bundled in.
    expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toContain('ZodError');
  }
});

test('popup: one script file, named in the page, and nothing loaded later', () => {
  const dist = distDir('chrome');
  const popup = entrySizes(dist).find((e) => e.name === 'popup')!;
  // Every module file is one more fetch before the app can run (scripts/vite-single-script-page.ts).
  const scripts = popup.files.filter((f) => f.endsWith('.js'));
  expect(scripts, 'the popup loads one script').toHaveLength(1);
  expect(popup.lazyFiles, 'no module loaded later').toEqual([]);
  const html = readFileSync(path.join(dist, 'src/popup/index.html'), 'utf8');
  expect(html).toContain(`<script type="module" src="/${scripts[0]}"></script>`);
  expect(html, 'no preload of chunks the page no longer loads').not.toContain('modulepreload');
  // The styles are inlined (scripts/vite-inline-page-css.ts): no stylesheet request before the first paint.
  expect(html).not.toMatch(/<link rel="stylesheet"/);
});
