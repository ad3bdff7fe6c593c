import { render } from 'preact';
import { App } from './App';

document.documentElement.lang = chrome.i18n.getUILanguage().toLowerCase().startsWith('it') ? 'it' : 'en';
render(<App />, document.getElementById('app')!);
