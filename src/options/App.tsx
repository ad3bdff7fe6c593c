// The options page: a left navigation and one section at a time (chosen by the URL hash).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../platform/i18n';
import { useSettings } from './use-settings';
import { SECTIONS, useSection, type Section } from './use-section';
import { ProfileSection } from './sections/ProfileSection';
import { DefaultsSection } from './sections/DefaultsSection';
import { TemplatesSection } from './sections/TemplatesSection';
import { TrackerSection } from './sections/TrackerSection';
import { CustomersImportSection } from './sections/CustomersImportSection';
import { BackupSection } from './sections/BackupSection';

const LABELS: Record<Section, string> = {
  profile: 'options_navProfile',
  defaults: 'options_navDefaults',
  templates: 'options_navTemplates',
  tracker: 'options_navTracker',
  import: 'options_navImport',
  backup: 'options_navBackup',
};

const LEADS: Record<Section, string> = {
  profile: 'options_leadProfile',
  defaults: 'options_leadDefaults',
  templates: 'options_leadTemplates',
  tracker: 'options_leadTracker',
  import: 'options_leadImport',
  backup: 'options_leadBackup',
};

export function App() {
  const section = useSection();
  const settings = useSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // After choosing a section, move focus to its heading so keyboard and screen-reader users land there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [section]);

  let body: ComponentChildren = <p class="opt-muted">{t('options_loading')}</p>;
  if (settings) {
    if (section === 'profile') body = <ProfileSection settings={settings} />;
    else if (section === 'defaults') body = <DefaultsSection settings={settings} />;
    else if (section === 'templates') body = <TemplatesSection settings={settings} />;
    else if (section === 'tracker') body = <TrackerSection />;
    else if (section === 'import') body = <CustomersImportSection />;
    else if (section === 'backup') body = <BackupSection />;
  }

  return (
    <div class="opt-shell">
      <nav class="opt-nav" aria-label={t('options_navLabel')}>
        <div class="opt-brand">
          <img src="/icons/icon-32.png" alt="" width={28} height={28} />
          <span>Partner Invite</span>
        </div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`} aria-current={s === section ? 'page' : undefined}>
                {t(LABELS[s])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="opt-main">
        <h1 tabIndex={-1} ref={heading}>
          {t(LABELS[section])}
        </h1>
        <p class="opt-lead">{t(LEADS[section])}</p>
        {body}
      </main>
    </div>
  );
}
