// Gzip size of what the built popup loads. "first paint" = its HTML's scripts, preloads and
// stylesheets plus the chunks they import statically; "later" = chunks it imports dynamically
// (the Pending tab, IndexedDB code), fetched after the first paint. Fails when the first-paint
// part is over the budget. Usage: node scripts/popup-budget.mjs [dist/chrome] [budgetKB]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist/chrome');
const budget = Number(process.argv[3] ?? 25) * 1024;
const html = readFileSync(path.join(dist, 'src/popup/index.html'), 'utf8');
const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => ({ file: m[1], lazy: false }));
const seen = new Map();
while (queue.length > 0) {
  const { file, lazy } = queue.shift();
  if (seen.has(file) && (lazy || !seen.get(file).lazy)) continue;
  const text = readFileSync(path.join(dist, file), 'utf8');
  seen.set(file, { lazy, size: gzipSync(text).length });
  if (!file.endsWith('.js')) continue;
  const dir = path.posix.dirname(file);
  for (const m of text.matchAll(/\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) queue.push({ file: path.posix.join(dir, m[1]), lazy: true });
  for (const m of text.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push({ file: path.posix.join(dir, m[1]), lazy });
}
const kb = (n) => `${(n / 1024).toFixed(2).padStart(6)} KB`;
let first = 0;
let later = 0;
for (const [file, { lazy, size }] of seen) {
  console.log(`${kb(size)}  ${lazy ? 'later      ' : 'first paint'}  ${file}`);
  if (lazy) later += size;
  else first += size;
}
console.log(`${kb(first)}  first paint (budget ${budget / 1024} KB gzip)`);
console.log(`${kb(later)}  loaded after first paint`);
console.log(`${kb(first + later)}  everything the popup can load`);
if (first > budget) {
  console.error('Popup first-paint bundle over budget.');
  process.exit(1);
}
