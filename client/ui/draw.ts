import type Phaser from 'phaser';

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

