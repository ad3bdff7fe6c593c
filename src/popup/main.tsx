// The styles are imported first so they stay render-blocking in the page's head (inlined into
// the HTML at build, scripts/vite-inline-page-css.ts): the static shell paints styled.
import '../ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { uiLanguage } from '../ui/i18n';
import { App } from './App';

// The static shell in index.html paints first: a module script runs before the first frame,
// so rendering here at once would hold the first paint back by Preact's render (about 10-20 ms
// measured on 2 cores). Waiting for a frame (top-level await) lets the browser paint the shell,
// with no second script to load and no dynamic import (and so no Vite preload helper, 1 KB).
await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));

// index.html says "en": screen readers must read an Italian UI as Italian.
document.documentElement.lang = uiLanguage();

const root = document.getElementById('app')!;
// Drop the static header from index.html: Preact renders the same shell, live.
root.replaceChildren();
render(<App />, root);
