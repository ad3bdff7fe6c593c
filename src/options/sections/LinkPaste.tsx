// "Paste the link from Partner Center": reads the reseller relationship link and hands the
// profile fields it carries to the form. Anything else (another site, http, the billing-profile
// link) is refused with the reason and fills nothing. A GDAP link is explained: it belongs to one
// customer's invitation, in the popup. A link wrapped by Safe Links or Google is offered unwrapped.
import { useState } from 'preact/hooks';
import type { CloudId } from '../../core/ids';
import { parseInvitationLink } from '../../core/link';
import { Button, Notice, TextField, UnwrapOffer } from '../../ui';
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
  const [gdap, setGdap] = useState(false);
  const [unwrapped, setUnwrapped] = useState<string | null>(null);

  const apply = (input = value) => {
    const r = parseInvitationLink(input);
    setFilled(false);
    setGdap(false);
    setUnwrapped(null);
    if (!r.ok) {
      if (r.code === 'wrapped' && r.unwrapped) {
        setError(t('options_linkErr_wrapped'));
        setUnwrapped(r.unwrapped);
      } else {
        setError(localizedError('options_linkErr_', r.code, r.error));
      }
      return;
    }
    if (r.value.kind !== 'reseller') {
      setError(t('options_linkGdap'));
      setGdap(true);
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
            setGdap(false);
            setUnwrapped(null);
          }}
          error={error}
          type="url"
          placeholder="https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=…"
        />
        <Button type="submit">{t('options_linkFill')}</Button>
      </div>
      {gdap && (
        <Notice tone="info" role="note" title={t('options_linkGdapWhereTitle')} id="profile-link-gdap">
          <p>{t('options_linkGdapWhere')}</p>
        </Notice>
      )}
      {unwrapped && (
        <UnwrapOffer
          id="profile-link-unwrapped"
          text={t('options_linkUnwrappedLead')}
          link={unwrapped}
          useLabel={t('options_linkUseUnwrapped')}
          onUse={() => {
            setValue(unwrapped);
            apply(unwrapped);
          }}
        />
      )}
      {filled && (
        <Notice tone="ok" role="status">
          {t('options_linkFilled')}
        </Notice>
      )}
    </form>
  );
}
