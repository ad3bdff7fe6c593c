// WAI-ARIA tabs: Left/Right/Home/End move between tabs, only the selected tab is in the tab order.
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export type TabDef<K extends string> = { key: K; label: ComponentChildren };

export function Tabs<K extends string>(props: {
  tabs: readonly TabDef<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  idPrefix: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const keys = props.tabs.map((tab) => tab.key);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = keys.indexOf(props.selected);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % keys.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + keys.length) % keys.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? keys.length - 1
              : -1;
    const key = keys[next];
    if (next < 0 || key === undefined) return;
    e.preventDefault();
    props.onSelect(key);
    list.current?.querySelector<HTMLElement>(`#${props.idPrefix}-tab-${key}`)?.focus();
  };
  return (
    <div class="pi-tabs" role="tablist" aria-label={props.label} ref={list} onKeyDown={onKeyDown}>
      {props.tabs.map((tab) => (
        <button
          type="button"
          role="tab"
          class="pi-tab"
          key={tab.key}
          id={`${props.idPrefix}-tab-${tab.key}`}
          aria-selected={tab.key === props.selected}
          // Only the selected tab's panel is rendered: the others would point at nothing.
          aria-controls={tab.key === props.selected ? `${props.idPrefix}-panel-${tab.key}` : undefined}
          tabIndex={tab.key === props.selected ? 0 : -1}
          onClick={() => props.onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel(props: { idPrefix: string; tabKey: string; children: ComponentChildren }) {
  return (
    <div
      role="tabpanel"
      id={`${props.idPrefix}-panel-${props.tabKey}`}
      aria-labelledby={`${props.idPrefix}-tab-${props.tabKey}`}
    >
      {props.children}
    </div>
  );
}
