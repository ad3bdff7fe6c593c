import { render } from 'preact';
import { uiLanguage } from '../platform/i18n';
import { App } from './App';

// index.html says "en": screen readers must read an Italian UI as Italian.
document.documentElement.lang = uiLanguage();

const root = document.getElementById('app')!;
// Drop the static header from index.html: Preact renders the same shell, live.
root.replaceChildren();
render(<App />, root);
