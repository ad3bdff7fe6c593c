// A labelled file input that hands over the chosen file's text (read as UTF-8), its bytes when the
// caller decodes them itself, or (onFile) the file itself, to be read as a stream however large.
// Reading errors surface as a message.
import { useId } from 'preact/hooks';
import { t } from '../../platform/i18n';

/** Files larger than this are refused before reading as text: a customer list never gets near it. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function FilePicker(props: {
  label: string;
  hint?: string;
  accept: string;
  onText?: (text: string, name: string) => void;
  /** Takes the raw bytes instead of UTF-8 text (for files that may come in other encodings). */
  onBytes?: (bytes: Uint8Array, name: string) => void;
  /** Instead of onText: the file itself, with no size limit (the caller streams it). */
  onFile?: (file: File) => void;
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
          if (props.onFile) {
            props.onFile(file);
            return;
          }
          if (file.size > MAX_FILE_BYTES) {
            props.onError(props.tooLargeText);
            return;
          }
          const fail = (err: unknown) => {
            console.warn('Partner Invite: could not read the file', err);
            props.onError(t('options_fileReadFailed'));
          };
          const { onBytes, onText } = props;
          if (onBytes) file.arrayBuffer().then((buffer) => onBytes(new Uint8Array(buffer), file.name), fail);
          else file.text().then((text) => onText?.(text, file.name), fail);
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
