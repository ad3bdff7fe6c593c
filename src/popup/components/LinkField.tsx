// One invitation link as the email will carry it: one line, cut visually with an ellipsis
// (the whole link stays its text content and accessible name, and selects as one). A second
// link (GDAP) is a second LinkField.
import { Notice } from '../../ui';
import { t } from '../../platform/i18n';

export function LinkField(props: {
  id: string;
  label: string;
  link: string;
  /** Why no link can be made from the profile, in the UI language. */
  error: string | null;
  loading: boolean;
}) {
  return (
    <section class="pp-linkfield" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.label}</h2>
      {props.loading ? <p class="pp-small">{t('popup_loading')}</p> : null}
      {props.error ? (
        <Notice tone="error" role="alert">
          {props.error}
        </Notice>
      ) : null}
      {props.link ? (
        <div class="pp-linkbox" id={props.id} title={props.link}>
          {props.link}
        </div>
      ) : null}
    </section>
  );
}
