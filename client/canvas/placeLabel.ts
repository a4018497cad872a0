// Where a chart label goes: the first candidate spot around its anchor that stays inside the plot
// and clear of the labels already placed; failing that, the spot that covers the least.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** [dx, dy, originX, originY] relative to the anchor. */
export type Spot = [number, number, number, number];

export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function placeLabel(w: number, h: number, ax: number, ay: number, bounds: Rect, placed: Rect[], spots: Spot[]): Rect {
  let best: Rect | null = null;
  let bestCost = Infinity;
  for (const [dx, dy, ox, oy] of spots) {
    const r = { x: ax + dx - ox * w, y: ay + dy - oy * h, w, h };
    const outside = w * h - overlapArea(r, bounds);
    const cost = outside + placed.reduce((sum, o) => sum + overlapArea(o, r), 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = r;
    }
    if (cost === 0) break;
  }
  placed.push(best!);
  return best!;
}
