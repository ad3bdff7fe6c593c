// The settings' field checks without zod, for the popup's light reader: the popup's bundle
// budget (25 KB gzip) cannot carry zod. The same rules as the schemas in ./settings.ts, from
// the same limits (./settings-layout.ts); tests/unit/platform/settings-fast.test.ts checks that
// both readers agree on arbitrary stored items.
import { CLOUDS } from './clouds';
import { GUID_RE } from './guid';
import type { CloudId } from './ids';
import type { Language } from './languages';
import type { Defaults } from './settings';
import { isLanguage } from './languages';
import type { Checked, FieldChecks } from './settings-layout';
import { LIMITS } from './settings-limits';

const str = (v: unknown): v is string => typeof v === 'string';
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bad = <T>(): Checked<T> => ({ ok: false, problem: 'invalid' });
const MPN_RE = new RegExp(`^\\d{1,${LIMITS.mpnIdDigits}}$`);

/** An optional string field: '' when absent, null when present but not a string. */
function optional(v: unknown, trim: boolean): string | null {
  if (v === undefined) return '';
  if (!str(v)) return null;
  return trim ? v.trim() : v;
}

const days = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= LIMITS.minDays && x <= LIMITS.maxDays;

const DEFAULTS_FIELDS: { [K in keyof Defaults]: (v: unknown) => v is Defaults[K] } = {
  dap: (v): v is boolean => typeof v === 'boolean',
  language: (v): v is Language | null => v === null || isLanguage(v),
  firstFollowUpDays: days,
  followUpEveryDays: days,
};

export const plainFieldChecks: FieldChecks = {
  profile(v) {
    if (!obj(v)) return bad();
    const companyName = str(v.companyName) ? v.companyName.trim() : '';
    const tenant = str(v.partnerTenantId) ? v.partnerTenantId.trim() : '';
    const country = str(v.country) ? v.country.trim() : '';
    const mpnId = optional(v.mpnId, true);
    const indirect = optional(v.indirectProviderTenantId, true);
    const pastedLink = optional(v.pastedLink, false);
    if (!companyName || companyName.length > LIMITS.companyName || !GUID_RE.test(tenant)) return bad();
    if (!/^[A-Z]{2}$/.test(country) || !str(v.cloud) || !Object.hasOwn(CLOUDS, v.cloud)) return bad();
    if (mpnId === null || (mpnId !== '' && !MPN_RE.test(mpnId))) return bad();
    if (indirect === null || (indirect !== '' && !GUID_RE.test(indirect))) return bad();
    if (pastedLink === null || pastedLink.length > LIMITS.pastedLink) return bad();
    const profile = {
      companyName,
      partnerTenantId: tenant,
      mpnId,
      country,
      cloud: v.cloud as CloudId,
      indirectProviderTenantId: indirect,
      pastedLink,
    };
    return { ok: true, value: profile };
  },
  defaultsField(key, v) {
    return DEFAULTS_FIELDS[key](v) ? { ok: true, value: v } : bad();
  },
  template(subject, body) {
    if (!str(subject) || subject.length > LIMITS.subject) return bad();
    if (body.length > LIMITS.body || !body.includes('{{link}}')) return bad();
    return { ok: true, value: { subject, body } };
  },
};
