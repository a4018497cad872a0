import type Phaser from 'phaser';
import { palette } from '../theme/palette';

// Small drawing helpers shared by widgets and charts.

export interface RectLike {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function roundRect(
  g: Phaser.GameObjects.Graphics,
  r: RectLike,
  radius: number,
  fill: number | null,
  fillAlpha = 1,
  stroke: number | null = null,
  strokeWidth = 1,
  strokeAlpha = 1,
): void {
  const rad = Math.max(0, Math.min(radius, r.w / 2, r.h / 2));
  if (fill !== null) {
    g.fillStyle(fill, fillAlpha);
    g.fillRoundedRect(r.x, r.y, r.w, r.h, rad);
  }
  if (stroke !== null) {
    g.lineStyle(strokeWidth, stroke, strokeAlpha);
    g.strokeRoundedRect(r.x + strokeWidth / 2, r.y + strokeWidth / 2, r.w - strokeWidth, r.h - strokeWidth, rad);
  }
}

/** A dashed straight line (Graphics has no dash style). */
export function dashedLine(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash = 4,
  gap = 4,
): void {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (len === 0) return;
  const ux = dx / len;
  const uy = dy / len;
  for (let d = 0; d < len; d += dash + gap) {
    const e = Math.min(len, d + dash);
    g.lineBetween(x1 + ux * d, y1 + uy * d, x1 + ux * e, y1 + uy * e);
  }
}

/** Draws the app backdrop: deep navy with a faint blueprint grid and two soft glows. */
export function backdrop(scene: Phaser.Scene, w: number, h: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics().setDepth(-100);
  g.fillStyle(palette.bg, 1);
  g.fillRect(0, 0, w, h);
  const glow = (cx: number, cy: number, r: number, color: number, alpha: number) => {
    for (let i = 10; i >= 1; i--) {
      g.fillStyle(color, (alpha * (11 - i)) / 10 / 10);
      g.fillCircle(cx, cy, (r * i) / 10);
    }
  };
  glow(w * 0.12, h * 0.05, Math.max(w, h) * 0.45, 0x1d3a66, 0.5);
  glow(w * 0.92, h * 0.95, Math.max(w, h) * 0.4, 0x103d3a, 0.4);
  g.lineStyle(1, palette.grid, 0.35);
  const step = 40;
  for (let x = 0; x <= w; x += step) g.lineBetween(x, 0, x, h);
  for (let y = 0; y <= h; y += step) g.lineBetween(0, y, w, y);
  return g;
}
