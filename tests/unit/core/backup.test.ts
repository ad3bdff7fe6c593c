import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_BETWEEN,
  BACKUP_CLOSING,
  BACKUP_VERSION,
  backupFileName,
  backupOpening,
  backupRows,
  checkBackupRow,
  checkHead,
  checkSettings,
  notABackup,
  settingsEqual,
} from '../../../src/core/backup';
import { BackupReader } from '../../../src/core/backup-reader';
import { applyAction, createInvitation } from '../../../src/core/lifecycle';
import type { Settings } from '../../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../../src/core/settings-layout';
import type { Invitation } from '../../../src/core/invitation';
import { DIRECT_DAP as LINK, GDAP_ADMIN } from '../../fixtures/links';
import { newInvitation } from '../../support/invitations';

const T0 = Date.UTC(2026, 2, 1, 12, 0, 0);
const cadence = { firstFollowUpDays: 3, followUpEveryDays: 7 };
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  templates: { it: { subject: 'Invito', body: 'Ciao {{customerName}}\n\n{{link}}' } },
};

function invitation(id: string, at = T0, kind: 'reseller' | 'gdap' = 'reseller'): Invitation {
  const link = kind === 'gdap' ? GDAP_ADMIN : LINK;
  return createInvitation(newInvitation(`Customer ${id}`, { dap: true, kind, link }), at, cadence, id);
}

const ctx = (version = BACKUP_VERSION) => ({
  now: T0 + 1000,
  exportedAt: T0,
  version,
  seen: new Map<string, number>(),
});

describe('writing and reading a backup', () => {
  it('the pieces make one JSON file the streaming reader reads back, row for row', () => {
    const rows = [invitation('a'), invitation('b', T0, 'gdap')];
    const accepted = applyAction(rows[0]!, 'accept', T0 + 5, cadence);
    if (accepted.ok) rows[0] = accepted.value;
    const quarantined = [
      { key: '1:x', id: 'x', fromVersion: 1, toVersion: 3, reason: 'status: bad', at: T0, row: { id: 'x' } },
    ];
    const text =
      backupOpening(settings, T0) +
      backupRows(rows.slice(0, 1), true) +
      backupRows(rows.slice(1), false) +
      BACKUP_BETWEEN +
      backupRows(quarantined, true) +
      BACKUP_CLOSING;
    expect(JSON.parse(text)).toEqual({
      format: 'partner-invite-backup',
      version: BACKUP_VERSION,
      exportedAt: '2026-03-01T12:00:00.000Z',
      settings,
      invitations: rows,
      quarantine: quarantined,
    });
    const reader = new BackupReader();
    const events = [...reader.push(text), ...reader.end()];
    const items = events.flatMap((e) =>
      e.type === 'item' && e.array === 'invitations' ? [JSON.parse(e.text) as unknown] : [],
    );
    expect(items.map((r, i) => checkBackupRow(r, i + 1, ctx()))).toEqual(rows.map((value) => ({ ok: true, value })));
    expect(backupFileName(T0)).toBe('partner-invite-backup-2026-03-01.json');
  });
});

describe('a file that is not a backup', () => {
  it('says what it is instead', () => {
    expect(notABackup('  ').code).toBe('empty');
    expect(notABackup('hello there').code).toBe('not-json');
    expect(notABackup('Company name,Primary domain name\nA,a.com')).toMatchObject({
      code: 'csv',
      error: expect.stringContaining('Partner Center customer list'),
    });
    expect(notABackup('[1,2,3]').code).toBe('foreign');
    expect(checkHead({ format: 'other-backup', version: 1 })).toMatchObject({ ok: false, code: 'foreign' });
    expect(checkHead({ format: 'partner-invite-backup', version: '1' })).toMatchObject({
      ok: false,
      code: 'bad-version',
    });
    expect(checkHead({ format: 'partner-invite-backup', version: BACKUP_VERSION + 1 })).toMatchObject({
      ok: false,
      code: 'newer-version',
      error: expect.stringContaining(`format ${BACKUP_VERSION + 1}`),
    });
    expect(checkHead({ format: 'partner-invite-backup', version: 1, exportedAt: '2026-03-01T12:00:00.000Z' })).toEqual({
      ok: true,
      exportedAt: T0,
      version: 1,
    });
  });
});

