import type Phaser from 'phaser';
import { css, palette } from '../theme/palette';
import type { DrawKit } from './PhaserHost';
import { at } from '../../shared/lists';
import { linear, niceDomain, spacedLabels, tickDecimals, tickStep, type Domain } from './scale';

// Axes shared by the market and line charts: nice ticks fitted to the data, a left gutter as wide
// as the widest tick label, a grid, the y unit title above its axis and the x unit title at the end
// of its axis. Charts keep the mathematical orientation in every language (quantity and time grow
// to the right); legends and tables around them follow the page direction.

export interface AxisSpec {
  /** Unit title, e.g. "$B per GW" (y) or "GW per quarter" (x); empty for none. */
  title: string;
  /** Tick label text; defaults to a plain number with as many decimals as the tick step needs. */
  format?: (v: number) => string;
  includeZero?: boolean;
  /** Fixed domain instead of one fitted to the data. */
  fixed?: [number, number];
  ticks?: number;
}

export interface Plot {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Axes {
  plot: Plot;
  xd: Domain;
  yd: Domain;
  sx: (v: number) => number;
  sy: (v: number) => number;
}

export const TICK_PX = 14;
const LINE = 20;

export function defaultTick(step: number, locale?: string): (v: number) => string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: tickDecimals(step), minimumFractionDigits: 0 });
  return (v) => nf.format(v);
}

export function fitDomain(lo: number, hi: number, spec: AxisSpec, fallbackTicks: number): Domain {
  if (spec.fixed) {
    const [a, b] = spec.fixed;
    const d = niceDomain(a, b, spec.ticks ?? fallbackTicks, false);
    return { min: a, max: b, ticks: d.ticks.filter((v) => v >= a - 1e-9 && v <= b + 1e-9) };
  }
  return niceDomain(lo, hi, spec.ticks ?? fallbackTicks, spec.includeZero ?? true);
}

/**
 * Lays out and draws axes inside `box` (CSS px). `xTickLabels` names x positions 0..n-1 (quarters)
 * instead of numeric ticks; labels that would touch are thinned, the last one always stays.
 */
export function drawAxes(
  kit: DrawKit,
  g: Phaser.GameObjects.Graphics,
  box: Plot,
  xr: [number, number],
  yr: [number, number],
  x: AxisSpec,
  y: AxisSpec,
  opts: { xTickLabels?: string[]; locale?: string; yDomain?: Domain } = {},
): Axes {
  const compact = box.h < 200;
  const yd = opts.yDomain ?? fitDomain(yr[0], yr[1], y, compact ? 3 : 4);
  const fmtY = y.format ?? defaultTick(tickStep(yd.ticks), opts.locale);
  const yTicks = yd.ticks.map((v) => ({ v, text: fmtY(v) }));
  const gutter = Math.max(24, Math.ceil(Math.max(0, ...yTicks.map((t) => kit.measure(t.text))) + 10));
  const top = y.title ? LINE + 8 : 10;
  const bottom = LINE + 4 + (x.title ? LINE : 0);
  const plot: Plot = { x: box.x + gutter, y: box.y + top, w: Math.max(10, box.w - gutter - 8), h: Math.max(10, box.h - top - bottom) };
  const xd: Domain = x.fixed ? { min: x.fixed[0], max: x.fixed[1], ticks: [] } : fitDomain(xr[0], xr[1], x, plot.w < 320 ? 4 : 5);
  if (x.fixed && !opts.xTickLabels) xd.ticks = fitDomain(x.fixed[0], x.fixed[1], { ...x, includeZero: false }, 5).ticks;
  const sx = linear(xd.min, xd.max, plot.x, plot.x + plot.w);
  const sy = linear(yd.min, yd.max, plot.y + plot.h, plot.y);

  g.fillStyle(palette.bgDeep, 0.55);
  g.fillRoundedRect(plot.x, plot.y, plot.w, plot.h, 4);
  g.lineStyle(1, palette.grid, 1);
  yTicks.forEach(({ v, text }) => {
    const yy = sy(v);
    g.lineBetween(plot.x, yy, plot.x + plot.w, yy);
    kit.text(plot.x - 6, yy, text, { color: css(palette.textDim), originX: 1, originY: 0.5 });
  });
  if (yd.min < 0 && yd.max > 0) {
    g.lineStyle(1, palette.strokeStrong, 1);
    g.lineBetween(plot.x, sy(0), plot.x + plot.w, sy(0));
  }
  const labelY = plot.y + plot.h + 4;
  if (opts.xTickLabels) {
    const labels = opts.xTickLabels;
    const extents = labels.map((s, i): [number, number] => {
      const w = kit.measure(s);
      let left = sx(i) - w / 2;
      left = Math.max(box.x, Math.min(box.x + box.w - w, left));
      return [left, left + w];
    });
    for (const i of spacedLabels(extents, 8)) kit.text(at(extents, i, 'x label extent')[0], labelY, at(labels, i, 'x label'), { color: css(palette.textDim) });
  } else {
    const fmtX = x.format ?? defaultTick(tickStep(xd.ticks), opts.locale);
    const xTicks = xd.ticks.map((v) => {
      const text = fmtX(v);
      const w = kit.measure(text);
      const left = Math.max(box.x, Math.min(box.x + box.w - w, sx(v) - w / 2));
      return { v, text, extent: [left, left + w] as [number, number] };
    });
    const shown = new Set(spacedLabels(xTicks.map((t) => t.extent), 8));
    xTicks.forEach(({ v, text, extent }, i) => {
      g.lineStyle(1, palette.grid, 0.6);
      g.lineBetween(sx(v), plot.y, sx(v), plot.y + plot.h);
      if (shown.has(i)) kit.text(extent[0], labelY, text, { color: css(palette.textDim) });
    });
  }
  g.lineStyle(1, palette.strokeStrong, 1);
  g.lineBetween(plot.x, plot.y, plot.x, plot.y + plot.h);
  g.lineBetween(plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h);
  if (y.title) kit.text(box.x, box.y, y.title, { color: css(palette.textDim), bold: true });
  if (x.title) kit.text(plot.x + plot.w, labelY + LINE, x.title, { color: css(palette.textDim), bold: true, originX: 1 });
  return { plot, xd, yd, sx, sy };
}

/** Dashed straight line (Graphics has none). */
export function dashedLine(g: Phaser.GameObjects.Graphics, x0: number, y0: number, x1: number, y1: number, dash = 5, gap = 4): void {
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (len === 0) return;
  const ux = (x1 - x0) / len;
  const uy = (y1 - y0) / len;
  for (let d = 0; d < len; d += dash + gap) {
    const e = Math.min(len, d + dash);
    g.lineBetween(x0 + ux * d, y0 + uy * d, x0 + ux * e, y0 + uy * e);
  }
}

/** A message in the middle of the box when there is nothing to draw. */
export function emptyMessage(kit: DrawKit, text: string): void {
  const g = kit.layer();
  g.fillStyle(palette.bgDeep, 0.4);
  g.fillRoundedRect(0, 0, kit.w, kit.h, 6);
  if (text) kit.text(kit.w / 2, kit.h / 2, text, { color: css(palette.textDim), originX: 0.5, originY: 0.5, wrap: Math.max(60, kit.w - 32), align: 'center' });
}
