import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.config.ts';
import { noInjectedWar } from './scripts/vite-no-injected-war.ts';
import { inlinePageCss } from './scripts/vite-inline-page-css.ts';
import { singleScriptPage } from './scripts/vite-single-script-page.ts';

// `vite build` -> dist/chrome (Chrome and Edge store build); `--mode chrome-test` -> dist/chrome-test;
// `--mode firefox` -> dist/firefox.
const outDirs: Record<string, string> = {
  production: 'dist/chrome',
  'chrome-test': 'dist/chrome-test',
  firefox: 'dist/firefox',
};

export default defineConfig(({ mode }) => ({
  plugins: [
    preact(),
    crx({ manifest, browser: mode === 'firefox' ? 'firefox' : 'chrome' }),
    noInjectedWar(['src/content/insert.js']),
    inlinePageCss(['src/popup/index.html']),
    singleScriptPage(['src/popup/index.html']),
  ],
  build: {
    outDir: outDirs[mode] ?? `dist/${mode}`,
    emptyOutDir: true,
    target: mode === 'firefox' ? 'firefox140' : 'chrome120',
    sourcemap: false,
    // Every target browser supports modulepreload; the polyfill would be one more script before paint.
    modulePreload: { polyfill: false },
    // zod gets a chunk of its own: otherwise it is grouped with whatever other modules the same
    // pages reach (e.g. db/), and a page that never validates (the popup, which must be usable
    // fast) would load it through that shared chunk. Pure logic in src/core stays zod-free for the
    // same reason; schemas live in *-schema.ts or settings/invitation/ids.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]/ }] } },
    },
  },
  server: { strictPort: true, port: 5173, hmr: { port: 5173 } },
}));
