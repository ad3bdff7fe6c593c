// `npm run package` output: store zips hold exactly the built files with the manifest at the
// root, the source zip holds what a reviewer needs to rebuild (and nothing generated).
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { listFiles, packageAll } from '../../scripts/package.mjs';

const root = process.cwd();
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test('package writes Chrome/Edge, Firefox and source zips that match the builds', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'pi-package-'));
  const files = packageAll(root, out).map((f) => path.basename(f));
  expect(files).toEqual([
    `partner-invite-chrome-${version}.zip`,
    `partner-invite-firefox-${version}.zip`,
    `partner-invite-source-${version}.zip`,
  ]);

  for (const target of ['chrome', 'firefox']) {
    const zip = unzipSync(readFileSync(path.join(out, `partner-invite-${target}-${version}.zip`)));
    const dist = path.join(root, 'dist', target);
    expect(Object.keys(zip).sort()).toEqual(listFiles(dist));
    for (const [name, bytes] of Object.entries(zip))
      expect(Buffer.from(bytes).equals(readFileSync(path.join(dist, name)))).toBe(true);
    const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as {
      version: string;
      browser_specific_settings?: unknown;
    };
    expect(manifest.version).toBe(version);
    expect(manifest.browser_specific_settings !== undefined).toBe(target === 'firefox');
  }

  const source = Object.keys(unzipSync(readFileSync(path.join(out, `partner-invite-source-${version}.zip`))));
  for (const needed of [
    'package.json',
    'package-lock.json',
    'manifest.config.ts',
    'vite.config.ts',
    'README.md',
    'src/background/index.ts',
  ]) {
    expect(source).toContain(needed);
  }
  expect(source.filter((f) => /^(node_modules|dist|artifacts)\//.test(f))).toEqual([]);

  // Same input, same bytes: a reviewer can compare zips.
  const again = mkdtempSync(path.join(tmpdir(), 'pi-package-'));
  packageAll(root, again);
  for (const f of files) expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(out, f)))).toBe(true);
});
