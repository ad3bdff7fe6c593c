// The popup's boot script (src/popup/boot.ts) lets the static shell paint, then loads the app
// with import(). Vite wraps every dynamic import in its preload helper, which adds
// <link rel=modulepreload> for the imported chunk's own imports and loads the CSS they import:
// 1 KB gzip of helper in a popup whose whole budget is 25 KB, to save one read of local files
// from the extension package. This plugin turns the wrapped call back into a plain import() in
// the chunks of the given HTML entries; the helper is then unused and the minifier drops it.
// The build fails if the helper is left (a change in Vite's wrapper cannot quietly bring it
// back) and if the lazily imported code imports CSS (a plain import() would not load it: the
// popup's styles belong to the boot script, which the page links in its head).
import type { Plugin } from 'vite';

const WRAPPED =
  /__vitePreload\(\s*\(\)\s*=>\s*(import\([^()]*\))\s*,\s*__VITE_PRELOAD__\s*(?:,\s*import\.meta\.url\s*)?\)/g;

export function plainDynamicImport(pages: string[]): Plugin {
  return {
    name: 'partner-invite:plain-dynamic-import',
    apply: 'build',
    enforce: 'post',
    renderChunk(code, chunk) {
      const entry = chunk.facadeModuleId ?? '';
      if (!pages.some((page) => entry.endsWith(page)) || !code.includes('__VITE_PRELOAD__')) return null;
      const plain = code.replace(WRAPPED, '$1');
      if (plain.includes('__VITE_PRELOAD__') || plain.includes('__vitePreload('))
        this.error(`${chunk.fileName}: a dynamic import kept Vite's preload wrapper in an unexpected form`);
      return { code: plain, map: null };
    },
    generateBundle(_options, bundle) {
      for (const entry of Object.values(bundle)) {
        if (entry.type !== 'chunk' || !pages.some((page) => (entry.facadeModuleId ?? '').endsWith(page))) continue;
        const file = entry.fileName;
        // The helper's own string survives minification: the sure sign it was kept.
        if (entry.code.includes('modulepreload')) this.error(`${file}: Vite's preload helper is still in the chunk`);
        // Everything the plain import() reaches: it must need no CSS of its own.
        const seen = new Set<string>();
        const stack = [...entry.dynamicImports];
        while (stack.length) {
          const name = stack.pop()!;
          const chunk = bundle[name];
          if (seen.has(name) || chunk?.type !== 'chunk') continue;
          seen.add(name);
          if (chunk.viteMetadata?.importedCss.size)
            this.error(
              `${name} imports CSS, which a plain import() from ${file} would not load: import it in the entry instead`,
            );
          stack.push(...chunk.imports, ...chunk.dynamicImports);
        }
      }
    },
  };
}
