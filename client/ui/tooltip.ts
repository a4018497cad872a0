import Phaser from 'phaser';
import { isRtl } from '../i18n';
import type { RectLike } from './draw';
import { fontFamily, fontSizePx } from './text';
import { viewport } from './viewport';

// One tooltip per scene: a small panel with wrapped text placed next to its anchor, kept inside
// the screen. Shown on hover and on keyboard focus, so every number's explanation is reachable
// both ways. It is a DOM element of the overlay, so the text inputs (also DOM, above the canvas)
// never cover it, and it stays visible over dialogs.

export class Tooltip {
  private el: HTMLDivElement;
  private ownerId: string | null = null;

  constructor(scene: Phaser.Scene) {
    const root = document.getElementById('ui-overlay') ?? document.body;
    this.el = document.createElement('div');
    this.el.className = 'cr-tooltip';
    this.el.dataset.modal = '1';
    this.el.setAttribute('role', 'tooltip');
    this.el.hidden = true;
    root.appendChild(this.el);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.el.remove());
  }

  show(ownerId: string, text: string, anchor: RectLike, prefer: 'above' | 'below' = 'below'): void {
    if (!text) return this.hide(ownerId);
    this.ownerId = ownerId;
    const vp = viewport();
    const s = vp.scale;
    const el = this.el;
    el.dir = isRtl() ? 'rtl' : 'ltr';
    el.textContent = text;
    el.style.fontFamily = fontFamily();
    el.style.fontSize = `${fontSizePx('small') * s}px`;
    el.style.maxWidth = `${300 * s}px`;
    el.style.padding = `${8 * s}px ${10 * s}px`;
    el.style.borderRadius = `${8 * s}px`;
    el.style.left = '0px';
    el.style.top = '0px';
    el.hidden = false;
    const w = el.offsetWidth / s;
    const h = el.offsetHeight / s;
    const below = anchor.y + anchor.h + 8;
    const above = anchor.y - h - 8;
    let y = prefer === 'below' ? below : above;
    if (prefer === 'below' && y + h > vp.h - 4) y = above;
    if (prefer === 'above' && y < 4) y = below;
    y = Math.max(4, Math.min(vp.h - h - 4, y));
    const x = Math.max(4, Math.min(vp.w - w - 4, anchor.x + anchor.w / 2 - w / 2));
    el.style.left = `${x * s}px`;
    el.style.top = `${y * s}px`;
  }

  hide(ownerId?: string): void {
    if (ownerId && ownerId !== this.ownerId) return;
    this.ownerId = null;
    this.el.hidden = true;
  }
}
