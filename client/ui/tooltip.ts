import type Phaser from 'phaser';
import { palette } from '../theme/palette';
import { roundRect, type RectLike } from './draw';
import { label } from './text';
import { viewport } from './viewport';

// One tooltip per scene: a small panel with wrapped text placed next to its anchor, kept inside
// the screen. Shown on hover and on keyboard focus, so every number's explanation is reachable
// both ways.

export class Tooltip {
  private g: Phaser.GameObjects.Graphics;
  private txt: Phaser.GameObjects.Text;
  private ownerId: string | null = null;
  private hidden: HTMLElement[] = [];
  private shownCount = 0;

  constructor(private scene: Phaser.Scene) {
    this.g = scene.add.graphics().setDepth(20_000).setVisible(false);
    this.txt = label(scene, 0, 0, '', { size: 'small', wrap: 280, color: palette.text }).setDepth(20_001).setVisible(false);
  }

  show(ownerId: string, text: string, anchor: RectLike, prefer: 'above' | 'below' = 'below'): void {
    if (!text) return this.hide(ownerId);
    this.ownerId = ownerId;
    this.txt.setOrigin(0, 0);
    this.txt.setText('');
    // Re-create through label() so direction marks and wrapping are applied.
    this.txt.destroy();
    this.txt = label(this.scene, 0, 0, text, { size: 'small', wrap: 280, color: palette.text }).setDepth(20_001);
    this.txt.setOrigin(0, 0);
    const pad = 10;
    const w = this.txt.width + pad * 2;
    const h = this.txt.height + pad * 2;
    const vp = viewport();
    const place = (side: 'above' | 'below') => {
      const x = Math.max(4, Math.min(vp.w - w - 4, anchor.x + anchor.w / 2 - w / 2));
      const y = Math.max(4, Math.min(vp.h - h - 4, side === 'below' ? anchor.y + anchor.h + 8 : anchor.y - h - 8));
      return { x, y, w, h };
    };
    // Text inputs are DOM elements above the canvas: take the side where none covers the tooltip,
    // else hide the ones in the way while it shows.
    const other: 'above' | 'below' = prefer === 'below' ? 'above' : 'below';
    const fitsFirst = (side: 'above' | 'below') => (side === 'below' ? anchor.y + anchor.h + 8 + h <= vp.h - 4 : anchor.y - h - 8 >= 4);
    this.restoreInputs();
    const sides = fitsFirst(prefer) ? [prefer, other] : [other, prefer];
    let rect = place(sides[0]);
    let covering = inputsOver(rect);
    if (covering.length) {
      const alt = place(sides[1]);
      const altCovering = inputsOver(alt);
      if (altCovering.length < covering.length) [rect, covering] = [alt, altCovering];
    }
    for (const el of covering) el.style.visibility = 'hidden';
    this.hidden = covering;
    // A tooltip shown while its screen part is being redrawn (focus coming back to a button) may
    // get inputs created after it: look again once the redraw is done.
    const shown = ++this.shownCount;
    setTimeout(() => {
      if (shown !== this.shownCount || this.ownerId === null) return;
      for (const el of inputsOver(rect)) {
        el.style.visibility = 'hidden';
        this.hidden.push(el);
      }
    }, 0);
    const { x, y } = rect;
    this.g.clear();
    roundRect(this.g, { x: x + 2, y: y + 3, w, h }, 8, 0x000000, 0.35);
    roundRect(this.g, { x, y, w, h }, 8, palette.panelRaised, 0.98, palette.strokeStrong, 1);
    this.g.setVisible(true);
    this.txt.setPosition(x + pad, y + pad).setVisible(true);
  }

  private restoreInputs(): void {
    for (const el of this.hidden) el.style.visibility = '';
    this.hidden = [];
  }

  hide(ownerId?: string): void {
    if (ownerId && ownerId !== this.ownerId) return;
    this.ownerId = null;
    this.shownCount += 1;
    this.restoreInputs();
    this.g.setVisible(false);
    this.txt.setVisible(false);
  }
}

/** The visible text inputs (and their unit tags) that overlap a logical rectangle. */
function inputsOver(r: RectLike): HTMLElement[] {
  const overlay = document.getElementById('ui-overlay');
  if (!overlay) return [];
  const s = viewport().scale;
  const out: HTMLElement[] = [];
  for (const el of Array.from(overlay.querySelectorAll<HTMLElement>('.cr-input, .cr-unit'))) {
    if (el.style.display === 'none' || el.style.visibility === 'hidden' || el === document.activeElement) continue;
    const x = parseFloat(el.style.left) / s;
    const y = parseFloat(el.style.top) / s;
    const w = parseFloat(el.style.width) / s;
    const h = parseFloat(el.style.height) / s;
    if (x < r.x + r.w && x + w > r.x && y < r.y + r.h && y + h > r.y) out.push(el);
  }
  return out;
}
