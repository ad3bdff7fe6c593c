// A boxed message. `live` makes screen readers announce changes (use 'polite' for status
// that updates while typing, 'assertive' only for errors after an action).
import type { ComponentChildren } from 'preact';
import type { Tone } from './StatusBadge';

export function Notice(props: {
  tone?: Exclude<Tone, 'neutral'>;
  title?: ComponentChildren;
  children?: ComponentChildren;
  live?: 'polite' | 'assertive';
  role?: 'status' | 'alert' | 'note';
  id?: string;
  class?: string;
}) {
  return (
    <div
      id={props.id}
      class={`pi-notice pi-notice--${props.tone ?? 'info'} ${props.class ?? ''}`}
      role={props.role}
      aria-live={props.live}
    >
      {props.title ? <div class="pi-notice__title">{props.title}</div> : null}
      {props.children}
    </div>
  );
}
