// The popup's entry, loaded straight from index.html as one script file with everything it
// imports (scripts/vite-single-script-page.ts, docs/performance.md); the static header paints
// while it loads. The first render waits for the settings and the stored draft, so it is complete:
// the compose form with its link status, in one pass.
import './start-reads'; // first: the storage reads start as soon as the modules evaluate
import '../ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { uiLanguage } from '../platform/i18n';
import { popupStateFromItems } from '../platform/popup-draft';
import { readSettingsItems } from '../platform/settings-fast';
import { App } from './App';
import { startupReads } from './start-reads';

// index.html says "en": screen readers must read an Italian UI as Italian.
document.documentElement.lang = uiLanguage();

const [syncItems, sessionItems] = await Promise.all([startupReads.sync, startupReads.session]);

const root = document.getElementById('app')!;
// Drop the static header from index.html: Preact renders the same shell, live.
root.replaceChildren();
render(<App first={{ settings: readSettingsItems(syncItems), state: popupStateFromItems(sessionItems) }} />, root);