describe('checkBackupRow', () => {
  it('refuses a planted link, a link of the other kind, absurd dates and repeated ids, with the reason', () => {
    const c = ctx();
    const refusal = (raw: unknown, index = 9) => {
      const r = checkBackupRow(raw, index, c);
      return r.ok ? null : r.refusal;
    };
    expect(checkBackupRow(invitation('good'), 1, c).ok).toBe(true);
    expect(refusal({ ...invitation('js'), link: 'javascript:alert(1)' })).toMatchObject({ code: 'link', id: 'js' });
    expect(refusal({ ...invitation('evil'), link: 'https://evil.example/Adminportal/Home' })).toMatchObject({
      code: 'link',
    });
    expect(refusal({ ...invitation('kind', T0, 'gdap'), link: LINK })).toMatchObject({
      code: 'link',
      detail: 'a reseller link on a gdap invitation',
    });
    expect(refusal({ ...invitation('future'), updatedAt: 9e15 })).toMatchObject({ code: 'time', detail: 'updatedAt' });
    expect(refusal({ ...invitation('ancient'), createdAt: 0, updatedAt: 0 })).toMatchObject({
      code: 'time',
      detail: 'createdAt',
    });
    expect(refusal({ ...invitation('h'), history: [{ at: T0 + 400 * 86_400_000, event: 'created' }] })).toMatchObject({
      code: 'time',
      detail: 'history[0].at',
    });
    expect(refusal({ ...invitation('x'), status: 'lost' })).toMatchObject({
      code: 'invalid',
      detail: expect.stringMatching(/^status: /),
    });
    expect(refusal(invitation('good'), 7)).toEqual({ index: 7, id: 'good', code: 'duplicate-id', detail: '1' });
  });

  it('checkSettings names what is wrong instead of refusing the file', () => {
    expect(checkSettings(settings)).toEqual({ ok: true, value: settings });
    expect(checkSettings({ ...settings, notifications: 'yes' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^settings\.notifications: /),
    });
  });

  it('settingsEqual ignores key order', () => {
    const reordered = JSON.parse(
      JSON.stringify({
        templates: settings.templates,
        notifications: false,
        defaults: settings.defaults,
        profile: null,
      }),
    ) as Settings;
    expect(settingsEqual(settings, reordered)).toBe(true);
    expect(settingsEqual(settings, { ...settings, notifications: true })).toBe(false);
  });
});

describe("today's backups (format 1, before reseller and GDAP parts were tracked apart)", () => {
  const text = readFileSync(path.resolve('tests/fixtures/today/backup-format-1.json'), 'utf8');
  const written = JSON.parse(text) as { version: number; exportedAt: string; invitations: Record<string, unknown>[] };

  /** The file through the streaming reader and the row check, as the options page reads it. */
  function readAll(file: string) {
    const reader = new BackupReader();
    const events = [...reader.push(file), ...reader.end()];
    const fields: Record<string, unknown> = {};
    const rows: unknown[] = [];
    for (const e of events) {
      if (e.type === 'field') fields[e.key] = e.value;
      else if (e.type === 'item' && e.array === 'invitations') rows.push(JSON.parse(e.text));
    }
    const head = checkHead(fields);
    if (!head.ok) throw new Error(head.error);
    const c = { ...ctx(head.version), now: Date.now(), exportedAt: head.exportedAt };
    return rows.map((r, i) => checkBackupRow(r, i + 1, c));
  }

  it('reads every record with the same meaning: its status is its main part’s, and it has no GDAP part', () => {
    expect(written.version).toBe(1);
    const read = readAll(text);
    expect(read.every((r) => r.ok)).toBe(true);
    const values = read.flatMap((r) => (r.ok ? [r.value] : []));
    expect(values).toEqual(written.invitations.map((inv) => ({ ...inv, mainStatus: inv.status, gdap: null })));
    expect(values.find((i) => i.customerName === 'Litware')).toMatchObject({ kind: 'gdap', status: 'pending' });
  });

  it('comes back out as format 2, which reads back the same', () => {
    const values = readAll(text).flatMap((r) => (r.ok ? [r.value] : []));
    const again = backupOpening(settings, T0) + backupRows(values, true) + BACKUP_BETWEEN + BACKUP_CLOSING;
    expect(readAll(again).flatMap((r) => (r.ok ? [r.value] : []))).toEqual(values);
  });
});
