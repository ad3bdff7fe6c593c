// A tiny static server for the webmail fixture pages, on 127.0.0.1 and a free port (the
// chrome-test build has host permissions for loopback only). It also serves the real
// editor packages from node_modules, so the fixtures run RoosterJS and TinyMCE as shipped.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = path.resolve('tests/fixtures/webmail');
const MODULES = path.resolve('node_modules');
/** Only these package folders are reachable under /node_modules/. */
const PACKAGES = ['roosterjs/dist/', 'tinymce/'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Per-page response headers: the Gmail-like page enforces Trusted Types as Gmail does. */
const HEADERS: Record<string, Record<string, string>> = {
  '/trusted-types.html': { 'Content-Security-Policy': "require-trusted-types-for 'script'" },
};

function resolveFile(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath);
  if (clean.startsWith('/node_modules/')) {
    const rel = clean.slice('/node_modules/'.length);
    if (!PACKAGES.some((p) => rel.startsWith(p))) return null;
    const file = path.resolve(MODULES, rel);
    return file.startsWith(MODULES + path.sep) ? file : null;
  }
  const file = path.resolve(ROOT, '.' + clean);
  return file.startsWith(ROOT + path.sep) ? file : null;
}

export type FixtureServer = { origin: string; url: (page: string) => string; close: () => Promise<void> };

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolveFile(urlPath);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          ...HEADERS[urlPath],
        });
        res.end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (page) => `${origin}/${page}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections from a still-open browser would hold close() forever.
        server.closeAllConnections();
      }),
  };
}
