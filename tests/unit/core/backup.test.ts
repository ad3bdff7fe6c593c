import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_VERSION,
  backupFileName,
  backupSchema,
  makeBackup,
  parseBackup,
  planRestore,
  settingsEqual,
  type Backup,
} from '../../../src/core/backup';
import { LIFECYCLE_ACTIONS, applyAction, createInvitation } from '../../../src/core/lifecycle';
import type { Settings } from '../../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../../src/core/settings-layout';
import type { Invitation } from '../../../src/core/invitation';
import { DIRECT_DAP, PARTNER_TENANT } from '../../fixtures/links';
import { newInvitation } from '../../support/invitations';

const T0 = Date.UTC(2026, 2, 1, 12, 0, 0);
const cadence = { firstFollowUpDays: 3, followUpEveryDays: 7 };

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  profile: {
    companyName: 'Fabrikam CSP',
    partnerTenantId: PARTNER_TENANT,
    mpnId: '1234567',
    country: 'IT',
    cloud: 'public',
    indirectProviderTenantId: '',
    pastedLink: '',
  },
  templates: { it: { subject: 'Invito', body: 'Ciao {{customerName}}\n\n{{link}}' } },
};

function invitation(id: string, at = T0, over: Partial<Parameters<typeof createInvitation>[0]> = {}): Invitation {
  return createInvitation(newInvitation(`Customer ${id}`, { dap: true, link: DIRECT_DAP, ...over }), at, cadence, id);
}

