// A labelled file input that hands over the chosen file's text. Reading errors surface as a message.
import { useId } from 'preact/hooks';
import { t } from '../../platform/i18n';

/** Files larger than this are refused before reading: neither a customer list nor a backup gets near it. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function FilePicker(props: {
  label: string;
  hint?: string;
  accept: string;
  onText: (text: string, name: string) => void;
  onError: (message: string) => void;
  tooLargeText: string;
  inputKey?: number;
}) {
  const id = useId();
  return (
    <div class="pi-field opt-file">
      <label class="pi-field__label" for={id}>
        {props.label}
      </label>
      <input
        key={props.inputKey}
        id={id}
        type="file"
        accept={props.accept}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (!file) return;
          if (file.size > MAX_FILE_BYTES) {
            props.onError(props.tooLargeText);
            return;
          }
          file.text().then(
            (text) => props.onText(text, file.name),
            (err: unknown) => {
              console.warn('Partner Invite: could not read the file', err);
              props.onError(t('options_fileReadFailed'));
            },
          );
        }}
      />
      {props.hint && (
        <div class="pi-field__hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      )}
    </div>
  );
}
