// The compose tab's layout (its logic is ../use-compose.ts): the form scrolls, the action bar
// with the link status stays in view at the bottom of the popup. The customer fields paint at
// once; the link, the email and the bar appear when the settings and the stored draft are in.
import { useState } from 'preact/hooks';
import type { Invitation } from '../../core/invitation';
import type { Settings } from '../../core/settings';
import type { StoredPopupState } from '../../platform/popup-draft';
import { t } from '../../platform/i18n';
import { localizedError } from '../../ui/localized-error';
import { useCompose } from '../use-compose';
import { ActionBar } from './ActionBar';
import { CustomerFields } from './CustomerFields';
import { DapOption } from './DapOption';
import { DuplicateNotice } from './DuplicateNotice';
import { EmailSection } from './EmailSection';
import { GdapLinkField } from './GdapLinkField';
import { LinkField } from './LinkField';
import { TrackingBanner } from './TrackingBanner';

export function ComposeView(props: {
  settings: Settings | null;
  stored: StoredPopupState | null;
  resend: Invitation | null;
  onResendTaken: () => void;
  onRecorded: () => void;
}) {
  const m = useCompose(props);
  const [editing, setEditing] = useState(false);
  const { draft } = m;
  const recorded = Boolean(draft.sent?.recorded);
  const now = Date.now();
  return (
    <div class="pp-compose">
      <div class="pp-scroll">
        {draft.sent ? (
          <TrackingBanner
            sent={draft.sent}
            customerName={draft.customerName.trim()}
            followUpOf={draft.followUpOf?.customerName ?? null}
            incomplete={!m.planReady}
            busy={m.busy}
            onRetry={m.retry}
            onDiscard={m.discard}
          />
        ) : null}
        <CustomerFields
          values={draft}
          problems={m.problems}
          partnerCountry={m.partnerCountry}
          foreign={m.foreign}
          onChange={m.onCustomer}
        />
        {!recorded && !draft.followUpOf ? (
          <DuplicateNotice
            duplicates={m.duplicates}
            asFollowUp={m.target !== null}
            now={now}
            onKeepApart={m.keepApart}
          />
        ) : null}
        <DapOption checked={m.dap} forced={m.forced} cloudLabel={t(`popup_cloud_${m.cloud}`)} onChange={m.setDap} />
        <LinkField
          id="pp-link"
          label={t('popup_link_heading')}
          link={m.link}
          loading={!m.loaded}
          error={
            m.linkError
              ? t('popup_link_build_failed', localizedError('popup_linkBuild_', m.linkError.code, m.linkError.error))
              : null
          }
        />
        {m.loaded && m.link ? <GdapLinkField value={draft.gdapInput} view={m.gdap} onValue={m.setGdapInput} /> : null}
        {m.loaded && m.link && m.check ? (
          <EmailSection
            language={m.language}
            onLanguage={m.setLanguage}
            subject={draft.subject}
            text={draft.text}
            links={m.gdapCheck ? [m.link, draft.gdapLink] : [m.link]}
            edited={m.edited}
            stale={m.stale}
            invalid={!m.linksIntact}
            editing={editing}
            onEditing={setEditing}
            onSubject={m.setSubject}
            onText={m.setText}
            onRegenerate={m.regenerate}
          />
        ) : null}
      </div>
      {m.loaded && m.link && m.check ? (
        <ActionBar
          check={m.check}
          onRestore={m.restoreLink}
          gdapCheck={m.gdapCheck}
          onRestoreGdap={m.restoreGdapLink}
          intact={m.intact}
          override={draft.override}
          onOverride={m.setOverride}
          mailto={m.mailto}
          flash={m.flash}
          busy={m.busy}
          onCopy={m.copy}
          onOpenMail={m.openMail}
          onDone={m.done}
          doneLabel={m.target ? t('popup_done_followup') : t('popup_done')}
        />
      ) : null}
    </div>
  );
}