function accepted(inv: Invitation, at: number): Invitation {
  const r = applyAction(inv, 'accept', at, cadence);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function parsed(text: string): Backup {
  const r = parseBackup(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
function failure(text: string) {
  const r = parseBackup(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}
const refused = (text: string): string => failure(text).error;

describe('makeBackup / parseBackup', () => {
  it('round-trips settings and invitations through JSON', () => {
    const invitations = [invitation('a'), accepted(invitation('b', T0 + 1, { kind: 'gdap' }), T0 + 5000)];
    const backup = makeBackup(invitations, settings, T0);
    expect(backup).toMatchObject({
      format: 'partner-invite-backup',
      version: BACKUP_VERSION,
      exportedAt: '2026-03-01T12:00:00.000Z',
    });
    expect(backupSchema.safeParse(backup).success).toBe(true);
    expect(parsed(JSON.stringify(backup))).toEqual(backup);
    expect(parsed('\uFEFF' + JSON.stringify(backup, null, 2))).toEqual(backup);
    expect(backupFileName(T0)).toBe('partner-invite-backup-2026-03-01.json');
  });

  it('refuses empty files and files that are not JSON', () => {
    expect(refused('  ')).toBe('The file is empty.');
    expect(refused('hello there')).toMatch(/^This file is not JSON/);
  });

  it('recognises a Customers.csv and points to the customer-list import', () => {
    const csv = readFileSync(new URL('../../fixtures/csv/partner-center.csv', import.meta.url), 'utf8');
    expect(refused(csv)).toBe(
      'This is a CSV file (a Partner Center customer list), not a backup. To mark accepted customers, use Import customer list instead.',
    );
  });

  it("refuses another app's JSON", () => {
    for (const foreign of [
      '{"version":1,"items":[]}',
      '[1,2,3]',
      '"text"',
      'null',
      '{"format":"other-backup","version":1}',
    ]) {
      expect(refused(foreign)).toMatch(/^This file is not a Partner Invite backup\./);
    }
  });

  it('refuses a backup from a newer version, naming both versions', () => {
    const newer = { ...makeBackup([], settings, T0), version: BACKUP_VERSION + 1 };
    expect(refused(JSON.stringify(newer))).toBe(
      `This backup was made by a newer version of Partner Invite (format ${BACKUP_VERSION + 1}; this one reads up to ${BACKUP_VERSION}). Update the extension, then import it again.`,
    );
    expect(refused(JSON.stringify({ ...newer, version: '1' }))).toMatch(/no valid format version/);
  });

  it('names the invalid record, its id and the zod path', () => {
    const good = makeBackup([invitation('a'), invitation('b'), invitation('c')], settings, T0);
    const broken = structuredClone(good) as unknown as { invitations: Record<string, unknown>[] };
    const third = broken.invitations[2];
    if (third === undefined) throw new Error('fixture');
    third.history = [{ at: -1, event: 'created' }];
    expect(refused(JSON.stringify(broken))).toMatch(
      /^Invitation 3 \(id "c"\) is invalid at history\[0\]\.at: .+\. Nothing was imported\.$/,
    );
    third.history = [];
    third.status = 'lost';
    expect(refused(JSON.stringify(broken))).toMatch(/^Invitation 3 \(id "c"\) is invalid at status: /);
  });

  it('gives a stable code, the record number and the zod path with every refusal', () => {
    const good = makeBackup([invitation('a'), invitation('b')], settings, T0);
    const broken = structuredClone(good) as unknown as { invitations: Record<string, unknown>[] };
    if (broken.invitations[1]) broken.invitations[1].followUps = -1;
    expect(failure(JSON.stringify(broken))).toMatchObject({ code: 'invalid-invitation', index: 2, path: 'followUps' });
    expect(failure('').code).toBe('empty');
    expect(failure('not json').code).toBe('not-json');
    expect(failure('Company name,Primary domain name\nA,a.com').code).toBe('csv');
    expect(failure('{"a":1}').code).toBe('foreign');
    expect(failure(JSON.stringify({ ...good, version: 0 })).code).toBe('bad-version');
    expect(failure(JSON.stringify({ ...good, version: 2 })).code).toBe('newer-version');
    expect(failure(JSON.stringify({ ...good, settings: { ...settings, notifications: 'yes' } }))).toMatchObject({
      code: 'invalid-settings',
      path: 'notifications',
    });
    expect(failure(JSON.stringify({ ...good, invitations: {} })).code).toBe('no-invitations');
    expect(failure(JSON.stringify({ ...good, invitations: [invitation('a'), invitation('a')] }))).toMatchObject({
      code: 'duplicate-id',
      index: 2,
    });
    expect(failure(JSON.stringify({ ...good, exportedAt: 5 }))).toMatchObject({ code: 'invalid', path: 'exportedAt' });
  });

  it('names invalid settings, a missing list, a bad date and repeated ids', () => {
    const good = makeBackup([invitation('a')], settings, T0);
    expect(
      refused(
        JSON.stringify({
          ...good,
          settings: { ...settings, defaults: { ...settings.defaults, firstFollowUpDays: 0 } },
        }),
      ),
    ).toMatch(/^The backup's settings are invalid at defaults\.firstFollowUpDays: /);
    expect(refused(JSON.stringify({ ...good, invitations: undefined }))).toMatch(/no list of invitations/);
    expect(refused(JSON.stringify({ ...good, exportedAt: 'yesterday' }))).toMatch(
      /^The backup is invalid at exportedAt: /,
    );
    expect(refused(JSON.stringify({ ...good, invitations: [invitation('a'), invitation('b'), invitation('a')] }))).toBe(
      'Invitation 3 has the same id as invitation 1 ("a"). Nothing was imported.',
    );
  });
});

describe('planRestore', () => {
  it('adds new records, updates only older stored ones, leaves the rest', () => {
    const stored = new Map<string, Invitation>([
      ['old', invitation('old', T0)],
      ['same', invitation('same', T0)],
      ['newer-here', accepted(invitation('newer-here', T0), T0 + 9000)],
    ]);
    const incoming = [
      invitation('new', T0),
      accepted(invitation('old', T0), T0 + 100),
      invitation('same', T0),
      invitation('newer-here', T0),
    ];
    const plan = planRestore(stored, incoming);
    expect(plan.add.map((i) => i.id)).toEqual(['new']);
    expect(plan.update.map((i) => [i.id, i.status])).toEqual([['old', 'accepted']]);
    expect(plan.unchanged).toBe(2);
    // A lookup function works the same as a map.
    expect(planRestore((id) => stored.get(id), incoming)).toEqual(plan);
  });

  it('keeps the newest copy when the incoming list repeats an id', () => {
    const a1 = invitation('a', T0);
    const a2 = accepted(a1, T0 + 50);
    expect(planRestore(new Map(), [a2, a1])).toEqual({ add: [a2], update: [], unchanged: 1 });
  });

  it('property: export, wipe, import restores everything; importing again changes nothing', () => {
    const recordArb = fc.record({
      id: fc.string({ minLength: 1, maxLength: 12 }),
      created: fc.integer({ min: 0, max: 1000 }),
      kind: fc.constantFrom<'reseller' | 'gdap'>('reseller', 'gdap'),
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
      actions: fc.array(fc.tuple(fc.constantFrom(...LIFECYCLE_ACTIONS), fc.integer({ min: 1, max: 10 ** 9 })), {
        maxLength: 6,
      }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(recordArb, { selector: (r) => r.id, maxLength: 15 }), (specs) => {
        const records = specs.map((s) => {
          let inv = createInvitation(
            newInvitation(s.name, {
              customerEmail: 'a@b.example',
              dap: true,
              kind: s.kind,
              link: DIRECT_DAP,
              language: 'it',
            }),
            T0 + s.created,
            cadence,
            s.id,
          );
          let now = inv.createdAt;
          for (const [action, dt] of s.actions) {
            now += dt;
            const r = applyAction(inv, action, now, cadence, { until: now + dt });
            if (r.ok) inv = r.value;
          }
          return inv;
        });
        const file = JSON.stringify(makeBackup(records, settings, T0));
        const backup = parsed(file);
        expect(backup.invitations).toEqual(records);
        expect(backup.settings).toEqual(settings);

        const store = new Map<string, Invitation>();
        const first = planRestore(store, backup.invitations);
        expect(first.add).toHaveLength(records.length);
        expect(first.update).toEqual([]);
        for (const inv of [...first.add, ...first.update]) store.set(inv.id, inv);
        expect([...store.values()]).toEqual(records);

        const second = planRestore(store, parsed(file).invitations);
        expect(second).toEqual({ add: [], update: [], unchanged: records.length });
      }),
      { numRuns: 150 },
    );
  });
});

describe('settingsEqual', () => {
  it('ignores key order at every depth', () => {
    const reversedDeep = Object.fromEntries(
      Object.entries(settings)
        .reverse()
        .map(([k, v]) => [
          k,
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        ]),
    ) as Settings;
    expect(JSON.stringify(reversedDeep)).not.toBe(JSON.stringify(settings));
    expect(settingsEqual(settings, reversedDeep)).toBe(true);
    expect(settingsEqual(reversedDeep, settings)).toBe(true);
  });

  it('sees a changed value, nested or not', () => {
    expect(settingsEqual(settings, { ...settings, profile: { ...settings.profile!, companyName: 'Other' } })).toBe(
      false,
    );
    expect(
      settingsEqual(settings, {
        ...settings,
        defaults: { ...settings.defaults, firstFollowUpDays: settings.defaults.firstFollowUpDays + 1 },
      }),
    ).toBe(false);
    expect(settingsEqual(settings, { ...settings, profile: null })).toBe(false);
  });
});
