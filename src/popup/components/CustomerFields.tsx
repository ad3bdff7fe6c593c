// Who the invitation is for. Pure: values and problems in, changes out.
import { useEffect, useState } from 'preact/hooks';
import { countryName, countryOptions } from '../../core/countries';
import type { CustomerProblems } from '../../core/customer';
import { Notice, SelectField, TextField } from '../../ui';
import { t, uiLanguage } from '../../platform/i18n';

export type CustomerValues = {
  customerName: string;
  customerEmail: string;
  customerDomain: string;
  customerCountry: string;
};

const PROBLEM_KEYS: Record<string, string> = {
  'customerName.required': 'popup_err_name_required',
  'customerName.tooLong': 'popup_err_name_long',
  'customerEmail.required': 'popup_err_email_required',
  'customerEmail.invalid': 'popup_err_email_invalid',
  'customerDomain.invalid': 'popup_err_domain_invalid',
};

function message(field: keyof CustomerProblems, problems: CustomerProblems): string | null {
  const code = problems[field];
  return code ? t(PROBLEM_KEYS[`${field}.${code}`] ?? 'popup_err_generic') : null;
}

export function CustomerFields(props: {
  values: CustomerValues;
  problems: CustomerProblems;
  partnerCountry: string;
  foreign: boolean;
  onChange: (patch: Partial<CustomerValues> & { domainTouched?: boolean }) => void;
}) {
  const { values, problems } = props;
  const locale = uiLanguage();
  // The names come from Intl.DisplayNames, whose first use loads the browser's region names
  // (16-45 ms measured on 2 cores): the list is filled right after the first paint, not before.
  const [names, setNames] = useState<{ value: string; label: string }[] | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setNames(countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))));
    return () => clearTimeout(timer);
  }, [locale]);
  const countries = [
    { value: '', label: t('popup_country_unknown') },
    ...(names ?? (values.customerCountry ? [{ value: values.customerCountry, label: values.customerCountry }] : [])),
  ];
  return (
    <>
      <div class="pp-grid">
        <TextField
          id="pp-customer-name"
          label={t('popup_customer_name')}
          value={values.customerName}
          onValue={(v) => props.onChange({ customerName: v })}
          error={message('customerName', problems)}
          autoComplete="organization"
          maxLength={200}
          required
        />
        <TextField
          id="pp-customer-email"
          label={t('popup_customer_email')}
          type="email"
          inputMode="email"
          value={values.customerEmail}
          onValue={(v) => props.onChange({ customerEmail: v })}
          error={message('customerEmail', problems)}
          autoComplete="email"
          maxLength={320}
          required
        />
        <TextField
          id="pp-customer-domain"
          label={t('popup_customer_domain')}
          optionalText={t('popup_optional')}
          value={values.customerDomain}
          onValue={(v) => props.onChange({ customerDomain: v, domainTouched: true })}
          error={message('customerDomain', problems)}
          maxLength={253}
        />
        <SelectField
          id="pp-customer-country"
          label={t('popup_customer_country')}
          optionalText={t('popup_optional')}
          value={values.customerCountry}
          options={countries}
          onValue={(v) => props.onChange({ customerCountry: v })}
        />
      </div>
      {props.foreign ? (
        <Notice tone="warn" role="status" id="pp-country-warning">
          {t('popup_country_warning', [
            countryName(values.customerCountry, locale),
            countryName(props.partnerCountry, locale),
          ])}
        </Notice>
      ) : null}
    </>
  );
}
