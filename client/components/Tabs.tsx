import { useId, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { isRtl } from '../i18n';

// ARIA tabs: one tab stop for the list, arrow keys move between tabs (mirrored in Arabic),
// Home/End jump; only the selected panel is in the page. Controlled (`selected` + `onSelect`)
// or not.

export interface TabSpec {
  id: string;
  label: ComponentChildren;
  /** A short mark after the label (e.g. "•" when something waits there), with its spoken text. */
  badge?: { text: string; label: string };
  panel: () => ComponentChildren;
}

export interface TabsProps {
  label: string;
  tabs: TabSpec[];
  selected?: string;
  onSelect?: (id: string) => void;
  class?: string;
}

export function Tabs(p: TabsProps) {
  const base = useId();
  const [own, setOwn] = useState(p.tabs[0]?.id ?? '');
  const current = p.tabs.some((x) => x.id === (p.selected ?? own)) ? (p.selected ?? own) : (p.tabs[0]?.id ?? '');
  const list = useRef<HTMLDivElement>(null);
  const select = (id: string, focus = false) => {
    setOwn(id);
    p.onSelect?.(id);
    if (focus) queueMicrotask(() => list.current?.querySelector<HTMLButtonElement>(`[data-tab="${id}"]`)?.focus());
  };
  const onKey = (e: KeyboardEvent) => {
    const i = p.tabs.findIndex((x) => x.id === current);
    const forward = isRtl() ? 'ArrowLeft' : 'ArrowRight';
    const back = isRtl() ? 'ArrowRight' : 'ArrowLeft';
    let next = -1;
    if (e.key === forward) next = (i + 1) % p.tabs.length;
    else if (e.key === back) next = (i - 1 + p.tabs.length) % p.tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = p.tabs.length - 1;
    const target = p.tabs[next];
    if (!target) return;
    e.preventDefault();
    select(target.id, true);
  };
  const active = p.tabs.find((x) => x.id === current);
  return (
    <div class={`tabs ${p.class ?? ''}`}>
      <div class="tab-list" role="tablist" aria-label={p.label} ref={list} onKeyDown={onKey}>
        {p.tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            data-tab={tab.id}
            aria-selected={tab.id === current}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => select(tab.id)}
          >
            {tab.label}
            {tab.badge && (
              <span class="tab-badge" aria-label={tab.badge.label}>
                {tab.badge.text}
              </span>
            )}
          </button>
        ))}
      </div>
      {active && (
        <div class="tab-panel" role="tabpanel" id={`${base}-panel-${active.id}`} aria-labelledby={`${base}-tab-${active.id}`} tabIndex={0}>
          {active.panel()}
        </div>
      )}
    </div>
  );
}
