import { t } from '../ui/i18n';

export function App() {
  return <main><h1>{t('extName')}</h1></main>;
}
