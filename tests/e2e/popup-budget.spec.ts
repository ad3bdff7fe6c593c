// The popup never loads zod (about 24 KB gzip by itself): the regression a shared schema
// causes. Its size budget is checked by `npm run bench` (tests/bench/sizes.mjs walks the same graph).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir, expect, test } from './harness';
import { entrySizes } from '../bench/sizes.mjs';

test('popup bundle: no zod anywhere in what it loads, at first paint or later', () => {
  const dist = distDir('chrome');
  const popup = entrySizes(dist).find((e) => e.name === 'popup');
  expect(popup, 'the manifest names a popup').toBeDefined();
  expect(popup!.files.length + popup!.lazyFiles.length, 'the walk found the popup chunks').toBeGreaterThan(2);
  for (const file of [...popup!.files, ...popup!.lazyFiles]) {
    expect(file, 'the popup loads the zod chunk').not.toMatch(/(^|\/)zod-/);
    // zod's error class name survives minification: a sure sign it was bundled in.
    expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toContain('ZodError');
  }
});

test('popup first paint loads only the boot script: the app comes after, with no Vite preload helper', () => {
  const dist = distDir('chrome');
  const popup = entrySizes(dist).find((e) => e.name === 'popup')!;
  const startJs = popup.files.filter((f) => f.endsWith('.js'));
  expect(startJs, 'one script before the first paint').toHaveLength(1);
  const boot = readFileSync(path.join(dist, startJs[0]!), 'utf8');
  // scripts/vite-plain-dynamic-import.ts: a plain import() of the app, the helper dropped.
  expect(boot).toMatch(/import\(`\.\/main-[\w-]+\.js`\)/);
  expect(boot).not.toContain('modulepreload');
  expect(popup.jsBytes, 'boot script gzip bytes').toBeLessThan(512);
});
