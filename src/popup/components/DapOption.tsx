// The delegated-admin checkbox with Partner Center's own wording. National clouds force it on
// (docs/domain.md#clouds); the GDAP note says what the flag does since October 2023.
import { Checkbox } from '../../ui';
import { t } from '../../platform/i18n';

export function DapOption(props: {
  checked: boolean;
  forced: boolean;
  cloudLabel: string;
  onChange: (on: boolean) => void;
}) {
  return (
    <Checkbox
      id="pp-dap"
      label={t('popup_dap_label')}
      checked={props.forced || props.checked}
      disabled={props.forced}
      onChange={props.onChange}
      hint={
        <>
          {props.forced ? <strong>{t('popup_dap_forced', props.cloudLabel)} </strong> : null}
          {t('popup_dap_gdap_note')}
        </>
      }
    />
  );
}
