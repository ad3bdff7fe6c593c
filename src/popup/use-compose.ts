// The compose tab's logic: the draft (./use-draft.ts), what the profile and the template make
// of it, the link guard, the duplicate check and the tracking loop. The rules themselves are
// pure (core/compose.ts, core/compose-draft.ts, core/duplicates.ts); ComposeView lays it out.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { htmlForText, isEdited, linkForProfile, reconcileDraft } from '../core/compose';
import {
  followUpTarget,
  handedOff,
  recordFailed,
  recorded,
  recordPlan,
  resendDraft,
  withCustomer,
  type ComposeDraft,
  type CustomerPatch,
  type RecordPlan,
  type SendContext,
} from '../core/compose-draft';
import { checkCustomer, isForeignCustomer, type CustomerProblems } from '../core/customer';
import { effectiveDap } from '../core/dap';
import { CLOUDS } from '../core/clouds';
import { checkTextLink, restoreTextLink, textLinkPlace } from '../core/guard-text';
import { emailLanguage, type Language } from '../core/languages';
import type { Invitation } from '../core/invitation';
import { buildMailto } from '../core/mailto';
import type { Settings } from '../core/settings';
import { defaultTemplate, renderInvitation, type TemplateData } from '../core/template';
import { copyRich } from '../platform/clipboard';
import { t, uiLanguage } from '../platform/i18n';
import { openMailto } from '../platform/open';
import { newDraftId, type StoredPopupState } from '../platform/popup-draft';
import type { Draft } from '../platform/protocol';
import { send } from '../platform/send';
import { errorText } from '../ui/error-text';
import { gdapFieldView } from './gdap-field';
import { viewLinkCheck } from './link-check';
import { useDraft } from './use-draft';
import { useDuplicates } from './use-duplicates';

/** Longer than any double-click interval a desktop allows by default (500 ms on Windows). */
const DOUBLE_CLICK_MS = 1000;

export type Flash = { tone: 'ok' | 'error' | 'info'; text: string } | null;

const FIELD_IDS = {
  customerName: 'pp-customer-name',
  customerEmail: 'pp-customer-email',
  customerDomain: 'pp-customer-domain',
} as const;

/**
 * The draft reconciled with the template's latest output and links (core/compose.ts
 * reconcileDraft); null when nothing changes.
 */
function reconciled(
  d: ComposeDraft,
  rendering: { subject: string; text: string },
  link: string,
  gdapLink: string,
): ComposeDraft | null {
  const r = reconcileDraft(d, { subject: rendering.subject, text: rendering.text, link, gdapLink }).draft;
  const same =
    r.text === d.text &&
    r.subject === d.subject &&
    r.link === d.link &&
    (r.gdapLink ?? '') === d.gdapLink &&
    r.renderedText === d.renderedText &&
    r.renderedSubject === d.renderedSubject;
  return same ? null : { ...d, ...r, gdapLink: r.gdapLink ?? '' };
}

