// Sentences for the profile form's problems, in the UI language.
import type { ProfileField, ProfileProblem } from '../core/profile-form';
import { t } from '../platform/i18n';

export function profileProblemText(field: ProfileField, problem: ProfileProblem): string {
  switch (problem) {
    case 'required':
      return field === 'companyName'
        ? t('options_errCompanyRequired')
        : field === 'country'
          ? t('options_errCountryRequired')
          : t('options_errTenantRequired');
    case 'tooLong':
      return t('options_errTooLong');
    case 'indirectNeedsMpn':
      return t('options_errIndirectNeedsMpn');
    case 'sameAsPartner':
      return t('options_errSameAsPartner');
    case 'invalid':
      return field === 'mpnId'
        ? t('options_errMpnDigits')
        : field === 'country'
          ? t('options_errCountryRequired')
          : field === 'cloud'
            ? t('options_errCloud')
            : t('options_errGuid');
  }
}
