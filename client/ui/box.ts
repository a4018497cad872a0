import { isRtl } from '../i18n';

/**
 * A layout rectangle in logical pixels that knows about reading direction: `start(dx)` is the
 * x of a point dx in from the reading start (left in English, right in Arabic), so layouts
 * written once mirror themselves for right-to-left.
 */
export class Box {
  constructor(
    public x: number,
    public y: number,
    public w: number,
    public h: number,
  ) {}

  get right(): number {
    return this.x + this.w;
  }
  get bottom(): number {
    return this.y + this.h;
  }
  get cx(): number {
    return this.x + this.w / 2;
  }
  get cy(): number {
    return this.y + this.h / 2;
  }

  /** x of the point `dx` in from the reading start edge. */
  start(dx = 0): number {
    return isRtl() ? this.x + this.w - dx : this.x + dx;
  }
  /** x of the point `dx` in from the reading end edge. */
  end(dx = 0): number {
    return isRtl() ? this.x + dx : this.x + this.w - dx;
  }
  /** Left x of a child of width `w` placed `dx` from the reading start. */
  startX(dx: number, w: number): number {
    return isRtl() ? this.x + this.w - dx - w : this.x + dx;
  }
  /** Left x of a child of width `w` placed `dx` from the reading end. */
  endX(dx: number, w: number): number {
    return isRtl() ? this.x + dx : this.x + this.w - dx - w;
  }

  inset(l: number, t = l, r = l, b = t): Box {
    return new Box(this.x + l, this.y + t, Math.max(0, this.w - l - r), Math.max(0, this.h - t - b));
  }
  /** Child box placed dx from the reading start, width w (mirrored in RTL). */
  slice(dx: number, w: number, dy = 0, h = this.h - dy): Box {
    return new Box(this.startX(dx, w), this.y + dy, w, h);
  }
  /** Splits off the top `h` pixels; returns [top, rest]. */
  cutTop(h: number, gap = 0): [Box, Box] {
    return [new Box(this.x, this.y, this.w, h), new Box(this.x, this.y + h + gap, this.w, Math.max(0, this.h - h - gap))];
  }
  cutBottom(h: number, gap = 0): [Box, Box] {
    return [new Box(this.x, this.bottom - h, this.w, h), new Box(this.x, this.y, this.w, Math.max(0, this.h - h - gap))];
  }
  /** Splits off `w` from the reading start; returns [startPart, rest] (mirrored in RTL). */
  cutStart(w: number, gap = 0): [Box, Box] {
    const restW = Math.max(0, this.w - w - gap);
    if (isRtl()) return [new Box(this.right - w, this.y, w, this.h), new Box(this.x, this.y, restW, this.h)];
    return [new Box(this.x, this.y, w, this.h), new Box(this.x + w + gap, this.y, restW, this.h)];
  }
  cutEnd(w: number, gap = 0): [Box, Box] {
    const restW = Math.max(0, this.w - w - gap);
    if (isRtl()) return [new Box(this.x, this.y, w, this.h), new Box(this.x + w + gap, this.y, restW, this.h)];
    return [new Box(this.right - w, this.y, w, this.h), new Box(this.x, this.y, restW, this.h)];
  }
  /** Splits horizontally into n columns in reading order with gaps. */
  columns(n: number, gap = 0): Box[] {
    const w = (this.w - gap * (n - 1)) / n;
    return Array.from({ length: n }, (_, i) => this.slice(i * (w + gap), w));
  }
  /** Splits vertically into rows of given weights. */
  rows(weights: number[], gap = 0): Box[] {
    const total = weights.reduce((a, b) => a + b, 0);
    const free = this.h - gap * (weights.length - 1);
    let y = this.y;
    return weights.map((wt) => {
      const h = (free * wt) / total;
      const b = new Box(this.x, y, this.w, h);
      y += h + gap;
      return b;
    });
  }
  contains(px: number, py: number): boolean {
    return px >= this.x && px <= this.right && py >= this.y && py <= this.bottom;
  }
}
