import type Phaser from 'phaser';
import { palette } from '../theme/palette';

// Keyboard focus across Phaser widgets and DOM inputs. Tab / Shift+Tab walk the widgets in the
// order they were added (reading order), Enter or Space activates, arrow keys go to the focused
// widget first (tabs, choices, steppers). A modal pushes a layer so focus stays inside it.
// The ring is drawn when focus arrives by keyboard (like :focus-visible).

export interface Focusable {
  id: string;
  bounds(): { x: number; y: number; w: number; h: number };
  enabled(): boolean;
  visible(): boolean;
  /** Called when focus arrives; DOM-backed widgets focus their element here. */
  onFocus?(viaKeyboard: boolean): void;
  onBlur?(): void;
  activate?(): void;
  /** Arrow keys and others; return true when handled. */
  key?(e: KeyboardEvent): boolean;
  /** DOM element for DOM-backed widgets. */
  dom?: HTMLElement;
  /** Corner radius of the focus ring. */
  radius?: number;
}

export class FocusManager {
  private layers: Focusable[][] = [[]];
  private current: Focusable | null = null;
  private ring: Phaser.GameObjects.Graphics;
  private ringVisible = false;
  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);
  private readonly onDomFocus = (e: FocusEvent) => this.handleDomFocus(e);
  private enabledFlag = true;

  constructor(private scene: Phaser.Scene) {
    this.ring = scene.add.graphics().setDepth(10_000);
    window.addEventListener('keydown', this.onKey, true);
    document.addEventListener('focusin', this.onDomFocus);
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKey, true);
    document.removeEventListener('focusin', this.onDomFocus);
    this.layers = [[]];
    this.current = null;
  }

  setEnabled(on: boolean): void {
    this.enabledFlag = on;
  }

  /** While set, added focusables are also collected here (see ui/region.ts). */
  capture: Focusable[] | null = null;

  add(f: Focusable): Focusable {
    this.layers[this.layers.length - 1].push(f);
    this.capture?.push(f);
    return f;
  }

  /** Replaces a group of focusables in place, keeping their position in the tab order. */
  replaceGroup(old: Focusable[], next: Focusable[]): void {
    const layer = this.layers[this.layers.length - 1];
    const positions = old.map((f) => layer.indexOf(f)).filter((i) => i >= 0);
    const at = positions.length ? Math.min(...positions) : -1;
    const wasFocused = this.current ? old.findIndex((f) => f.id === this.current!.id) : -1;
    const keepId = wasFocused >= 0 ? this.current!.id : null;
    for (const f of old) {
      const i = layer.indexOf(f);
      if (i >= 0) layer.splice(i, 1);
    }
    for (const f of next) {
      const i = layer.indexOf(f);
      if (i >= 0) layer.splice(i, 1);
    }
    if (at >= 0) layer.splice(at, 0, ...next);
    else layer.push(...next);
    if (keepId) {
      const again = next.find((f) => f.id === keepId) ?? null;
      this.current = null;
      if (again) this.focus(again, this.ringVisible);
      else this.drawRing();
    }
  }

  remove(f: Focusable): void {
    for (const layer of this.layers) {
      const i = layer.indexOf(f);
      if (i >= 0) layer.splice(i, 1);
    }
    if (this.current === f) this.blur();
  }

  pushLayer(): void {
    this.blur();
    this.layers.push([]);
  }

  popLayer(): void {
    if (this.layers.length > 1) {
      this.blur();
      this.layers.pop();
    }
  }

  get focused(): Focusable | null {
    return this.current;
  }

  isFocused(f: Focusable): boolean {
    return this.current === f;
  }

  focus(f: Focusable | null, viaKeyboard = false): void {
    if (this.current === f) {
      this.ringVisible = viaKeyboard || this.ringVisible;
      this.drawRing();
      return;
    }
    const prev = this.current;
    this.current = f;
    prev?.onBlur?.();
    if (prev?.dom && document.activeElement === prev.dom && !f?.dom) prev.dom.blur();
    this.ringVisible = viaKeyboard;
    f?.onFocus?.(viaKeyboard);
    if (f?.dom && document.activeElement !== f.dom) f.dom.focus({ preventScroll: true });
    this.drawRing();
  }

  blur(): void {
    this.focus(null);
  }

  /** Redraws the ring (call after a focused widget moves or resizes). */
  drawRing(): void {
    const g = this.ring;
    g.clear();
    const f = this.current;
    if (!f || !this.ringVisible || f.dom || !f.visible()) return;
    const b = f.bounds();
    g.lineStyle(2.5, palette.focus, 1);
    g.strokeRoundedRect(b.x - 3, b.y - 3, b.w + 6, b.h + 6, (f.radius ?? 6) + 3);
  }

  private candidates(): Focusable[] {
    return this.layers[this.layers.length - 1].filter((f) => f.enabled() && f.visible());
  }

  move(dir: 1 | -1): void {
    const list = this.candidates();
    if (list.length === 0) return;
    const i = this.current ? list.indexOf(this.current) : -1;
    const next = i < 0 ? (dir === 1 ? list[0] : list[list.length - 1]) : list[(i + dir + list.length) % list.length];
    this.focus(next, true);
  }

  private handleDomFocus(e: FocusEvent): void {
    const target = e.target as HTMLElement | null;
    if (!target) return;
    const match = this.layers[this.layers.length - 1].find((f) => f.dom === target);
    if (match && match !== this.current) {
      const prev = this.current;
      this.current = match;
      prev?.onBlur?.();
      match.onFocus?.(false);
      this.drawRing();
    }
  }

  private handleKey(e: KeyboardEvent): void {
    if (!this.enabledFlag || !this.scene.sys.isActive()) return;
    if (e.key === 'Tab') {
      e.preventDefault();
      this.move(e.shiftKey ? -1 : 1);
      return;
    }
    const f = this.current;
    if (!f) return;
    if (f.key?.(e)) {
      e.preventDefault();
      this.ringVisible = true;
      this.drawRing();
      return;
    }
    if (!f.dom && (e.key === 'Enter' || e.key === ' ') && f.activate && f.enabled()) {
      e.preventDefault();
      f.activate();
    }
  }
}
