import type Phaser from 'phaser';
import { t } from '../i18n';
import { palette } from '../theme/palette';
import type { BaseScene } from './BaseScene';
import { Box } from './box';
import { Button } from './button';
import { roundRect } from './draw';
import { label } from './text';

/**
 * A dialog over the screen: dims what is behind, traps keyboard focus inside (its own focus
 * layer), closes with Escape or its close button. `fill` draws the content into the inner box.
 */
export class Modal {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    }
  };
  private closed = false;
  private overlay: HTMLElement | null = null;

  constructor(
    private ui: BaseScene,
    w: number,
    h: number,
    title: string,
    fill: (inner: Box, modal: Modal) => void,
    private onClose?: () => void,
  ) {
    const vp = ui.vp;
    const before = new Set(ui.children.list);
    ui.focus.pushLayer();
    const shade = ui.add.rectangle(0, 0, vp.w, vp.h, 0x000000, 0.55).setOrigin(0, 0).setDepth(5000).setInteractive();
    void shade;
    const box = new Box((vp.w - w) / 2, (vp.h - h) / 2, w, h);
    const g = ui.add.graphics().setDepth(5001);
    roundRect(g, { x: box.x + 2, y: box.y + 6, w, h }, 14, 0x000000, 0.4);
    roundRect(g, box, 14, palette.panelRaised, 1, palette.strokeStrong, 1);
    label(ui, box.start(20), box.y + 16, title, { size: 'h2', bold: true }).setDepth(5002);
    const close = new Button(ui, 0, box.y + 12, { id: 'modal.close', text: t('common.close'), variant: 'ghost', size: 'small', h: 30, onClick: () => this.close() });
    close.setX(box.endX(14, close.bw)).setDepth(5002);
    const inner = new Box(box.x + 20, box.y + 56, w - 40, h - 72);
    const depthBefore = new Set(ui.children.list);
    const overlay = document.getElementById('ui-overlay');
    const domBefore = new Set(overlay ? Array.from(overlay.children) : []);
    fill(inner, this);
    // The screen's text inputs are DOM elements above the canvas: hide them while the dialog is
    // open (its own inputs stay), or they would show through it.
    if (overlay) {
      for (const el of Array.from(overlay.children)) if (!domBefore.has(el)) (el as HTMLElement).dataset.modal = '1';
      overlay.dataset.modals = String(Number(overlay.dataset.modals ?? 0) + 1);
      overlay.classList.add('cr-modal-open');
      this.overlay = overlay;
    }
    for (const o of ui.children.list) if (!depthBefore.has(o)) (o as unknown as { setDepth?: (d: number) => void }).setDepth?.(5003);
    this.objects = ui.children.list.filter((o) => !before.has(o));
    window.addEventListener('keydown', this.onKey, true);
    ui.onTeardown(() => {
      window.removeEventListener('keydown', this.onKey, true);
      this.releaseOverlay();
    });
    ui.focus.move(1);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    window.removeEventListener('keydown', this.onKey, true);
    this.ui.tooltip.hide();
    for (const o of this.objects) o.destroy();
    this.ui.focus.popLayer();
    this.releaseOverlay();
    this.onClose?.();
  }

  private releaseOverlay(): void {
    const overlay = this.overlay;
    if (!overlay) return;
    this.overlay = null;
    const left = Math.max(0, Number(overlay.dataset.modals ?? 1) - 1);
    overlay.dataset.modals = String(left);
    if (left === 0) overlay.classList.remove('cr-modal-open');
  }
}
