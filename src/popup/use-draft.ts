// The compose draft's state and its life outside the page. Restored from storage.session when
// the popup opens; every change is written through at once, in the same call that changes the
// state (not in an effect after the next paint): the popup closes on blur and destroys the page,
// and a keystroke typed just before must not be lost.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { emptyDraft, withInsertReport, type ComposeDraft } from '../core/compose-draft';
import {
  loadPopupState,
  newDraftId,
  onInsertReport,
  savePopupDraft,
  type StoredPopupState,
} from '../platform/popup-draft';
import type { Draft } from '../platform/protocol';

export type DraftStore = {
  draft: ComposeDraft;
  /** The stored draft has been read (or there was none). */
  loaded: boolean;
  /** The draft came from an earlier popup session (its own DAP choice stands). */
  restored: boolean;
  /** The partner changed something in this page. */
  touched: boolean;
  /** Apply a change and save it; `by` says whether the partner made it (false: the page itself). */
  change: (fn: (d: ComposeDraft) => ComposeDraft, by?: 'partner' | 'page') => void;
  /** Start the next invitation: a new id, an empty form. */
  reset: (dap: boolean) => void;
};

/**
 * `stored` is what storage held when the popup opened (null: read it now); `forInsert` renders
 * the draft for "Insert invitation" (null: nothing to insert), the latest one at each save.
 */
export function useDraft(stored: StoredPopupState | null, forInsert: (d: ComposeDraft) => Draft | null): DraftStore {
  const [first] = useState(() => (stored?.draft ? withInsertReport(stored.draft, stored.report) : null));
  const [draft, setDraft] = useState<ComposeDraft>(() => first ?? emptyDraft(newDraftId(), false));
  const [loaded, setLoaded] = useState(stored !== null);
  const [restored, setRestored] = useState(first !== null);
  const [touched, setTouched] = useState(false);
  // The latest draft and renderer, for changes made outside a render (events, async work).
  const current = useRef(draft);
  const render = useRef(forInsert);
  render.current = forInsert;
  const touchedRef = useRef(false);
  const restoredRef = useRef(first !== null);
  const given = useRef(stored !== null);

  const save = useCallback((d: ComposeDraft) => {
    savePopupDraft(d, render.current(d)).catch((e: unknown) =>
      console.warn('Partner Invite: could not save the draft', e),
    );
  }, []);

  const change = useCallback(
    (fn: (d: ComposeDraft) => ComposeDraft, by: 'partner' | 'page' = 'partner') => {
      const next = fn(current.current);
      if (next === current.current) return;
      current.current = next;
      setDraft(next);
      if (by === 'partner' && !touchedRef.current) {
        touchedRef.current = true;
        setTouched(true);
      }
      // A draft the partner has not touched (the template for nobody yet) is not kept.
      if (touchedRef.current || restoredRef.current) save(next);
    },
    [save],
  );

  // The report merged into the draft given at start is saved with it.
  useEffect(() => {
    if (first && stored?.draft && first !== stored.draft) save(first);
  }, [first, stored, save]);

  useEffect(() => {
    let live = true;
    if (!given.current)
      void loadPopupState().then(({ draft: saved, report }) => {
        if (!live) return;
        // A late restore must not overwrite what the partner already typed in this page.
        if (saved && !touchedRef.current) {
          const next = withInsertReport(saved, report);
          current.current = next;
          restoredRef.current = true;
          setDraft(next);
          setRestored(true);
          if (next !== saved) save(next);
        }
        setLoaded(true);
      });
    // The worker records an insertion made while the popup is open in a tab: show it.
    const off = onInsertReport((report) => change((d) => withInsertReport(d, report), 'page'));
    return () => {
      live = false;
      off();
    };
  }, [change, save]);

  const reset = useCallback(
    (dap: boolean) => {
      setRestored(false);
      change(() => emptyDraft(newDraftId(), dap));
    },
    [change],
  );

  return { draft, loaded, restored, touched, change, reset };
}
