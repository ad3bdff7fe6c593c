// Inlines the stylesheets of the given extension pages into their HTML. Every linked
// stylesheet is a separate fetch through the browser process before the first paint; with a
// large IndexedDB that process is busy and the popup's first paint waited on it (bench at
// 100,000 invitations). Inline <style> is allowed: the extension CSP restricts scripts only.
import type { Plugin } from 'vite';

export function inlinePageCss(pages: string[]): Plugin {
  return {
    name: 'partner-invite:inline-page-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const page of pages) {
        const html = bundle[page];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') continue;
        html.source = html.source.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+)"[^>]*>/g, (tag, file: string) => {
          const css = bundle[file];
          if (!css || css.type !== 'asset') return tag;
          const text = typeof css.source === 'string' ? css.source : new TextDecoder().decode(css.source);
          return `<style>${text.replace(/<\/style/gi, '<\\/style')}</style>`;
        });
      }
    },
  };
}
