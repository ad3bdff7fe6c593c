// Labelled form controls with hint and inline error, wired for screen readers
// (aria-describedby, aria-invalid). Pure: values in, changes out.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

type Common = {
  label: string;
  hint?: ComponentChildren;
  error?: string | null;
  /** Shown after the label, e.g. "(optional)". */
  optionalText?: string;
  disabled?: boolean;
  required?: boolean;
  id?: string;
  class?: string;
};

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Layout wrapper: label + any control + hint + error. `children` gets the id and describedBy to wire up. */
export function Field(
  props: Common & {
    children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
  },
) {
  const auto = useId();
  const id = props.id ?? auto;
  return (
    <div class={`pi-field ${props.class ?? ''}`}>
      <label class="pi-field__label" for={id}>
        {props.label}
        {props.optionalText ? <span class="pi-field__optional"> {props.optionalText}</span> : null}
      </label>
      {props.children({ id, describedBy: describedBy(id, props.hint, props.error), invalid: Boolean(props.error) })}
      {props.hint ? (
        <div class="pi-field__hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <div class="pi-field__error" id={`${id}-error`}>
          {props.error}
        </div>
      ) : null}
    </div>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onValue: (value: string) => void;
    onBlur?: () => void;
    type?: 'text' | 'email' | 'url' | 'number' | 'search';
    placeholder?: string;
    autoComplete?: string;
    inputMode?: 'text' | 'email' | 'numeric' | 'url' | 'search';
    spellcheck?: boolean;
    maxLength?: number;
    name?: string;
    /** The language of the value when it differs from the page's (an email in another language). */
    lang?: string;
  },
) {
  return (
    <Field {...props}>
      {({ id, describedBy: d, invalid }) => (
        <input
          lang={props.lang}
          class="pi-input"
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.value}
          placeholder={props.placeholder}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          spellcheck={props.spellcheck ?? false}
          maxLength={props.maxLength}
          disabled={props.disabled}
          required={props.required}
          aria-invalid={invalid}
          aria-describedby={d}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          onBlur={props.onBlur}
        />
      )}
    </Field>
  );
}

export function TextArea(
  props: Common & {
    value: string;
    onValue: (value: string) => void;
    rows?: number;
    spellcheck?: boolean;
    maxLength?: number;
    name?: string;
    /** The language of the value when it differs from the page's: spelling and screen readers follow it. */
    lang?: string;
  },
) {
  return (
    <Field {...props}>
      {({ id, describedBy: d, invalid }) => (
        <textarea
          lang={props.lang}
          class="pi-textarea"
          id={id}
          name={props.name}
          rows={props.rows ?? 8}
          value={props.value}
          spellcheck={props.spellcheck ?? true}
          maxLength={props.maxLength}
          disabled={props.disabled}
          required={props.required}
          aria-invalid={invalid}
          aria-describedby={d}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export type SelectOption = { value: string; label: string };

export function SelectField(
  props: Common & {
    value: string;
    onValue: (value: string) => void;
    options: readonly SelectOption[];
    name?: string;
  },
) {
  return (
    <Field {...props}>
      {({ id, describedBy: d, invalid }) => (
        <select
          class="pi-select"
          id={id}
          name={props.name}
          value={props.value}
          disabled={props.disabled}
          required={props.required}
          aria-invalid={invalid}
          aria-describedby={d}
          onChange={(e) => props.onValue(e.currentTarget.value)}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
