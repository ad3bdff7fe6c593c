// "Paste the link from Partner Center": reads the reseller relationship link and hands the
// profile fields it carries to the form. Anything else (another site, http, the billing-profile
// link, a GDAP link) is refused with the reason and fills nothing.
import { useState } from 'preact/hooks';
import type { CloudId } from '../../core/ids';
import { parseInvitationLink } from '../../core/link';
import { Button, Notice, TextField } from '../../ui';
import { t } from '../../platform/i18n';
import { localizedError } from '../../ui/localized-error';

export type LinkFill = {
  link: string;
  partnerTenantId: string;
  /** The indirect reseller's MPN ID; '' for a direct partner (whose msppId is 0). */
  mpnId: string;
  cloud: CloudId;
  indirectProviderTenantId: string;
  dap: boolean;
};

export function LinkPaste({ onFill }: { onFill: (fill: LinkFill) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [filled, setFilled] = useState(false);

  const apply = () => {
    const r = parseInvitationLink(value);
    setFilled(false);
    if (!r.ok) {
      setError(localizedError('options_linkErr_', r.code, r.error));
      return;
    }
    if (r.value.kind !== 'reseller') {
      setError(t('options_linkGdap'));
      return;
    }
    const l = r.value;
    setError(null);
    setFilled(true);
    onFill({
      link: l.url,
      partnerTenantId: l.partnerId.toLowerCase(),
      mpnId: l.indirect ? l.msppId : '',
      cloud: l.cloud,
      indirectProviderTenantId: (l.indirectCspId ?? '').toLowerCase(),
      dap: l.dap,
    });
  };

  return (
    <form
      class="opt-card"
      aria-labelledby="link-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <h2 id="link-title">{t('options_linkTitle')}</h2>
      <p class="opt-card__lead">{t('options_linkLead')}</p>
      <div class="opt-inline">
        <TextField
          id="profile-link"
          label={t('options_linkLabel')}
          value={value}
          onValue={(v) => {
            setValue(v);
            setError(null);
            setFilled(false);
          }}
          error={error}
          type="url"
          placeholder="https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=…"
        />
        <Button type="submit">{t('options_linkFill')}</Button>
      </div>
      {filled && (
        <Notice tone="ok" role="status">
          {t('options_linkFilled')}
        </Notice>
      )}
    </form>
  );
}
