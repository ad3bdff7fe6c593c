// The Pending tab: a search box over the list (name, email or domain; legal forms and accents
// do not matter), then due invitations first, 50 at a time, from the worker. Actions go to the
// worker too and the list reloads from the top afterwards.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Invitation } from '../../core/invitation';
import { send } from '../../platform/send';
import { Button, Notice, TextField } from '../../ui';
import { t, tPlural } from '../../platform/i18n';
import { PAGE_SIZE, usePendingPages } from '../use-pending';
import { PendingRow } from './PendingRow';
import { errorText } from '../../ui/error-text';

const DAY = 86_400_000;
const SEARCH_DELAY_MS = 200;

export function PendingView(props: { onResend: (inv: Invitation) => void; onChanged: () => void }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const pages = usePendingPages(query);
  const [flash, setFlash] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  // The acted-on row disappears on reload; focus goes to the list so the keyboard user is not dropped to <body>.
  const list = useRef<HTMLUListElement>(null);
  const now = Date.now();

  const act = async (inv: Invitation, action: 'accept' | 'approve-gdap' | 'snooze', days?: number) => {
    try {
      await send({
        type: 'invitation/act',
        ids: [inv.id],
        // Accept marks the reseller part; the GDAP request is approved on its own.
        ...(action === 'snooze'
          ? { action, until: Date.now() + (days ?? 0) * DAY }
          : { action: 'accept', part: action === 'accept' ? 'reseller' : 'gdap' }),
      });
      setFlash({
        tone: 'ok',
        text:
          action === 'accept'
            ? t('popup_marked_accepted', inv.customerName)
            : action === 'approve-gdap'
              ? t('popup_gdap_marked', inv.customerName)
              : tPlural('popup_snoozed', days ?? 0, [inv.customerName]),
      });
      pages.reload();
      props.onChanged();
      list.current?.focus();
    } catch (e) {
      setFlash({ tone: 'error', text: t('popup_action_failed', errorText(e)) });
    }
  };

  const searching = query.trim() !== '';
  return (
    <div class="pp-pending">
      <div class="pp-pending__search" role="search">
        <TextField
          id="pp-search"
          type="search"
          label={t('popup_search')}
          value={text}
          onValue={setText}
          maxLength={200}
        />
      </div>
      <div class="pp-scroll">
        {flash ? (
          <Notice tone={flash.tone} role={flash.tone === 'error' ? 'alert' : 'status'}>
            {flash.text}
          </Notice>
        ) : null}
        {pages.error ? (
          <Notice tone="error" role="alert">
            {t('popup_pending_failed', pages.error)}
          </Notice>
        ) : null}
        {!pages.loading && pages.rows.length === 0 && !pages.error ? (
          <p class="pp-empty" role="status">
            {searching ? t('popup_search_none', query.trim()) : t('popup_pending_empty')}
          </p>
        ) : null}
        <ul class="pp-list" ref={list} tabIndex={-1} aria-label={t('popup_tab_pending')} aria-busy={pages.loading}>
          {pages.rows.map((inv) => (
            <PendingRow
              key={inv.id}
              inv={inv}
              now={now}
              onAccept={() => void act(inv, 'accept')}
              onGdapApproved={() => void act(inv, 'approve-gdap')}
              onSnooze={(days) => void act(inv, 'snooze', days)}
              onResend={() => props.onResend(inv)}
            />
          ))}
        </ul>
        {pages.next ? (
          <Button onClick={pages.more} disabled={pages.loading}>
            {tPlural('popup_pending_more', PAGE_SIZE)}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
