// A read-only directory of what is on screen, for keyboard users' focus order, screen
// readers' live region and the browser tests: every interactive widget registers an id, its
// visible label and its logical bounds. Tests click the centre of a widget's CSS rectangle, so
// they exercise the same pointer path a person does.

import { toCss } from './viewport';

export interface WidgetInfo {
  id: string;
  kind: 'button' | 'input' | 'toggle' | 'tab' | 'choice' | 'readout' | 'chart';
  label: string;
  enabled: boolean;
  focused: boolean;
  /** Extra state a test may check (e.g. `selected`, `value`, `error`). */
  state?: Record<string, unknown>;
  /** Logical bounds. */
  x: number;
  y: number;
  w: number;
  h: number;
}

type Provider = () => WidgetInfo | null;

const providers = new Map<string, Provider>();

export function registerWidget(id: string, provider: Provider): () => void {
  providers.set(id, provider);
  return () => {
    if (providers.get(id) === provider) providers.delete(id);
  };
}

export function listWidgets(): (WidgetInfo & { css: { x: number; y: number; w: number; h: number } })[] {
  const out: (WidgetInfo & { css: { x: number; y: number; w: number; h: number } })[] = [];
  for (const p of providers.values()) {
    const info = p();
    if (info) out.push({ ...info, css: toCss(info.x, info.y, info.w, info.h) });
  }
  return out;
}
