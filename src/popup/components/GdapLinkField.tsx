// The optional GDAP relationship request link (docs/domain.md#dap-and-gdap): pasted from Partner
// Center's admin relationship request, checked as it is typed, and sent in the same email as
// its own paragraph. A wrapped link is offered unwrapped.
import { TextField, UnwrapOffer } from '../../ui';
import { t } from '../../platform/i18n';
import type { GdapFieldView } from '../gdap-field';

export function GdapLinkField(props: { value: string; view: GdapFieldView; onValue: (value: string) => void }) {
  const { view } = props;
  return (
    <div class="pp-gdap">
      <TextField
        id="pp-gdap-link"
        label={t('popup_gdap_label')}
        optionalText={t('popup_optional')}
        value={props.value}
        onValue={props.onValue}
        error={view.error}
        hint={t('popup_gdap_hint')}
        type="url"
        inputMode="url"
        spellcheck={false}
        maxLength={4000}
        placeholder="https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/…"
      />
      {view.unwrapped ? (
        <UnwrapOffer
          id="pp-gdap-unwrapped"
          text={t('options_linkUnwrappedLead')}
          link={view.unwrapped}
          useLabel={t('options_linkUseUnwrapped')}
          onUse={() => props.onValue(view.unwrapped ?? '')}
        />
      ) : null}
    </div>
  );
}
