// A zod-free reader of the settings in storage.sync, for the popup's first render. Loading zod
// (about 10 KB gzip as zod/mini) would delay the popup before it is usable, so this reads the same
// layout as settings-items.ts (platform) with plain structural checks; anything that does not
// look right falls back to the default, exactly as loadSettings() does for a corrupt item.
// tests/unit/platform/settings-fast.test.ts checks it agrees with itemsToSettings().
import type { CloudId } from '../core/ids';
import { isLanguage, LANGUAGE_CODES, type Language } from '../core/languages';
import type { Defaults, EmailTemplate, Profile, Settings } from '../core/settings';
import { pageApi as browser } from './page-api';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLOUDS: readonly string[] = ['public', 'usgov', 'germany'];

export const FAST_DEFAULTS: Settings = {
  profile: null,
  defaults: { dap: false, language: null, firstFollowUpDays: 3, followUpEveryDays: 7 },
  templates: {},
  notifications: false,
};

type Items = Record<string, unknown>;
const str = (v: unknown): v is string => typeof v === 'string';
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readProfile(v: unknown): Profile | null {
  if (!obj(v)) return null;
  const companyName = str(v.companyName) ? v.companyName.trim() : '';
  const tenant = str(v.partnerTenantId) ? v.partnerTenantId.trim() : '';
  const country = str(v.country) ? v.country.trim() : '';
  const mpnId = v.mpnId === undefined ? '' : str(v.mpnId) ? v.mpnId.trim() : null;
  const indirect =
    v.indirectProviderTenantId === undefined
      ? ''
      : str(v.indirectProviderTenantId)
        ? v.indirectProviderTenantId.trim()
        : null;
  const pastedLink = v.pastedLink === undefined ? '' : str(v.pastedLink) ? v.pastedLink : null;
  if (!companyName || companyName.length > 200 || !GUID.test(tenant) || !/^[A-Z]{2}$/.test(country)) return null;
  if (!str(v.cloud) || !CLOUDS.includes(v.cloud)) return null;
  if (mpnId === null || (mpnId !== '' && !/^\d{1,12}$/.test(mpnId))) return null;
  if (indirect === null || (indirect !== '' && !GUID.test(indirect))) return null;
  if (pastedLink === null || pastedLink.length > 2000) return null;
  return {
    companyName,
    partnerTenantId: tenant,
    mpnId,
    country,
    cloud: v.cloud as CloudId,
    indirectProviderTenantId: indirect,
    pastedLink,
  };
}

function readDefaults(v: unknown): Defaults {
  const d = { ...FAST_DEFAULTS.defaults };
  if (!obj(v)) return d;
  if (typeof v.dap === 'boolean') d.dap = v.dap;
  if (isLanguage(v.language)) d.language = v.language;
  const days = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 90;
  if (days(v.firstFollowUpDays)) d.firstFollowUpDays = v.firstFollowUpDays as number;
  if (days(v.followUpEveryDays)) d.followUpEveryDays = v.followUpEveryDays as number;
  return d;
}

function readTemplate(items: Items, lang: Language): EmailTemplate | undefined {
  const head = items[`template.${lang}`];
  if (!obj(head) || !str(head.subject) || head.subject.length > 300) return undefined;
  const parts = head.parts;
  if (typeof parts !== 'number' || !Number.isInteger(parts) || parts < 1 || parts > 512) return undefined;
  let body = '';
  for (let n = 0; n < parts; n += 1) {
    const part = items[`template.${lang}.${n}`];
    if (!str(part)) return undefined;
    body += part;
  }
  if (body.length > 20_000 || !body.includes('{{link}}')) return undefined;
  return { subject: head.subject, body };
}

/** Settings from raw storage.sync items, defaults merged. Pure. */
export function readSettingsItems(items: Items): Settings {
  const templates: Settings['templates'] = {};
  for (const lang of LANGUAGE_CODES) {
    const tpl = readTemplate(items, lang);
    if (tpl) templates[lang] = tpl;
  }
  return {
    profile: readProfile(items.profile),
    defaults: readDefaults(items.defaults),
    templates,
    notifications: typeof items.notifications === 'boolean' ? items.notifications : false,
  };
}

/** One storage.sync read, no worker round trip. */
export async function loadSettingsFast(): Promise<Settings> {
  try {
    return readSettingsItems(await browser.storage.sync.get(null));
  } catch (error) {
    console.warn('Partner Invite: could not read settings, using defaults', error);
    return structuredClone(FAST_DEFAULTS);
  }
}

/** Calls `cb` with fresh settings after any storage.sync change. Returns an unsubscribe function. */
export function onSettingsChangedFast(cb: (settings: Settings) => void): () => void {
  const listener = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'sync') void loadSettingsFast().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
