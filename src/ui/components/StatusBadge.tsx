// A short coloured status word ("Link intact", "Due"). Colour is never the only signal: the text says it.
import type { ComponentChildren } from 'preact';

export type Tone = 'ok' | 'warn' | 'error' | 'info' | 'neutral';

const ICONS: Record<Tone, string> = { ok: '✓', warn: '!', error: '✕', info: 'i', neutral: '•' };

export function StatusBadge(props: { tone: Tone; children: ComponentChildren; id?: string }) {
  return (
    <span class={`pi-badge pi-badge--${props.tone}`} id={props.id}>
      <span aria-hidden="true">{ICONS[props.tone]}</span>
      {props.children}
    </span>
  );
}
