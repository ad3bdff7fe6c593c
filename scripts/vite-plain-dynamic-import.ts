// The popup's boot script (src/popup/boot.ts) lets the static shell paint, then loads the app
// with import(). Vite wraps every dynamic import in its preload helper, which adds
// <link rel=modulepreload> for the imported chunk's own imports: 1 KB gzip of helper in a popup
// whose whole budget is 25 KB, to save one read of local files from the extension package.
// This plugin turns the wrapped call back into a plain import() in the chunks of the given HTML
// entries; the helper is then unused and the minifier drops it. The build fails if a wrapped
// call is left, so a change in Vite's wrapper cannot quietly bring the helper back.
import type { Plugin } from 'vite';

const WRAPPED = /__vitePreload\(\s*\(\)\s*=>\s*(import\([^()]*\))\s*,\s*__VITE_PRELOAD__\s*(?:,\s*import\.meta\.url\s*)?\)/g;

export function plainDynamicImport(pages: string[]): Plugin {
  return {
    name: 'partner-invite:plain-dynamic-import',
    apply: 'build',
    enforce: 'post',
    renderChunk(code, chunk) {
      const entry = chunk.facadeModuleId ?? '';
      if (!pages.some((page) => entry.endsWith(page)) || !code.includes('__VITE_PRELOAD__')) return null;
      const plain = code.replace(WRAPPED, '$1');
      if (plain.includes('__VITE_PRELOAD__')) this.error(`${chunk.fileName}: a dynamic import kept Vite's preload wrapper in an unexpected form`);
      return { code: plain, map: null };
    },
  };
}
