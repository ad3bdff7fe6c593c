// Shared UI for the popup and the options page. Pages also `import '../ui/theme.css'` once.
export { Field, TextField, TextArea, SelectField } from './components/Field';
export { Checkbox } from './components/Checkbox';
export { Button } from './components/Button';
export { StatusBadge, type Tone } from './components/StatusBadge';
export { Notice } from './components/Notice';
export { Tabs, TabPanel } from './components/Tabs';
export { UnwrapOffer } from './components/UnwrapOffer';
