// `npm run bench:readme`: copies the table of the last `npm run bench` (bench-results.json)
// into README.md between the bench markers, with the date, browser and machine load.
import { readFileSync, writeFileSync } from 'node:fs';

const results = JSON.parse(readFileSync('bench-results.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const i = readme.indexOf(start);
const j = readme.indexOf(end);
if (i < 0 || j < i) throw new Error('README.md has no bench markers');
const header = `Last run ${results.date.slice(0, 10)}: Chromium ${results.chromium}, ${results.cpus} CPUs, load average ${results.loadBefore.toFixed(1)} → ${results.loadAfter.toFixed(1)}, median of ${results.runs} loads.`;
writeFileSync(
  'README.md',
  `${readme.slice(0, i + start.length)}\n${header}\n\n${results.markdown}\n${readme.slice(j)}`,
);
console.log('README.md benchmark table updated');
