// Gzip size of what each entry of a built extension loads at start: the entry's JS, every
// chunk it imports statically (transitively) and its CSS. Lazy `import()` chunks are listed
// apart. Each file is gzipped on its own (level 9), as the browser reads them one by one.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Relative module specifiers a built chunk imports: static ones and lazy import() ones. */
export function chunkImports(code) {
  const staticRe = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
  const lazyRe = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
  return {
    static: [...code.matchAll(staticRe)].map((m) => m[1]),
    lazy: [...code.matchAll(lazyRe)].map((m) => m[1]),
  };
}

/** Script and stylesheet URLs of a built HTML page, resolved to files in `dist`. */
function htmlAssets(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const resolve = (url) => (url.startsWith('/') ? path.join(dist, url) : path.resolve(path.dirname(htmlFile), url));
  const js = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => resolve(m[1]));
  const css = [
    ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g),
  ].map((m) => resolve(m[1] ?? m[2]));
  return { js, css };
}

/** Walk static imports from `roots` (loaded at start), then everything reachable from their lazy imports. */
function closure(roots) {
  const walk = (starts, seen) => {
    const lazy = new Set();
    const stack = [...starts];
    while (stack.length) {
      const file = stack.pop();
      if (seen.has(file) || !existsSync(file)) continue;
      seen.add(file);
      const { static: st, lazy: lz } = chunkImports(readFileSync(file, 'utf8'));
      for (const s of st) stack.push(path.resolve(path.dirname(file), s));
      for (const l of lz) lazy.add(path.resolve(path.dirname(file), l));
    }
    return lazy;
  };
  const start = new Set();
  let pending = walk(roots, start);
  const later = new Set();
  while (pending.size) {
    const fresh = [...pending].filter((f) => !start.has(f) && !later.has(f));
    const before = new Set(later);
    pending = walk(fresh, later);
    for (const f of before) pending.delete(f);
  }
  for (const f of start) later.delete(f);
  return { files: [...start], lazy: [...later] };
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/**
 * Entries of the built extension in `dist`: popup, options, background, declared content
 * scripts, then any other page; plus JS reached by no entry (e.g. scripts injected on demand).
 * Sizes in bytes of gzip.
 */
export function entrySizes(distDir) {
  const dist = path.resolve(distDir);
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const entries = [];
  const pages = new Map();
  if (manifest.action?.default_popup) pages.set('popup', manifest.action.default_popup);
  if (manifest.options_ui?.page) pages.set('options', manifest.options_ui.page);
  for (const [name, page] of pages) {
    const { js, css } = htmlAssets(dist, path.join(dist, page));
    // The page itself counts too: it may carry inlined styles (scripts/vite-inline-page-css.ts).
    entries.push({ name, ...closure(js), css, html: path.join(dist, page) });
  }
  const bg = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (bg) entries.push({ name: 'service worker', ...closure([path.join(dist, bg)]), css: [] });
  (manifest.content_scripts ?? []).forEach((cs, i) => {
    entries.push({
      name: `content script ${i + 1}`,
      ...closure((cs.js ?? []).map((f) => path.join(dist, f))),
      css: (cs.css ?? []).map((f) => path.join(dist, f)),
    });
  });
  const all = listFiles(dist);
  const known = new Set(Object.values(Object.fromEntries(pages)).map((p) => path.join(dist, p)));
  for (const html of all.filter((f) => f.endsWith('.html') && !known.has(f))) {
    const { js, css } = htmlAssets(dist, html);
    entries.push({ name: path.relative(dist, html), ...closure(js), css });
  }
  const reached = new Set(entries.flatMap((e) => [...e.files, ...e.lazy]));
  for (const js of all.filter((f) => f.endsWith('.js') && !reached.has(f))) {
    entries.push({ name: `other: ${path.relative(dist, js)}`, ...closure([js]), css: [] });
  }
  return entries.map((e) => {
    const jsBytes = e.files.reduce((n, f) => n + gz(f), 0);
    const cssBytes = e.css.filter((f) => existsSync(f)).reduce((n, f) => n + gz(f), 0);
    const lazyBytes = e.lazy.filter((f) => existsSync(f)).reduce((n, f) => n + gz(f), 0);
    const htmlBytes = e.html ? gz(e.html) : 0;
    return {
      name: e.name,
      jsBytes,
      cssBytes,
      lazyBytes,
      htmlBytes,
      files: [...e.files, ...e.css].map((f) => path.relative(dist, f)).sort(),
      lazyFiles: e.lazy.map((f) => path.relative(dist, f)).sort(),
    };
  });
}
