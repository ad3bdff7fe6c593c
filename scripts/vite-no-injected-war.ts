// @crxjs/vite-plugin lists every `?script`/`?iife` import in web_accessible_resources for
// all http(s) pages, because its loader format needs that. Our insertion script is an IIFE
// passed to scripting.executeScript, which needs no web-accessible entry; leaving it there
// would only let any website detect the extension by fetching the file. This plugin removes
// the injected files from web_accessible_resources in the emitted manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

type War = { resources: string[]; matches?: string[] };

export function noInjectedWar(injected: string[]): Plugin[] {
  const sources = injected.map((file) => file.replace(/\.js$/, '.ts'));
  return [
    {
      // crx builds the injected script on its own (an IIFE, with no plugins of ours) and also
      // adds it to this build as an entry for its loader, which nothing uses (the chunk is
      // dropped below). As an entry here it only splits the modules it shares with the pages
      // (the link guard, the link reader) into chunks of their own, and every chunk a page
      // loads is one more file to fetch before it runs: here it is an empty module.
      name: 'partner-invite:no-injected-entry',
      apply: 'build',
      enforce: 'pre',
      load(id) {
        // Only the bare module: `insert.ts?iife` (background/inject.ts) is crx's, and names the IIFE file.
        return !id.includes('?') && sources.some((file) => id.endsWith(file)) ? 'export {};' : null;
      },
    },
    {
      name: 'partner-invite:no-injected-war',
      apply: 'build',
      enforce: 'post',
      // crx also emits the injected script as an ES module chunk for its loader, which nothing
      // loads (executeScript takes the IIFE): drop it from the bundle so the store zip has no dead code.
      generateBundle(_options, bundle) {
        const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
        for (const chunk of chunks) {
          const source = chunk.facadeModuleId ?? '';
          if (!sources.some((file) => source.endsWith(file))) continue;
          const used = chunks.some(
            (c) => c !== chunk && (c.imports.includes(chunk.fileName) || c.dynamicImports.includes(chunk.fileName)),
          );
          if (!used) delete bundle[chunk.fileName];
        }
      },
      // On disk after every plugin ran: crx writes the final manifest late in generateBundle.
      writeBundle(options) {
        if (!options.dir) return;
        const file = path.join(options.dir, 'manifest.json');
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: War[] };
        if (!manifest.web_accessible_resources) return;
        const kept = manifest.web_accessible_resources
          .map((war) => ({ ...war, resources: war.resources.filter((r) => !injected.includes(r)) }))
          .filter((war) => war.resources.length > 0);
        if (kept.length > 0) manifest.web_accessible_resources = kept;
        else delete manifest.web_accessible_resources;
        writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
      },
    },
  ];
}
