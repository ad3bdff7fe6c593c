// Container for the compose tab: binds the pure form pieces to the draft (kept in
// storage.session), the template, the link guard and the worker (through send()).
// The customer fields paint at once; the link and draft appear when the settings have arrived.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CLOUDS } from '../../core/clouds';
import { htmlForText, isEdited, linkForProfile, reconcileDraft } from '../../core/compose';
import { checkCustomer, emailDomain, isForeignCustomer, type CustomerProblems } from '../../core/customer';
import { checkTextLink, restoreTextLink, textLinkPlace } from '../../core/guard-text';
import type { Invitation } from '../../core/invitation';
import type { Settings } from '../../core/settings';
import { buildMailto } from '../../core/mailto';
import { defaultTemplate, renderInvitation, type TemplateData } from '../../core/template';
import { emailLanguage } from '../../core/languages';
import { copyRich } from '../../platform/clipboard';
import { send } from '../../platform/send';
import { openMailto } from '../../platform/open';
import type { Request } from '../../platform/protocol';
import type { PopupDraft } from '../../platform/popup-draft';
import { Notice } from '../../ui';
import { t, uiLanguage } from '../../platform/i18n';
import { viewLinkCheck } from '../link-check';
import { gdapFieldView } from '../gdap-field';
import { emptyDraft, useDraftSaving, useStoredDraft } from '../use-stored-draft';
import { ComposeActions } from './ComposeActions';
import { CustomerFields, type CustomerValues } from './CustomerFields';
import { DapOption } from './DapOption';
import { DraftEditor } from './DraftEditor';
import { LinkStatus } from './LinkStatus';
import { GdapLinkField } from './GdapLinkField';
import { errorText } from '../../ui/error-text';
import { localizedError } from '../../ui/localized-error';

type Flash = { tone: 'ok' | 'error' | 'info'; text: string } | null;