export function useCompose(props: {
  settings: Settings | null;
  /** What storage held when the popup opened; null: read it now. */
  stored: StoredPopupState | null;
  resend: Invitation | null;
  onResendTaken: () => void;
  onRecorded: () => void;
}) {
  const { settings, resend, onResendTaken, onRecorded } = props;
  const profile = settings?.profile ?? null;
  const [flash, setFlash] = useState<Flash>(null);
  const [busy, setBusy] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  // The draft's rendering for "Insert invitation" needs what this render computes below.
  const forInsert = useRef<(d: ComposeDraft) => Draft | null>(() => null);
  const store = useDraft(props.stored, (d) => forInsert.current(d));
  const { draft, loaded, change } = store;

  // The draft's own choice, else the partner's default, else the UI's language (nothing is stored).
  const language: Language = draft.language ?? emailLanguage(settings?.defaults.language, uiLanguage());
  const custom = settings?.templates[language];
  const template = useMemo(() => custom ?? defaultTemplate(language), [custom, language]);
  const cloud = profile?.cloud ?? 'public';
  const forced = CLOUDS[cloud].dapRequired;
  const dap = effectiveDap(cloud, draft.dap);
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
  const ctx: SendContext = useMemo(
    () => ({ cloud, dap, link, gdapLink, language }),
    [cloud, dap, link, gdapLink, language],
  );

  // The template's output for the current details, and the draft as shown: the latest output
  // unless the partner edited it (reconcileDraft). Computed here rather than after an effect,
  // so the link status never shows a verdict on text that is about to be replaced.
  const rendering = useMemo(() => (data.link ? renderInvitation(template, data) : null), [template, data]);
  const shown: ComposeDraft = useMemo(() => {
    if (!loaded || !rendering) return draft;
    const r = reconciled(draft, rendering, link, gdapLink);
    return r ?? draft;
  }, [draft, loaded, rendering, link, gdapLink]);
  // ...and stored, recomputed from the latest draft (the partner may have typed meanwhile).
  useEffect(() => {
    if (!loaded || !rendering) return;
    change((d) => reconciled(d, rendering, link, gdapLink) ?? d, 'page');
  }, [loaded, rendering, link, gdapLink, change]);
  // Edited, and the template now says something else: offer "Regenerate" (edits are kept).
  const edited = isEdited(shown);
  const stale = Boolean(
    rendering && edited && (rendering.text !== shown.renderedText || rendering.subject !== shown.renderedSubject),
  );

  // A fresh draft starts from the partner's default for delegated admin.
  const { restored, touched } = store;
  useEffect(() => {
    if (loaded && settings && !restored && !touched)
      change((d) => (d.dap === settings.defaults.dap ? d : { ...d, dap: settings.defaults.dap }), 'page');
  }, [loaded, settings, restored, touched, change]);

  // Each expected link judged on its own: the other one is not a conflict. A broken GDAP link,
  // or a GDAP field holding something else, blocks sending as a broken reseller link does.
  const check = useMemo(
    () => (link ? viewLinkCheck(checkTextLink(shown.text, link, { others: gdapLink ? [gdapLink] : [] })) : null),
    [shown.text, link, gdapLink],
  );
  const gdapCheck = useMemo(
    () => (link && gdapLink ? viewLinkCheck(checkTextLink(shown.text, gdapLink, { others: [link] })) : null),
    [shown.text, link, gdapLink],
  );
  const linksIntact = (check?.intact ?? false) && (gdapCheck?.intact ?? true);
  const intact = linksIntact && gdap.error === null;
  // An override covers the problem the partner looked at, not a later one.
  useEffect(() => {
    if (intact && draft.override) change((d) => ({ ...d, override: false }), 'page');
  }, [intact, draft.override, change]);

  const mailto = useMemo(
    () => buildMailto({ to: shown.customerEmail.trim(), subject: shown.subject, body: shown.text }),
    [shown.customerEmail, shown.subject, shown.text],
  );
  const problems: CustomerProblems = showProblems ? checkCustomer(shown) : {};
  const foreign = Boolean(profile && isForeignCustomer(profile.country, shown.customerCountry));

  // The draft's own record, and the invitation it follows up, are not duplicates of it.
  const dupes = useDuplicates(shown.customerEmail, shown.customerDomain, [
    draft.id,
    ...(draft.followUpOf ? [draft.followUpOf.id] : []),
  ]);
  const target = followUpTarget(shown, dupes.duplicates);

  forInsert.current = (d) => {
    if ((!d.customerName.trim() && !d.customerEmail.trim()) || !d.link) return null;
    const record = recordPlan(d, ctx, dupes.duplicates);
    return {
      customerName: d.customerName,
      customerEmail: d.customerEmail,
      subject: d.subject,
      text: d.text,
      html: htmlForText(d.text, { ...data, customerName: d.customerName, link: d.link, gdapLink: d.gdapLink }),
      link: d.link,
      ...(d.gdapLink ? { gdapLink: d.gdapLink } : {}),
      draftId: d.id,
      ...(record ? { record } : {}),
    };
  };

  /** Record `plan` for draft `id`; null when the worker confirmed it, else the error to show. */
  const record = useCallback(
    async (id: string, plan: RecordPlan): Promise<string | null> => {
      try {
        if (plan.kind === 'new')
          await send({ type: 'invitation/record', id: plan.id, invitation: plan.invitation }, { retries: 2 });
        else await send({ type: 'invitation/follow-up', id: plan.id, ref: plan.ref }, { retries: 2 });
        change((d) => (d.id === id ? recorded(d, plan) : d), 'page');
        dupes.refresh();
        onRecorded();
        return null;
      } catch (e) {
        const error = errorText(e);
        change((d) => (d.id === id ? recordFailed(d, error) : d), 'page');
        return error;
      }
    },
    [change, dupes, onRecorded],
  );

  // An email that left the extension but is not confirmed as recorded (the popup closed before
  // the worker answered, or it failed): try again once when the popup opens.
  const retried = useRef(false);
  const { ensure } = dupes;
  useEffect(() => {
    if (retried.current || !loaded || !link || !shown.sent || shown.sent.recorded) return;
    retried.current = true;
    void ensure().then((found) => {
      const plan = recordPlan(shown, ctx, found);
      if (plan) void record(shown.id, plan);
    });
  }, [loaded, link, shown, ctx, ensure, record]);

  /** Shows what is wrong with the customer fields and moves focus there; true when they can be recorded. */
  const validate = (message: string): boolean => {
    const found = checkCustomer(shown);
    if (Object.keys(found).length === 0) return true;
    setShowProblems(true);
    setFlash({ tone: 'error', text: message });
    const first = (['customerName', 'customerEmail', 'customerDomain'] as const).find((k) => found[k]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
    return false;
  };

  /** The email leaves the extension: copy or mail app. It is recorded at once (the tracking loop). */
  const handOff = async (via: 'copy' | 'mail') => {
    if (!validate(t('popup_fix_fields_send'))) return;
    setBusy(true);
    setFlash(null);
    const sending = shown;
    const before = sending.sent;
    // Saved before anything is awaited: if the popup closes from here on, its next open records it.
    change((d) => (d.id === sending.id ? handedOff(d, via, Date.now()) : d));
    try {
      if (via === 'copy') {
        try {
          await copyRich(sending.text, htmlForText(sending.text, data));
        } catch (e) {
          // Nothing left the extension after all.
          change((d) => (d.id === sending.id ? { ...d, sent: before } : d));
          setFlash({ tone: 'error', text: t('popup_copy_failed', errorText(e)) });
          return;
        }
      }
      const plan = recordPlan(sending, ctx, await ensure());
      // The mail app's tab takes the focus and closes the popup: record before opening it.
      const error = plan ? await record(sending.id, plan) : null;
      if (via === 'mail') {
        try {
          await openMailto(mailto.url);
        } catch (e) {
          // Nothing opened: an invitation recorded only for this is taken back.
          if (plan?.kind === 'new' && !error && !before?.recorded) {
            await send({ type: 'invitation/delete', ids: [plan.id] }).catch(() => undefined);
            change((d) => (d.id === sending.id ? { ...d, sent: before } : d), 'page');
            onRecorded();
          }
          setFlash({ tone: 'error', text: t('popup_mail_failed', errorText(e)) });
          return;
        }
      }
      if (!error) setFlash({ tone: 'ok', text: via === 'copy' ? t('popup_copied') : t('popup_mail_opened') });
    } finally {
      setBusy(false);
    }
  };

  // When the last Done emptied the form: the second click of a double-click lands on the empty
  // form and must not replace "recorded" with "fill in the fields".
  const doneAt = useRef(0);

  /** Done: record (again: the same draft is the same record) and start the next invitation. */
  const done = async () => {
    const blank = !shown.customerName.trim() && !shown.customerEmail.trim();
    if (blank && Date.now() - doneAt.current < DOUBLE_CLICK_MS) return;
    if (!validate(t('popup_fix_fields'))) return;
    setBusy(true);
    try {
      const plan = recordPlan(shown, ctx, await ensure());
      if (!plan) return;
      const error = await record(shown.id, plan);
      if (error) {
        setFlash({ tone: 'error', text: t('popup_record_failed', error) });
        return;
      }
      setFlash({
        tone: 'ok',
        text:
          plan.kind === 'follow-up'
            ? t('popup_followup_recorded', plan.customerName)
            : t('popup_recorded', shown.customerName.trim()),
      });
      setShowProblems(false);
      store.reset(settings?.defaults.dap ?? false);
      doneAt.current = Date.now();
      // Ready for the next customer.
      document.getElementById(FIELD_IDS.customerName)?.focus();
    } finally {
      setBusy(false);
    }
  };

  /** "Try again" on a hand-off that is not recorded. */
  const retry = async () => {
    if (!validate(t('popup_fix_fields'))) return;
    setBusy(true);
    try {
      const plan = recordPlan(shown, ctx, await ensure());
      if (plan) await record(shown.id, plan);
    } finally {
      setBusy(false);
    }
  };

  /** "Not sent": the new record this draft made is removed; the draft stays for later. */
  const discard = async () => {
    setBusy(true);
    try {
      await send({ type: 'invitation/delete', ids: [shown.id] });
      change((d) => (d.id === shown.id ? { ...d, sent: null } : d));
      setFlash({ tone: 'info', text: t('popup_discarded', shown.customerName.trim()) });
      dupes.refresh();
      onRecorded();
    } catch (e) {
      setFlash({ tone: 'error', text: t('popup_action_failed', errorText(e)) });
    } finally {
      setBusy(false);
    }
  };

  // "Resend" from the Pending tab: the email as last sent, for the same customer. A draft that
  // left the extension and is not recorded yet is not replaced: it would vanish.
  useEffect(() => {
    const inv = resend;
    if (!inv || !loaded) return;
    onResendTaken();
    if (draft.sent && !draft.sent.recorded) {
      setFlash({ tone: 'error', text: t('popup_resend_blocked', draft.customerName.trim()) });
      return;
    }
    change(() => resendDraft(newDraftId(), inv, Date.now()));
    setShowProblems(false);
    setFlash({ tone: 'info', text: t('popup_resend_loaded', inv.customerName) });
  }, [resend, loaded, onResendTaken, change, draft.sent, draft.customerName]);

  return {
    loaded: loaded && settings !== null,
    draft: shown,
    link,
    linkError: linkResult && !linkResult.ok ? linkResult : null,
    cloud,
    forced,
    dap,
    language,
    check,
    gdap,
    gdapCheck,
    linksIntact,
    intact,
    edited,
    stale,
    mailto,
    problems,
    foreign,
    partnerCountry: profile?.country ?? '',
    duplicates: dupes.duplicates,
    target,
    /** The customer fields can be recorded. */
    planReady: Object.keys(checkCustomer(shown)).length === 0,
    flash,
    busy,
    onCustomer: (patch: CustomerPatch) => {
      setFlash(null);
      change((d) => withCustomer(d, patch, newDraftId));
    },
    setDap: (on: boolean) => change((d) => ({ ...d, dap: on })),
    setLanguage: (v: Language) => change((d) => ({ ...d, language: v })),
    setGdapInput: (v: string) => {
      setFlash(null);
      change((d) => ({ ...d, gdapInput: v }));
    },
    setSubject: (v: string) => change((d) => ({ ...d, subject: v })),
    setText: (v: string) => change((d) => ({ ...d, text: v })),
    setOverride: (on: boolean) => change((d) => ({ ...d, override: on })),
    // A deleted link goes back where the template put it (the rendering the partner started from).
    restoreLink: () =>
      change((d) => ({
        ...d,
        text: restoreTextLink(d.text, link, {
          others: gdapLink ? [gdapLink] : [],
          place: textLinkPlace(d.renderedText, link),
        }),
      })),
    restoreGdapLink: () =>
      change((d) => ({
        ...d,
        text: restoreTextLink(d.text, gdapLink, { others: [link], place: textLinkPlace(d.renderedText, gdapLink) }),
      })),
    regenerate: () => {
      if (rendering)
        change((d) => ({
          ...d,
          subject: rendering.subject,
          text: rendering.text,
          renderedSubject: rendering.subject,
          renderedText: rendering.text,
          link,
          gdapLink,
        }));
    },
    /** The duplicate warning: keep this a new invitation beside the pending ones, or not. */
    keepApart: (apart: boolean) => change((d) => ({ ...d, newBeside: apart ? dupes.duplicates.map((x) => x.id) : [] })),
    copy: () => void handOff('copy'),
    openMail: () => void handOff('mail'),
    done: () => void done(),
    retry: () => void retry(),
    discard: () => void discard(),
  };
}
