// The invitations table: search, status filter, keyset paging, row selection and bulk actions.
// Reads IndexedDB directly (one page at a time, never the whole store); every change goes to
// the service worker through send(), which validates it and updates the badge.
import { Fragment } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { invitationStatusSchema, type Invitation, type InvitationStatus, type PartName } from '../../core/invitation';
import { onInvitationsChanged, openDb, searchInvitations, type PageCursor } from '../../platform/db';
import { send } from '../../platform/send';
import { Button, Notice, SelectField, StatusBadge, TextField } from '../../ui';
import { t, tPlural } from '../../platform/i18n';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDate, partTitle, statusLabel, STATUS_TONE } from '../format';
import { InvitationDetail } from '../components/InvitationDetail';
import { PartsSummary } from '../components/PartsSummary';
import { errorText } from '../../ui/error-text';

const TRACKER_PAGE_SIZE = 25;

type Status = { tone: 'ok' | 'error'; text: string } | null;
type Filter = InvitationStatus | '';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

export function TrackerSection() {
  const [text, setText] = useState('');
  const [filter, setFilter] = useState<Filter>('');
  const query = useDebounced(text, 200);
  // Cursors of the pages before the current one (the first page has none).
  const [cursors, setCursors] = useState<(PageCursor | undefined)[]>([undefined]);
  const [rows, setRows] = useState<Invitation[] | null>(null);
  const [next, setNext] = useState<PageCursor | undefined>(undefined);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const after = cursors[cursors.length - 1];

  const load = useCallback(async () => {
    const db = await openDb();
    const page = await searchInvitations(db, {
      text: query,
      limit: TRACKER_PAGE_SIZE,
      ...(filter ? { status: filter } : {}),
      ...(after ? { after } : {}),
    });
    setRows(page.rows);
    setNext(page.next);
    // Keep only selections still on screen: a bulk action never touches rows the user cannot see.
    setSelected((s) => new Set(page.rows.filter((r) => s.has(r.id)).map((r) => r.id)));
  }, [query, filter, after]);

  useEffect(() => {
    load().catch((e: unknown) => setStatus({ tone: 'error', text: t('tracker_loadFailed', errorText(e)) }));
  }, [load]);

  // Records change from the popup, the alarm and other tabs too: the worker announces every
  // write, and the current page is read again (cheap: one page through an index).
  useEffect(() => onInvitationsChanged(() => void load()), [load]);

  const restart = () => {
    setCursors([undefined]);
    setStatus(null);
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });

  const ids = [...selected];
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus({ tone: 'ok', text: await work() });
      setSelected(new Set());
      await load();
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const act = (action: 'accept' | 'cancel' | 'reopen') =>
    run(async () => {
      const { changed } = await send({ type: 'invitation/act', ids, action });
      return tPlural('tracker_changed', ids.length, [String(changed)]);
    });
  // One part of one invitation, from its details: reseller acceptance or GDAP approval.
  const actOnPart = (inv: Invitation, action: 'accept' | 'reopen', part: PartName) =>
    void run(async () => {
      await send({ type: 'invitation/act', ids: [inv.id], action, part });
      return t(action === 'accept' ? 'tracker_partDone' : 'tracker_partReopened', [partTitle(part), inv.customerName]);
    });
  const now = Date.now();
  const remove = () => {
    setConfirming(false);
    void run(async () => {
      const { deleted } = await send({ type: 'invitation/delete', ids });
      return tPlural('tracker_deleted', deleted);
    });
  };

  const allOnPage = rows !== null && rows.length > 0 && rows.every((r) => selected.has(r.id));
  const none = ids.length === 0 || busy;

  return (
    <section class="opt-card" aria-labelledby="tracker-title">
      <h2 id="tracker-title">{t('tracker_title')}</h2>
      <p class="opt-card__lead">{t('tracker_lead')}</p>
      <div class="opt-toolbar" role="search">
        <TextField
          id="tracker-search"
          type="search"
          label={t('tracker_search')}
          hint={t('tracker_searchHint')}
          value={text}
          onValue={(v) => {
            setText(v);
            restart();
          }}
        />
        <SelectField
          id="tracker-filter"
          label={t('tracker_filter')}
          value={filter}
          onValue={(v) => {
            const parsed = invitationStatusSchema.safeParse(v);
            setFilter(parsed.success ? parsed.data : '');
            restart();
          }}
          options={[
            { value: '', label: t('tracker_filterAll') },
            ...invitationStatusSchema.options.map((s) => ({ value: s, label: statusLabel(s) })),
          ]}
        />
      </div>
      <div class="opt-bulk" role="group" aria-label={t('tracker_bulk')}>
        <span class="opt-muted opt-small" aria-live="polite">
          {tPlural('tracker_selectedCount', ids.length)}
        </span>
        <Button small disabled={none} onClick={() => void act('accept')}>
          {t('tracker_markAccepted')}
        </Button>
        <Button small disabled={none} onClick={() => void act('cancel')}>
          {t('tracker_cancel')}
        </Button>
        <Button small disabled={none} onClick={() => void act('reopen')}>
          {t('tracker_reopen')}
        </Button>
        <Button small variant="danger" disabled={none} onClick={() => setConfirming(true)}>
          {t('tracker_delete')}
        </Button>
      </div>
      {status && (
        <Notice tone={status.tone} role={status.tone === 'error' ? 'alert' : 'status'}>
          {status.text}
        </Notice>
      )}
      <div class="opt-table-wrap">
        <table class="opt-table" aria-label={t('tracker_tableLabel')} aria-busy={rows === null}>
          <thead>
            <tr>
              <th class="opt-sel" scope="col">
                <input
                  type="checkbox"
                  aria-label={t('tracker_selectPage')}
                  checked={allOnPage}
                  disabled={!rows?.length}
                  onChange={(e) =>
                    setSelected(e.currentTarget.checked && rows ? new Set(rows.map((r) => r.id)) : new Set())
                  }
                />
              </th>
              <th scope="col">{t('tracker_colCustomer')}</th>
              <th scope="col">{t('tracker_colDomain')}</th>
              <th scope="col">{t('tracker_colStatus')}</th>
              <th scope="col">{t('tracker_colSent')}</th>
              <th scope="col">{t('tracker_colDue')}</th>
              <th scope="col">{t('tracker_colHistory')}</th>
            </tr>
          </thead>
          <tbody>
            {rows?.length === 0 && (
              <tr>
                <td colSpan={7} class="opt-muted">
                  {query || filter ? t('tracker_noMatch') : t('tracker_empty')}
                </td>
              </tr>
            )}
            {rows?.map((r) => (
              <Fragment key={r.id}>
                <tr data-id={r.id}>
                  <td class="opt-sel">
                    <input
                      type="checkbox"
                      aria-label={t('tracker_selectRow', r.customerName)}
                      checked={selected.has(r.id)}
                      onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                    />
                  </td>
                  <td>
                    <div>{r.customerName}</div>
                    <div class="opt-muted opt-small">{r.customerEmail}</div>
                  </td>
                  <td>{r.customerDomain}</td>
                  <td>
                    <StatusBadge tone={STATUS_TONE[r.status]}>{statusLabel(r.status)}</StatusBadge>
                    <PartsSummary inv={r} now={now} />
                  </td>
                  <td>{formatDate(r.createdAt)}</td>
                  <td>{r.dueAt === null ? '—' : formatDate(r.dueAt)}</td>
                  <td>
                    <Button
                      small
                      variant="ghost"
                      onClick={() => setOpen(open === r.id ? null : r.id)}
                      label={t('tracker_historyOf', r.customerName)}
                    >
                      {open === r.id ? t('tracker_hide') : t('tracker_show', String(r.history.length))}
                    </Button>
                  </td>
                </tr>
                {open === r.id && (
                  <tr>
                    <td />
                    <td colSpan={6}>
                      <InvitationDetail
                        inv={r}
                        now={now}
                        busy={busy}
                        onAct={(action, part) => actOnPart(r, action, part)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <div class="opt-footer">
        <Button small disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('tracker_prev')}
        </Button>
        <span class="opt-muted opt-small">{t('tracker_page', String(cursors.length))}</span>
        <Button small disabled={!next} onClick={() => setCursors((c) => [...c, next])}>
          {t('tracker_next')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('tracker_confirmTitle')}
        confirmLabel={t('tracker_confirmDelete', String(ids.length))}
        cancelLabel={t('tracker_keep')}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <p>{tPlural('tracker_confirmText', ids.length)}</p>
      </ConfirmDialog>
    </section>
  );
}
