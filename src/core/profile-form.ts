// Validation of the partner profile form: turns the raw field strings into a Profile or a
// reason per field, so the options page can show each problem next to its field and save nothing.
import { profileSchema, type Profile } from './settings';
import { isCountryCode } from './countries';

export type ProfileField =
  'companyName' | 'partnerTenantId' | 'mpnId' | 'country' | 'cloud' | 'indirectProviderTenantId';

/** Why a field was refused; the UI turns each into a sentence in the user's language. */
export type ProfileProblem = 'required' | 'invalid' | 'tooLong' | 'indirectNeedsMpn' | 'sameAsPartner';

export type ProfileDraft = { [K in ProfileField]: string } & { pastedLink: string };

export type ProfileCheck =
  { ok: true; profile: Profile } | { ok: false; problems: Partial<Record<ProfileField, ProfileProblem>> };

export const EMPTY_DRAFT: ProfileDraft = {
  companyName: '',
  partnerTenantId: '',
  mpnId: '',
  country: '',
  cloud: 'public',
  indirectProviderTenantId: '',
  pastedLink: '',
};

export function draftFromProfile(p: Profile | null): ProfileDraft {
  if (!p) return { ...EMPTY_DRAFT };
  return {
    companyName: p.companyName,
    partnerTenantId: p.partnerTenantId,
    mpnId: p.mpnId,
    country: p.country,
    cloud: p.cloud,
    indirectProviderTenantId: p.indirectProviderTenantId,
    pastedLink: p.pastedLink,
  };
}

const FIELDS: ReadonlySet<string> = new Set<ProfileField>([
  'companyName',
  'partnerTenantId',
  'mpnId',
  'country',
  'cloud',
  'indirectProviderTenantId',
]);

export function checkProfile(draft: ProfileDraft): ProfileCheck {
  const problems: Partial<Record<ProfileField, ProfileProblem>> = {};
  const trimmed = {
    ...draft,
    companyName: draft.companyName.trim(),
    partnerTenantId: draft.partnerTenantId.trim().toLowerCase(),
    mpnId: draft.mpnId.trim(),
    country: draft.country.trim().toUpperCase(),
    indirectProviderTenantId: draft.indirectProviderTenantId.trim().toLowerCase(),
    pastedLink: draft.pastedLink.trim(),
  };
  const parsed = profileSchema.safeParse(trimmed);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!FIELDS.has(field)) continue;
      const key = field as ProfileField;
      if (problems[key]) continue;
      const value = trimmed[key];
      problems[key] = value === '' ? 'required' : issue.code === 'too_big' ? 'tooLong' : 'invalid';
    }
  }
  if (trimmed.country !== '' && !problems.country && !isCountryCode(trimmed.country)) problems.country = 'invalid';
  if (trimmed.indirectProviderTenantId !== '' && !problems.indirectProviderTenantId) {
    // An indirect link carries the reseller's MPN ID as msppId (docs/domain.md#reseller-relationship-link), so it cannot be empty.
    if (trimmed.mpnId === '' && !problems.mpnId) problems.mpnId = 'indirectNeedsMpn';
    if (trimmed.indirectProviderTenantId === trimmed.partnerTenantId)
      problems.indirectProviderTenantId = 'sameAsPartner';
  }
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, profile: parsed.data };
}
