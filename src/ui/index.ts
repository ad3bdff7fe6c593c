// Shared UI for the popup and the options page. Pages also `import '../ui/theme.css'` once.
export { Field, TextField, TextArea, SelectField, type SelectOption } from './components/Field';
export { Checkbox } from './components/Checkbox';
export { Button, type ButtonVariant } from './components/Button';
export { StatusBadge, type Tone } from './components/StatusBadge';
export { Notice } from './components/Notice';
export { Tabs, TabPanel, type TabDef } from './components/Tabs';
