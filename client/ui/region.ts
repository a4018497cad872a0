import type Phaser from 'phaser';
import type { BaseScene } from './BaseScene';
import type { Focusable } from './focus';

// A part of a screen that redraws itself when the match changes (seats, news, charts) without
// rebuilding the whole scene: whatever `render` creates — game objects, DOM inputs, focusables,
// registry entries — is destroyed on the next render, and its focusables keep their place in
// the tab order (and keep focus when an element with the same id comes back).

export class Region {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private focusables: Focusable[] = [];
  private doms: HTMLElement[] = [];
  private unexpose: (() => void)[] = [];

  constructor(private ui: BaseScene) {
    ui.onTeardown(() => this.clear(false));
  }

  render(fn: () => void): void {
    const oldFocus = this.focusables;
    this.clear(true);
    const before = new Set(this.ui.children.list);
    const focus: Focusable[] = [];
    const doms: HTMLElement[] = [];
    const unexpose: (() => void)[] = [];
    this.ui.focus.capture = focus;
    this.ui.dom.capture = doms;
    this.ui.exposeCapture = unexpose;
    try {
      fn();
    } finally {
      this.ui.focus.capture = null;
      this.ui.dom.capture = null;
      this.ui.exposeCapture = null;
    }
    this.objects = this.ui.children.list.filter((o) => !before.has(o));
    this.focusables = focus;
    this.doms = doms;
    this.unexpose = unexpose;
    this.ui.focus.replaceGroup(oldFocus, focus);
  }

  private clear(keepFocusSlots: boolean): void {
    for (const o of this.objects) o.destroy();
    for (const el of this.doms) this.ui.dom.remove(el);
    for (const off of this.unexpose) off();
    if (!keepFocusSlots) for (const f of this.focusables) this.ui.focus.remove(f);
    this.objects = [];
    this.doms = [];
    this.unexpose = [];
    if (!keepFocusSlots) this.focusables = [];
  }
}
