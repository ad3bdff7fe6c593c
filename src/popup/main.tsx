import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { App } from './App';
import { loadEngine } from './engine';

render(<App />, document.getElementById('app')!);
// Fetch the draft engine while the shell is on screen and settings are being read.
void loadEngine();
