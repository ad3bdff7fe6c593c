import { t } from '../ui/i18n';

export function App() {
  return <main><h1>{t('optionsTitle')}</h1></main>;
}
