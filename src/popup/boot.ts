// The popup's entry: let the static shell in index.html paint first, then load the app.
// A module script runs before the first frame, so starting Preact here would hold the
// first paint back by its load, parse and render time (about 16 ms measured on 2 cores, even
// when the render waits for a frame with a top-level await: loading 20 KB gzip of modules is
// most of it). The import() stays plain: scripts/vite-plain-dynamic-import.ts.
// The styles are imported here, not in main.tsx, so they stay render-blocking links in the
// page's head: the static shell paints styled, with no flash.
import '../ui/theme.css';
import './popup.css';

requestAnimationFrame(() => setTimeout(() => void import('./main')));
