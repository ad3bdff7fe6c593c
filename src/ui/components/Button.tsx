// The one button style. A disabled button can carry the reason through `describedBy`.
import type { ComponentChildren } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export function Button(props: {
  children: ComponentChildren;
  onClick?: (e: MouseEvent) => void;
  variant?: ButtonVariant;
  small?: boolean;
  type?: 'button' | 'submit' | 'reset';
  disabled?: boolean;
  describedBy?: string;
  label?: string;
  id?: string;
  class?: string;
  /** For a button that shows or hides a region: its state and the region's id. */
  expanded?: boolean;
  controls?: string;
}) {
  const cls = [
    'pi-button',
    `pi-button--${props.variant ?? 'secondary'}`,
    props.small ? 'pi-button--small' : '',
    props.class ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={props.type ?? 'button'}
      id={props.id}
      class={cls}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
      aria-label={props.label}
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}
