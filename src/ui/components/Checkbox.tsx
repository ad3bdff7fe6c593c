// A checkbox with its label and an optional hint (e.g. why it is disabled).
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function Checkbox(props: {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  hint?: ComponentChildren;
  id?: string;
  name?: string;
}) {
  const auto = useId();
  const id = props.id ?? auto;
  return (
    <div class="pi-check">
      <input
        type="checkbox"
        id={id}
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label class="pi-check__label" for={id}>
        {props.label}
      </label>
      {props.hint ? (
        <div class="pi-check__hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
    </div>
  );
}
