import { isRtl } from '../i18n';
import { fontSizePx, fontFamily } from './text';
import { viewport } from './viewport';
import type { TextSize } from '../theme/type';

// DOM elements laid over the canvas where the browser does the job better than a canvas:
// text entry (caret, selection, IME, paste, Arabic-Indic digits, screen readers). Each scene
// owns a DomLayer; everything it created is removed when the scene shuts down.

export interface InputOptions {
  id: string;
  value: string;
  ariaLabel: string;
  placeholder?: string;
  inputMode?: 'decimal' | 'text' | 'numeric';
  maxLength?: number;
  /** Force a direction (codes and numbers read left-to-right in both languages). */
  dir?: 'ltr' | 'rtl' | 'auto';
  textAlign?: 'start' | 'end' | 'center';
  size?: TextSize | number;
  mono?: boolean;
  uppercase?: boolean;
  onInput?(value: string): void;
  onCommit?(value: string): void;
  onEnter?(value: string): void;
}

export interface LogicalRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export class DomLayer {
  private readonly root: HTMLElement;
  private readonly owned: HTMLElement[] = [];
  /** While set, created elements are also collected here (see ui/region.ts). */
  capture: HTMLElement[] | null = null;

  constructor() {
    const existing = document.getElementById('ui-overlay');
    if (existing) {
      this.root = existing;
    } else {
      this.root = document.createElement('div');
      this.root.id = 'ui-overlay';
      document.body.appendChild(this.root);
    }
  }

  place(el: HTMLElement, r: LogicalRect, size?: TextSize | number): void {
    const s = viewport().scale;
    el.style.left = `${r.x * s}px`;
    el.style.top = `${r.y * s}px`;
    el.style.width = `${r.w * s}px`;
    el.style.height = `${r.h * s}px`;
    el.style.fontSize = `${fontSizePx(size ?? 'body') * s}px`;
    el.style.borderRadius = `${6 * s}px`;
    el.style.padding = `0 ${8 * s}px`;
  }

  input(r: LogicalRect, o: InputOptions): HTMLInputElement {
    const el = document.createElement('input');
    el.type = 'text';
    el.className = 'cr-input';
    el.id = o.id;
    el.dataset.testid = o.id;
    el.value = o.value;
    el.autocomplete = 'off';
    el.spellcheck = false;
    el.setAttribute('aria-label', o.ariaLabel);
    if (o.placeholder) el.placeholder = o.placeholder;
    if (o.inputMode) el.inputMode = o.inputMode;
    if (o.maxLength) el.maxLength = o.maxLength;
    el.dir = o.dir ?? (isRtl() ? 'rtl' : 'ltr');
    el.style.textAlign = o.textAlign ?? 'start';
    el.style.fontFamily = fontFamily(o.mono);
    if (o.uppercase) el.style.textTransform = 'uppercase';
    this.place(el, r, o.size);
    el.addEventListener('input', () => o.onInput?.(el.value));
    el.addEventListener('change', () => o.onCommit?.(el.value));
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        o.onCommit?.(el.value);
        o.onEnter?.(el.value);
      }
    });
    this.root.appendChild(el);
    this.owned.push(el);
    this.capture?.push(el);
    return el;
  }

  /** A short text laid over an input's reading end (its unit), in the DOM so the input does not hide it. */
  tag(r: LogicalRect, text: string, size: TextSize | number = 'small'): HTMLElement {
    const el = document.createElement('span');
    el.className = 'cr-unit';
    el.textContent = text;
    el.setAttribute('aria-hidden', 'true');
    const s = viewport().scale;
    el.style.left = `${r.x * s}px`;
    el.style.top = `${r.y * s}px`;
    el.style.width = `${r.w * s}px`;
    el.style.height = `${r.h * s}px`;
    el.style.lineHeight = `${r.h * s}px`;
    el.style.fontSize = `${fontSizePx(size) * s}px`;
    el.style.fontFamily = fontFamily();
    el.style.padding = `0 ${8 * s}px`;
    el.style.textAlign = isRtl() ? 'left' : 'right';
    this.root.appendChild(el);
    this.owned.push(el);
    this.capture?.push(el);
    return el;
  }

  remove(el: HTMLElement): void {
    el.remove();
    const i = this.owned.indexOf(el);
    if (i >= 0) this.owned.splice(i, 1);
  }

  /** A visually hidden live region so screen readers hear status changes (timer, errors). */
  liveRegion(id: string): HTMLElement {
    const el = document.createElement('div');
    el.id = id;
    el.className = 'cr-sr-only';
    el.setAttribute('aria-live', 'polite');
    this.root.appendChild(el);
    this.owned.push(el);
    return el;
  }

  setVisible(el: HTMLElement, visible: boolean): void {
    el.style.display = visible ? '' : 'none';
  }

  destroy(): void {
    for (const el of this.owned) el.remove();
    this.owned.length = 0;
  }
}
