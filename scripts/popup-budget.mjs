// Gzip size of what the built popup loads. "first paint" = its HTML's scripts, preloads and
// stylesheets plus the chunks they import statically; "later" = chunks it imports dynamically
// (draft engine, Pending tab, IndexedDB code), fetched after the first paint.
// CLI: node scripts/popup-budget.mjs [dist/chrome] [budgetKB] — fails when first paint is over.
// tests/e2e/popup-budget.spec.ts uses measurePopup() on every e2e run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @returns {{ files: { file: string; lazy: boolean; gzip: number }[]; firstPaint: number; later: number }} */
export function measurePopup(distDir) {
  const dist = path.resolve(distDir);
  const html = readFileSync(path.join(dist, 'src/popup/index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => ({ file: m[1], lazy: false }));
  const seen = new Map();
  while (queue.length > 0) {
    const { file, lazy } = queue.shift();
    if (seen.has(file) && (lazy || !seen.get(file).lazy)) continue;
    const text = readFileSync(path.join(dist, file), 'utf8');
    seen.set(file, { file, lazy, gzip: gzipSync(text).length });
    if (!file.endsWith('.js')) continue;
    const dir = path.posix.dirname(file);
    for (const m of text.matchAll(/\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) queue.push({ file: path.posix.join(dir, m[1]), lazy: true });
    for (const m of text.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push({ file: path.posix.join(dir, m[1]), lazy });
  }
  const files = [...seen.values()];
  const sum = (lazy) => files.filter((f) => f.lazy === lazy).reduce((n, f) => n + f.gzip, 0);
  return { files, firstPaint: sum(false), later: sum(true) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const budget = Number(process.argv[3] ?? 25) * 1024;
  const { files, firstPaint, later } = measurePopup(process.argv[2] ?? 'dist/chrome');
  const kb = (n) => `${(n / 1024).toFixed(2).padStart(6)} KB`;
  for (const f of files) console.log(`${kb(f.gzip)}  ${f.lazy ? 'later      ' : 'first paint'}  ${f.file}`);
  console.log(`${kb(firstPaint)}  first paint (budget ${budget / 1024} KB gzip)`);
  console.log(`${kb(later)}  loaded after first paint`);
  console.log(`${kb(firstPaint + later)}  everything the popup can load`);
  if (firstPaint > budget) {
    console.error('Popup first-paint bundle over budget.');
    process.exit(1);
  }
}
