// The compose draft's state and its life outside the page: restored from storage.session when
// the popup opens, saved back (and shared with "Insert invitation" through 'draft/set') shortly
// after each change, because closing the popup destroys the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../platform/send';
import { loadPopupDraft, savePopupDraft, type PopupDraft } from '../platform/popup-draft';

const SAVE_DELAY_MS = 300;

export function emptyDraft(dap: boolean): PopupDraft {
  return {
    customerName: '',
    customerEmail: '',
    customerDomain: '',
    domainTouched: false,
    customerCountry: '',
    dap,
    language: null,
    subject: '',
    text: '',
    renderedSubject: '',
    renderedText: '',
    link: '',
    gdapInput: '',
    gdapLink: '',
    override: false,
    resendOf: null,
  };
}

export function useStoredDraft() {
  const [draft, setDraft] = useState<PopupDraft>(() => emptyDraft(false));
  const [loaded, setLoaded] = useState(false);
  /** The partner changed something in this page (a late restore must not overwrite it). */
  const touched = useRef(false);
  /** The draft came from the last popup session (its DAP choice stands). */
  const fromStore = useRef(false);

  useEffect(() => {
    void loadPopupDraft().then((stored) => {
      if (stored && !touched.current) {
        fromStore.current = true;
        setDraft(stored);
      }
      setLoaded(true);
    });
  }, []);

  const update = (patch: Partial<PopupDraft>) => {
    touched.current = true;
    setDraft((d) => ({ ...d, ...patch }));
  };

  /** Start again (after Done): an empty draft that is saved like any change. */
  const reset = (dap: boolean) => {
    touched.current = true;
    fromStore.current = false;
    setDraft(emptyDraft(dap));
  };

  return { draft, setDraft, update, reset, loaded, touched, fromStore };
}

/** Save `draft` and share it with the worker SAVE_DELAY_MS after the last change; `html` renders its HTML twin. */
export function useDraftSaving(draft: PopupDraft, enabled: boolean, html: (d: PopupDraft) => string): void {
  // The latest renderer, read when the timer fires: a new function each render must not restart the timer.
  const render = useRef(html);
  render.current = html;
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => {
      void savePopupDraft(draft).catch(() => undefined);
      const empty = !draft.customerName && !draft.customerEmail && !draft.text;
      void send({
        type: 'draft/set',
        draft: empty
          ? null
          : {
              customerName: draft.customerName,
              customerEmail: draft.customerEmail,
              subject: draft.subject,
              text: draft.text,
              html: render.current(draft),
              link: draft.link,
              ...(draft.gdapLink ? { gdapLink: draft.gdapLink } : {}),
            },
      }).catch((e: unknown) => console.warn('Partner Invite: could not share the draft', e));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, enabled]);
}
