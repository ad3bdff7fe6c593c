// The service worker has a 40 KB gzip budget. Classic zod alone is about 25 KB gzip (its
// chained API cannot be tree-shaken), so no module the worker loads may import it: schemas
// it needs use zod/mini through src/core/zod.ts. Preact has no place in the worker either.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]/g;

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Every bare package a module graph imports at runtime (type-only imports excluded), with who imports it. */
function packagesReachedFrom(entry: string): Map<string, string[]> {
  const seen = new Set<string>();
  const packages = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(IMPORT_RE)) {
      if (!spec) continue;
      if (spec.startsWith('.')) {
        // `?iife` / `?url` imports are separate bundles (the injected content script), not worker code.
        if (spec.includes('?')) continue;
        const next = resolveLocal(file, spec);
        if (next) queue.push(next);
      } else {
        const list = packages.get(spec) ?? [];
        list.push(path.relative(SRC, file));
        packages.set(spec, list);
      }
    }
  }
  return packages;
}

describe('service worker module graph', () => {
  const packages = packagesReachedFrom(path.join(SRC, 'background/index.ts'));

  it('never imports classic zod (only zod/mini)', () => {
    expect(packages.get('zod'), `imported by ${packages.get('zod')?.join(', ')}`).toBeUndefined();
    expect([...packages.keys()]).toContain('zod/mini');
  });

  it('never imports Preact', () => {
    expect([...packages.keys()].filter((p) => p.startsWith('preact'))).toEqual([]);
  });
});
