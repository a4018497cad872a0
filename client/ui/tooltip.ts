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
    let x = anchor.x + anchor.w / 2 - w / 2;
    let y = prefer === 'below' ? anchor.y + anchor.h + 8 : anchor.y - h - 8;
    if (y + h > vp.h - 4) y = anchor.y - h - 8;
    if (y < 4) y = anchor.y + anchor.h + 8;
    x = Math.max(4, Math.min(vp.w - w - 4, x));
    y = Math.max(4, Math.min(vp.h - h - 4, y));
    this.g.clear();
    roundRect(this.g, { x: x + 2, y: y + 3, w, h }, 8, 0x000000, 0.35);
    roundRect(this.g, { x, y, w, h }, 8, palette.panelRaised, 0.98, palette.strokeStrong, 1);
    this.g.setVisible(true);
    this.txt.setPosition(x + pad, y + pad).setVisible(true);
  }

  hide(ownerId?: string): void {
    if (ownerId && ownerId !== this.ownerId) return;
    this.ownerId = null;
    this.g.setVisible(false);
    this.txt.setVisible(false);
  }
}
