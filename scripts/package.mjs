// `npm run package`: store zips from the built dist folders, plus the source zip that
// addons.mozilla.org asks for when the submitted code is bundled (reviewers rebuild it).
//   artifacts/partner-invite-chrome-<version>.zip   Chrome Web Store and Edge Add-ons (same build)
//   artifacts/partner-invite-firefox-<version>.zip  addons.mozilla.org
//   artifacts/partner-invite-source-<version>.zip   git-tracked files, for the Firefox review
// Entries carry a fixed date so the same input gives byte-identical zips.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
    })
    .sort();
}

/** Zip the given files (paths relative to `root`) into `out`; returns the entry names. */
export function zipFiles(root, files, out) {
  const entries = {};
  for (const f of files) entries[f] = [readFileSync(path.join(root, f)), { mtime: FIXED_DATE }];
  writeFileSync(out, zipSync(entries, { level: 9 }));
  return files;
}

/** The files git tracks (as they are in the working tree), minus deleted ones. */
export function trackedFiles(root) {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return out
    .split('\0')
    .filter((f) => f && existsSync(path.join(root, f)) && statSync(path.join(root, f)).isFile())
    .sort();
}

export function packageAll(root = process.cwd(), outDir = path.join(root, 'artifacts')) {
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const target of ['chrome', 'firefox']) {
    const dist = path.join(root, 'dist', target);
    if (!existsSync(path.join(dist, 'manifest.json')))
      throw new Error(`${dist} is not built: run \`npm run build\` first.`);
    const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
    if (manifest.version !== version)
      throw new Error(`${dist} is version ${manifest.version}, package.json says ${version}: rebuild.`);
    const out = path.join(outDir, `partner-invite-${target}-${version}.zip`);
    zipFiles(dist, listFiles(dist), out);
    written.push(out);
  }
  const source = path.join(outDir, `partner-invite-source-${version}.zip`);
  zipFiles(root, trackedFiles(root), source);
  written.push(source);
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
  if (dirty)
    console.warn('Warning: uncommitted changes; the source zip holds the working-tree copies of tracked files.');
  for (const file of packageAll())
    console.log(`${path.relative(process.cwd(), file)}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
}
