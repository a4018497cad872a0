import type Phaser from 'phaser';
import { adjacentPairs, at } from '../../shared/lists';
import { css, palette } from '../theme/palette';
import { dashedLine, drawAxes, emptyMessage, type AxisSpec } from './axes';
import type { Drawing, DrawKit } from './PhaserHost';

// Draws series over quarters (share prices, mood, revenues...): optional area fill, dashed series,
// horizontal reference lines with their names, a dot on each series' latest value, and a cursor
// that reads every series at one quarter.

export interface LineSeries {
  id: string;
  name: string;
  /** 0xRRGGBB (company colours from theme/palette). */
  color: number;
  /** One value per x label; null = no value (a gap). */
  values: (number | null)[];
  dashed?: boolean;
  /** Line width in CSS px (default 2.5). */
  width?: number;
  /** Fill the area under the line. */
  area?: boolean;
}

export interface LineRef {
  value: number;
  label: string;
  color: number;
}

export interface LineData {
  /** Label of each x position (quarter names). */
  xLabels: string[];
  series: LineSeries[];
  y: AxisSpec;
  /** Fit the y axis to this range instead of this chart's data: charts given the same range share one axis. */
  yRange?: [number, number];
  refs?: LineRef[];
  /** Value text in the readout and the table. */
  format: (v: number) => string;
  empty: string;
  locale?: string;
}

const ok = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

export function hasLineData(d: LineData): boolean {
  return d.xLabels.length > 0 && d.series.some((s) => s.values.some(ok));
}

/** The [min, max] of every value of every chart given: pass it as `yRange` to give them one y axis. */
export function sharedYRange(...charts: { series: LineSeries[]; refs?: LineRef[] }[]): [number, number] {
  const all = charts.flatMap((c) => [...c.series.flatMap((s) => s.values.filter(ok)), ...(c.refs ?? []).map((r) => r.value)]);
  return all.length ? [Math.min(...all), Math.max(...all)] : [0, 1];
}

const isNumberLabel = (s: string) => /^[\d.,\s\u0660-\u0669\u066B\u066C]+$/.test(s);

export function paintLine(d: LineData) {
  return (kit: DrawKit): Drawing => {
    if (!hasLineData(d)) {
      emptyMessage(kit, d.empty);
      return {};
    }
    const n = d.xLabels.length;
    const [lo, hi] = d.yRange ?? sharedYRange(d);
    const g = kit.layer();
    // A lone quarter sits in the middle.
    const xr: [number, number] = n === 1 ? [-0.5, 0.5] : [0, n - 1];
    const ax = drawAxes(kit, g, { x: 0, y: 0, w: kit.w, h: kit.h }, xr, [lo, hi], { title: '', fixed: xr }, d.y, { xTickLabels: d.xLabels, locale: d.locale });
    const { plot: p, sx, sy } = ax;
    for (const r of d.refs ?? []) {
      const yy = sy(r.value);
      if (yy < p.y - 1 || yy > p.y + p.h + 1) continue;
      g.lineStyle(1.5, r.color, 0.8);
      dashedLine(g, p.x, yy, p.x + p.w, yy, 5, 4);
      // Name the line (a bare number is already on the axis) at the plot's start, on the side the
      // series do not start on, so the first segment does not run through the name.
      if (r.label && !isNumberLabel(r.label) && p.h > 80) {
        const first = d.series.map((s) => s.values[0]).find(ok);
        const roomAbove = yy - p.y > 20;
        const roomBelow = p.y + p.h - yy > 20;
        const above = first !== undefined && first > r.value ? !roomBelow : roomAbove;
        kit.text(p.x + 6, above ? yy - 2 : yy + 2, r.label, { color: css(r.color), originY: above ? 1 : 0, alpha: 0.95 });
      }
    }
    const lines = kit.layer();
    const frame = (t: number) => {
      lines.clear();
      const upTo = t * (n - 1);
      for (const s of d.series) drawSeries(lines, s, upTo, sx, sy, Math.max(ax.yd.min, Math.min(0, ax.yd.max)));
    };
    return {
      animation: { duration: 900, frame },
      cursor: {
        count: n,
        initial: n - 1,
        at: (x, y) => (y < p.y - 8 || y > p.y + p.h + 24 || x < p.x - 12 || x > p.x + p.w + 12 ? null : n === 1 ? 0 : Math.max(0, Math.min(n - 1, Math.round(((x - p.x) / p.w) * (n - 1))))),
        show: (o, i) => {
          const xx = sx(i);
          o.lineStyle(1, palette.text, 0.5).lineBetween(xx, p.y, xx, p.y + p.h);
          const out = [at(d.xLabels, i, 'x label under the cursor')];
          for (const s of d.series) {
            const v = s.values[i];
            if (!ok(v)) continue;
            o.fillStyle(s.color, 1).fillCircle(xx, sy(v), 5);
            o.lineStyle(1.5, palette.bg, 1).strokeCircle(xx, sy(v), 5);
            out.push(`${s.name}: ${d.format(v)}`);
          }
          return { lines: out, x: xx, y: p.y + 4 };
        },
      },
    };
  };
}

function drawSeries(g: Phaser.GameObjects.Graphics, s: LineSeries, upTo: number, xAt: (i: number) => number, sy: (v: number) => number, base: number): void {
  // Points up to the animation's reach (a fractional last point, interpolated).
  const pts: ({ x: number; y: number } | null)[] = [];
  for (let i = 0; i < s.values.length && i <= Math.ceil(upTo); i++) {
    const v = s.values[i];
    if (!ok(v)) {
      pts.push(null);
      continue;
    }
    const pv = s.values[i - 1];
    if (i > upTo && ok(pv)) {
      const f = upTo - (i - 1);
      pts.push({ x: xAt(i - 1) + (xAt(i) - xAt(i - 1)) * f, y: sy(pv + (v - pv) * f) });
    } else pts.push({ x: xAt(i), y: sy(v) });
  }
  // Unbroken runs of points, split at the gaps.
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  for (const pt of pts) {
    if (pt) run.push(pt);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  runs.push(run);
  if (s.area) {
    const by = sy(base);
    g.fillStyle(s.color, 0.14);
    for (const run of runs) {
      const [first] = run;
      const last = run.at(-1);
      if (run.length < 2 || !first || !last) continue;
      g.beginPath();
      g.moveTo(first.x, by);
      for (const pt of run) g.lineTo(pt.x, pt.y);
      g.lineTo(last.x, by);
      g.closePath();
      g.fillPath();
    }
  }
  g.lineStyle(s.width ?? 2.5, s.color, 1);
  for (const run of runs) {
    const [first, ...rest] = run;
    if (!first || rest.length === 0) continue;
    if (s.dashed) {
      for (const [a, b] of adjacentPairs(run)) dashedLine(g, a.x, a.y, b.x, b.y, 7, 5);
    } else {
      g.beginPath();
      g.moveTo(first.x, first.y);
      for (const pt of rest) g.lineTo(pt.x, pt.y);
      g.strokePath();
    }
  }
  // The latest value gets a dot (a lone point is only a dot).
  const lastPt = [...pts].reverse().find((pt) => pt);
  if (lastPt) g.fillStyle(s.color, 1).fillCircle(lastPt.x, lastPt.y, 4);
}
