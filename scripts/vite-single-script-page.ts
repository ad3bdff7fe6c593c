// Gives the popup one script file. Vite splits the modules the popup shares with the options
// page and the service worker into shared chunks, so the popup loaded four files. In an
// extension page every module file is one more fetch through the browser process before the
// app can run: one file made the popup usable 4–12 ms sooner, of 65–100 (docs/performance.md).
// The shared chunks stay for the other pages; the popup's entry is bundled again with the
// chunks it imports into one self-contained module, and its page names only that file.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

type OutputChunk = { type: 'chunk'; code: string; isEntry: boolean; imports: string[]; dynamicImports: string[] };

export function singleScriptPage(pages: string[]): Plugin {
  return {
    name: 'partner-invite:single-script-page',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const page of pages) {
        const html = bundle[page];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') continue;
        const entries = [...html.source.matchAll(/<script type="module"[^>]*src="\/([^"]+)"[^>]*><\/script>/g)];
        if (entries.length !== 1) throw new Error(`${page}: expected one module script, found ${entries.length}`);
        const entryFile = entries[0]![1]!;
        const entry = bundle[entryFile] as OutputChunk | undefined;
        if (!entry || entry.type !== 'chunk') throw new Error(`${page}: ${entryFile} is not a chunk of this build`);
        // Every chunk the entry loads, once each (shared chunks may import each other).
        const reached = new Set<string>();
        const reach = (file: string): void => {
          if (reached.has(file)) return;
          reached.add(file);
          for (const dep of (bundle[file] as OutputChunk | undefined)?.imports ?? []) reach(dep);
        };
        entry.imports.forEach(reach);
        // A lazy import would still be a second file, loaded from a path the new file does not share.
        if ([entryFile, ...reached].some((file) => (bundle[file] as OutputChunk).dynamicImports.length))
          throw new Error(`${page}: lazy imports cannot be bundled into one file`);

        const build = await rolldown({
          input: entryFile,
          // The chunks are read from this build's output in memory, not from disk.
          plugins: [
            {
              name: 'bundle-chunks',
              resolveId: (source, importer) =>
                importer ? path.posix.join(path.posix.dirname(importer), source) : source,
              load: (id) => (bundle[id] as OutputChunk | undefined)?.code ?? null,
            },
          ],
        });
        const { output } = await build.generate({ format: 'es', minify: true });
        await build.close();
        if (output.length !== 1) throw new Error(`${page}: bundled into ${output.length} files, not one`);
        const code = output[0].code;
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
        const fileName = `assets/${path.posix.basename(path.posix.dirname(page))}-${hash}.js`;
        this.emitFile({ type: 'asset', fileName, source: code });
        // The entry, and the chunks only it reached, are now in no page's graph.
        for (let dropped = true; dropped;) {
          dropped = false;
          const imported = new Set(
            Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [...c.imports, ...c.dynamicImports] : [])),
          );
          if (bundle[entryFile] && !imported.has(entryFile)) delete bundle[entryFile];
          for (const file of reached) {
            const chunk = bundle[file] as OutputChunk | undefined;
            if (chunk && !chunk.isEntry && !imported.has(file)) {
              delete bundle[file];
              dropped = true;
            }
          }
        }

        html.source = html.source
          .replace(entries[0]![0], `<script type="module" src="/${fileName}"></script>`)
          .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
      }
    },
  };
}