export function ComposeView(props: {
  settings: Settings | null;
  resend: Invitation | null;
  onResendTaken: () => void;
  onRecorded: () => void;
}) {
  const { settings } = props;
  const { draft, setDraft, update, reset, loaded, touched, fromStore } = useStoredDraft();
  const [showProblems, setShowProblems] = useState(false);
  const [flash, setFlash] = useState<Flash>(null);
  const [busy, setBusy] = useState(false);

  // A fresh draft starts from the partner's default for delegated admin.
  useEffect(() => {
    if (loaded && settings && !fromStore.current && !touched.current)
      setDraft((d) => ({ ...d, dap: settings.defaults.dap }));
  }, [loaded, settings, fromStore, touched, setDraft]);

  const profile = settings?.profile ?? null;
  // The draft's own choice, else the partner's default, else the UI's language (nothing is stored).
  const language = draft.language ?? emailLanguage(settings?.defaults.language, uiLanguage());
  const custom = settings?.templates[language];
  const template = useMemo(() => custom ?? defaultTemplate(language), [custom, language]);
  const cloud = profile?.cloud ?? 'public';
  const forced = CLOUDS[cloud].dapRequired;
  const dap = forced || draft.dap;
  const linkResult = useMemo(() => (profile ? linkForProfile(profile, dap) : null), [profile, dap]);
  const link = linkResult?.ok ? linkResult.value : '';
  // The optional GDAP request: sent only when the field holds a valid GDAP link.
  const gdap = useMemo(() => gdapFieldView(draft.gdapInput), [draft.gdapInput]);
  const gdapLink = gdap.link;
  const partnerName = profile?.companyName ?? '';
  const data: TemplateData = useMemo(
    () => ({ customerName: draft.customerName, partnerName, link, gdapLink, cloud, dap, language }),
    [draft.customerName, partnerName, link, gdapLink, cloud, dap, language],
  );

  // "Resend" from the Pending tab: the email as last sent, for the same customer.
  const { resend, onResendTaken } = props;
  useEffect(() => {
    const inv = resend;
    if (!inv || !loaded) return;
    touched.current = true;
    setDraft({
      ...emptyDraft(inv.dap),
      language: inv.language,
      customerName: inv.customerName,
      customerEmail: inv.customerEmail,
      customerDomain: inv.customerDomain,
      domainTouched: true,
      customerCountry: inv.customerCountry,
      subject: inv.subject,
      text: inv.body,
      link: inv.link,
      // A GDAP request still waiting goes with the resend; an approved or expired one does not.
      ...(inv.gdap?.status === 'pending' && inv.gdap.expiresAt > Date.now()
        ? { gdapInput: inv.gdap.link, gdapLink: inv.gdap.link }
        : {}),
      resendOf: inv.id,
    });
    setShowProblems(false);
    setFlash({ tone: 'info', text: t('popup_resend_loaded', inv.customerName) });
    onResendTaken();
  }, [resend, loaded, onResendTaken, setDraft, touched]);

  // The template's output for the current details; re-computed only when they change.
  const rendering = useMemo(() => (data.link ? renderInvitation(template, data) : null), [template, data]);
  // Edited, and the template now says something else: offer "Regenerate" (edits are kept).
  const stale = Boolean(
    rendering &&
    isEdited(draft) &&
    (rendering.text !== draft.renderedText || rendering.subject !== draft.renderedSubject),
  );

  // Apply a new rendering to the draft; edits are kept (reconcileDraft). Functional update:
  // effects run after paint, and the partner may have typed in between.
  useEffect(() => {
    if (!loaded || !rendering) return;
    setDraft((d) => {
      const r = reconcileDraft(d, { subject: rendering.subject, text: rendering.text, link, gdapLink }).draft;
      const same =
        r.text === d.text &&
        r.subject === d.subject &&
        r.link === d.link &&
        (r.gdapLink ?? '') === d.gdapLink &&
        r.renderedText === d.renderedText &&
        r.renderedSubject === d.renderedSubject;
      return same ? d : { ...d, ...r, gdapLink: r.gdapLink ?? '' };
    });
  }, [loaded, rendering, link, gdapLink, setDraft]);

  // Keep the draft across popup closes, and hand it to "Insert invitation".
  useDraftSaving(draft, loaded && touched.current, (d) =>
    d.link ? htmlForText(d.text, { ...data, link: d.link, gdapLink: d.gdapLink }) : '',
  );

  // Each expected link judged on its own: the other one is not a conflict. A broken GDAP link,
  // or a GDAP field holding something else, blocks sending as a broken reseller link does.
  const check = useMemo(
    () => (link ? viewLinkCheck(checkTextLink(draft.text, link, { others: gdapLink ? [gdapLink] : [] })) : null),
    [draft.text, link, gdapLink],
  );
  const gdapCheck = useMemo(
    () => (link && gdapLink ? viewLinkCheck(checkTextLink(draft.text, gdapLink, { others: [link] })) : null),
    [draft.text, link, gdapLink],
  );
  const intact = (check?.intact ?? false) && (gdapCheck?.intact ?? true) && gdap.error === null;
  // An override covers the problem the partner looked at, not a later one.
  useEffect(() => {
    if (intact && draft.override) setDraft((d) => ({ ...d, override: false }));
  }, [intact, draft.override, setDraft]);

  const mailto = useMemo(
    () => buildMailto({ to: draft.customerEmail.trim(), subject: draft.subject, body: draft.text }),
    [draft.customerEmail, draft.subject, draft.text],
  );
  const problems: CustomerProblems = showProblems ? checkCustomer(draft) : {};
  const foreign = Boolean(profile && isForeignCustomer(profile.country, draft.customerCountry));

  const onCustomer = (patch: Partial<CustomerValues> & { domainTouched?: boolean }) => {
    const next: Partial<PopupDraft> = { ...patch };
    if (patch.customerEmail !== undefined && !draft.domainTouched)
      next.customerDomain = emailDomain(patch.customerEmail);
    if (patch.customerDomain !== undefined && patch.customerDomain === '') next.domainTouched = false;
    setFlash(null);
    update(next);
  };

  const regenerate = () => {
    if (rendering)
      update({
        subject: rendering.subject,
        text: rendering.text,
        renderedSubject: rendering.subject,
        renderedText: rendering.text,
        link,
        gdapLink,
      });
  };

  const copy = async () => {
    setBusy(true);
    try {
      await copyRich(draft.text, htmlForText(draft.text, data));
      setFlash({ tone: 'ok', text: t('popup_copied') });
    } catch (e) {
      setFlash({ tone: 'error', text: t('popup_copy_failed', errorText(e)) });
    } finally {
      setBusy(false);
    }
  };

  const openMail = async () => {
    try {
      await openMailto(mailto.url);
      setFlash({ tone: 'info', text: t('popup_mail_opened') });
    } catch (e) {
      setFlash({ tone: 'error', text: t('popup_mail_failed', errorText(e)) });
    }
  };

  const done = async () => {
    const found = checkCustomer(draft);
    if (Object.keys(found).length > 0) {
      setShowProblems(true);
      setFlash({ tone: 'error', text: t('popup_fix_fields') });
      const first = (['customerName', 'customerEmail', 'customerDomain'] as const).find((k) => found[k]);
      const ids = {
        customerName: 'pp-customer-name',
        customerEmail: 'pp-customer-email',
        customerDomain: 'pp-customer-domain',
      } as const;
      if (first) document.getElementById(ids[first])?.focus();
      return;
    }
    setBusy(true);
    try {
      if (draft.resendOf) {
        await send({ type: 'invitation/act', ids: [draft.resendOf], action: 'followed-up' });
      } else {
        // One id per "Done": if the worker is stopped mid-write and the send is retried,
        // the worker sees the same id and records the invitation once.
        const record: Extract<Request, { type: 'invitation/record' }> = {
          type: 'invitation/record',
          id: crypto.randomUUID(),
          invitation: {
            customerName: draft.customerName.trim(),
            customerEmail: draft.customerEmail.trim(),
            customerDomain: draft.customerDomain.trim().toLowerCase(),
            customerCountry: draft.customerCountry,
            cloud,
            dap,
            kind: 'reseller',
            link,
            ...(gdapLink ? { gdapLink } : {}),
            language,
            subject: draft.subject,
            body: draft.text,
          },
        };
        // No answer (the worker stopped mid-write): the same id makes the retry safe.
        await send(record, { retries: 2 });
      }
      setFlash({
        tone: 'ok',
        text: t(draft.resendOf ? 'popup_followup_recorded' : 'popup_recorded', draft.customerName.trim()),
      });
      setShowProblems(false);
      reset(settings?.defaults.dap ?? false);
      props.onRecorded();
      // Ready for the next customer.
      document.getElementById('pp-customer-name')?.focus();
    } catch (e) {
      setFlash({ tone: 'error', text: t('popup_record_failed', errorText(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {flash ? (
        <Notice tone={flash.tone} role={flash.tone === 'error' ? 'alert' : 'status'} id="pp-flash">
          {flash.text}
        </Notice>
      ) : null}
      <CustomerFields
        values={draft}
        problems={problems}
        partnerCountry={profile?.country ?? ''}
        foreign={foreign}
        onChange={onCustomer}
      />
      <DapOption
        checked={dap}
        forced={forced}
        cloudLabel={t(`popup_cloud_${cloud}`)}
        onChange={(on) => update({ dap: on })}
      />
      <section class="pp-section" aria-labelledby="pp-link-heading">
        <div class="pp-linkhead">
          <h2 id="pp-link-heading">{t('popup_link_heading')}</h2>
        </div>
        {!settings ? <p class="pp-small">{t('popup_loading')}</p> : null}
        {linkResult && !linkResult.ok ? (
          <Notice tone="error" role="alert">
            {t('popup_link_build_failed', localizedError('popup_linkBuild_', linkResult.code, linkResult.error))}
          </Notice>
        ) : null}
        {link ? (
          <div class="pp-linkbox" id="pp-link" aria-label={t('popup_link_heading')}>
            {link}
          </div>
        ) : null}
      </section>
      {link ? (
        <GdapLinkField
          value={draft.gdapInput}
          view={gdap}
          onValue={(v) => {
            setFlash(null);
            update({ gdapInput: v });
          }}
        />
      ) : null}
      {link && check ? (
        <section class="pp-section" aria-label={t('popup_draft_heading')}>
          <DraftEditor
            language={language}
            onLanguage={(v) => update({ language: v })}
            subject={draft.subject}
            text={draft.text}
            edited={isEdited(draft)}
            stale={stale}
            invalid={!(check.intact && (gdapCheck?.intact ?? true))}
            onSubject={(v) => update({ subject: v })}
            onText={(v) => update({ text: v })}
            onRegenerate={regenerate}
          />
          <LinkStatus
            id="pp-link-status"
            title={gdapCheck ? t('popup_status_reseller') : undefined}
            check={check}
            restoreLabel={t('popup_restore_link')}
            // A deleted link goes back where the template put it (the rendering the partner started from).
            onRestore={() =>
              update({
                text: restoreTextLink(draft.text, link, {
                  others: gdapLink ? [gdapLink] : [],
                  place: textLinkPlace(draft.renderedText, link),
                }),
              })
            }
          />
          {gdapCheck ? (
            <LinkStatus
              id="pp-gdap-status"
              title={t('popup_status_gdap')}
              check={gdapCheck}
              restoreLabel={t('popup_restore_gdap_link')}
              onRestore={() =>
                update({
                  text: restoreTextLink(draft.text, gdapLink, {
                    others: [link],
                    place: textLinkPlace(draft.renderedText, gdapLink),
                  }),
                })
              }
            />
          ) : null}
          <ComposeActions
            linkIntact={intact}
            override={draft.override}
            onOverride={(on) => update({ override: on })}
            mailto={mailto}
            busy={busy}
            onCopy={() => void copy()}
            onOpenMail={() => void openMail()}
            onDone={() => void done()}
            doneLabel={draft.resendOf ? t('popup_done_followup') : t('popup_done')}
          />
        </section>
      ) : null}
    </div>
  );
}
