import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.config.ts';
import { noInjectedWar } from './scripts/vite-no-injected-war.ts';

// `vite build` -> dist/chrome (store build); `vite build --mode chrome-test` -> dist/chrome-test.
const outDirs: Record<string, string> = { production: 'dist/chrome', 'chrome-test': 'dist/chrome-test' };

export default defineConfig(({ mode }) => ({
  plugins: [preact(), crx({ manifest, browser: 'chrome' }), noInjectedWar(['src/content/insert.js'])],
  build: {
    outDir: outDirs[mode] ?? `dist/${mode}`,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
  },
  server: { strictPort: true, port: 5173, hmr: { port: 5173 } },
}));
