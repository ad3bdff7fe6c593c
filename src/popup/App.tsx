// The popup shell. The first render has the settings and the stored draft (read while the
// modules loaded, main.tsx); the due count (the badge's text) fills in when it arrives.
// The shell is at most 600 px high (a popup's limit): the header and tabs stay at the top, each
// tab scrolls its own content, and the compose tab keeps its action bar in view.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { loadSettingsFast, onSettingsChangedFast } from '../platform/settings-fast';
import type { StoredPopupState } from '../platform/popup-draft';
import { openOptionsPage, showTab } from '../platform/open';
import { Button, Notice, TabPanel, Tabs } from '../ui';
import { t } from '../platform/i18n';
import { ComposeView } from './components/ComposeView';
import { PendingView } from './components/PendingView';
import { useBrokenLinkTabs } from './use-broken-links';
import { useDueCount } from './use-due-count';
import type { Invitation } from '../core/invitation';

type Tab = 'compose' | 'pending';

export function App(props: { first: { settings: Settings; state: StoredPopupState } }) {
  const [settings, setSettings] = useState<Settings>(props.first.settings);
  // The stored draft read at start serves the compose tab's first mount; later mounts read it again.
  const firstState = useRef<StoredPopupState | null>(props.first.state);
  const [tab, setTab] = useState<Tab>('compose');
  const [resend, setResend] = useState<Invitation | null>(null);
  const { dueText, refresh: refreshDue } = useDueCount();
  const brokenLinkTabs = useBrokenLinkTabs();

  useEffect(() => {
    let live = true;
    const off = onSettingsChangedFast((s) => live && setSettings(s));
    // Read again once listening: a change made between the first read and now would be missed.
    void loadSettingsFast().then((s) => live && setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);

  const onResend = useCallback((inv: Invitation) => {
    setResend(inv);
    setTab('compose');
  }, []);
  const onResendTaken = useCallback(() => setResend(null), []);

  const pendingLabel = dueText ? t('popup_tab_pending_due', dueText) : t('popup_tab_pending');
  const noProfile = settings.profile === null;
  const stored = firstState.current;
  firstState.current = null;

  return (
    <main class="pp-shell">
      <div class="pp-top">
        <div class="pp-header">
          <h1>{t('extName')}</h1>
          <Button variant="ghost" small onClick={() => void openOptionsPage()}>
            {t('popup_settings')}
          </Button>
        </div>
        {brokenLinkTabs[0] !== undefined ? (
          <Notice tone="warn" role="alert" title={t('popup_broken_link_title')}>
            <p>{t('popup_broken_link_body')}</p>
            <Button
              onClick={() =>
                void showTab(brokenLinkTabs[0]!).catch((e: unknown) =>
                  console.warn('Partner Invite: cannot show the tab', e),
                )
              }
            >
              {t('popup_broken_link_show')}
            </Button>
          </Notice>
        ) : null}
        {noProfile ? (
          <Notice tone="info" title={t('popup_noprofile_title')} role="status">
            <p>{t('popup_noprofile_body')}</p>
            <Button variant="primary" onClick={() => void openOptionsPage()}>
              {t('popup_noprofile_open')}
            </Button>
          </Notice>
        ) : (
          <Tabs<Tab>
            idPrefix="pp"
            label={t('popup_tabs_label')}
            selected={tab}
            onSelect={setTab}
            tabs={[
              { key: 'compose', label: t('popup_tab_compose') },
              { key: 'pending', label: pendingLabel },
            ]}
          />
        )}
      </div>
      {noProfile ? null : tab === 'compose' ? (
        <TabPanel idPrefix="pp" tabKey="compose">
          <ComposeView
            settings={settings}
            stored={stored}
            resend={resend}
            onResendTaken={onResendTaken}
            onRecorded={refreshDue}
          />
        </TabPanel>
      ) : (
        <TabPanel idPrefix="pp" tabKey="pending">
          <PendingView onResend={onResend} onChanged={refreshDue} />
        </TabPanel>
      )}
    </main>
  );
}
