import type Phaser from 'phaser';
import { palette } from '../theme/palette';
import type { TextSize } from '../theme/type';
import type { BaseScene } from './BaseScene';
import { label } from './text';

export interface StatOptions {
  help?: string;
  color?: number;
  valueColor?: number;
  size?: TextSize;
  bold?: boolean;
  icon?: string;
  id?: string;
}

/**
 * One "label …… value" row across [x, x + w] in reading order. With `help`, hovering the row shows
 * what the number means.
 */
export function stat(ui: BaseScene, x: number, y: number, w: number, name: string, value: string, o: StatOptions = {}): { label: Phaser.GameObjects.Text; value: Phaser.GameObjects.Text; h: number } {
  const size = o.size ?? 'small';
  const rtl = document.documentElement.dir === 'rtl';
  let dx = 0;
  if (o.icon) {
    ui.add.image(rtl ? x + w - 8 : x + 8, y + 8, o.icon).setDisplaySize(14, 14).setAlpha(0.75);
    dx = 20;
  }
  const v = label(ui, rtl ? x : x + w, y, value, { size, bold: o.bold ?? true, color: o.valueColor ?? palette.text, align: 'end' });
  const l = label(ui, rtl ? x + w - dx : x + dx, y, name, { size, color: o.color ?? palette.textDim, maxWidth: w - dx - v.width - 8 });
  const h = Math.max(l.height, v.height);
  if (o.help) {
    const zone = ui.add.zone(x, y - 2, w, h + 4).setOrigin(0, 0).setInteractive();
    const id = o.id ?? `stat.${name}`;
    zone.on('pointerover', () => ui.tooltip.show(id, o.help!, { x, y, w, h }));
    zone.on('pointerout', () => ui.tooltip.hide(id));
  }
  if (o.id) ui.expose(o.id, () => ({ kind: 'readout', label: name, enabled: true, focused: false, state: { value }, x, y, w, h }));
  return { label: l, value: v, h };
}

/** A thin divider line. */
export function divider(ui: BaseScene, x: number, y: number, w: number): void {
  ui.add.graphics().lineStyle(1, palette.stroke, 1).lineBetween(x, y, x + w, y);
}
