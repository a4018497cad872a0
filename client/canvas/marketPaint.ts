import type Phaser from 'phaser';
import type { CurvePoint } from '../../shared/engine/types';
import { adjacentPairs } from '../../shared/lists';
import { css, palette } from '../theme/palette';
import { dashedLine, drawAxes, emptyMessage } from './axes';
import { placeLabel, type Rect, type Spot } from './placeLabel';
import type { Drawing, DrawKit } from './PhaserHost';

// Draws a market clearing: the supply curve, the demand curve and the point where they meet, with
// dashed guides to both axes, the supply cap and reference price guides, and markers (the viewer's
// own fill). Animated, the curves draw in from the left and the clearing point pops in last.

export interface MarketMarker {
  q: number;
  p: number;
  label: string;
  /** 0xRRGGBB, e.g. the company colour. */
  color: number;
}

export interface MarketLabels {
  supply: string;
  demand: string;
  clearing: string;
  quantity: string;
  supplyPrice: string;
  demandPrice: string;
}

export interface MarketData {
  supply: CurvePoint[];
  demand: CurvePoint[];
  clearing: { q: number; p: number } | null;
  xTitle: string;
  yTitle: string;
  formatQ: (q: number) => string;
  formatP: (p: number) => string;
  tickQ?: (q: number) => string;
  tickP?: (p: number) => string;
  cap?: { q: number; label: string };
  /** Horizontal guide, e.g. the list price (named refPrice: `ref` is reserved by Preact). */
  refPrice?: { p: number; label: string };
  markers?: MarketMarker[];
  labels: MarketLabels;
  empty: string;
  locale?: string;
}

/** Price at quantity q along a polyline (vertices in order, vertical steps included); null outside it. */
export function priceAt(curve: CurvePoint[], q: number): number | null {
  const pts = [...curve].sort((a, b) => a.q - b.q);
  const [first] = pts;
  const last = pts.at(-1);
  if (!first || !last || q < first.q || q > last.q) return null;
  for (const [a, b] of adjacentPairs(pts)) {
    if (q >= a.q && q <= b.q) {
      if (b.q === a.q) return b.p;
      return a.p + ((q - a.q) / (b.q - a.q)) * (b.p - a.p);
    }
  }
  return last.p;
}

export function hasMarketData(d: MarketData): boolean {
  return d.supply.length > 0 || d.demand.length > 0;
}

/** The quantity and price ranges the chart shows (with a little room past the data). */
export function marketRanges(d: MarketData): { qMax: number; pMax: number } {
  const qs = [...d.supply, ...d.demand].map((p) => p.q);
  const ps = [...d.supply, ...d.demand].map((p) => p.p);
  if (d.clearing) {
    qs.push(d.clearing.q);
    ps.push(d.clearing.p);
  }
  if (d.cap) qs.push(d.cap.q);
  if (d.refPrice) ps.push(d.refPrice.p);
  for (const m of d.markers ?? []) {
    qs.push(m.q);
    ps.push(m.p);
  }
  return { qMax: Math.max(0, ...qs) * 1.05, pMax: Math.max(0, ...ps) * 1.08 };
}

const CURSOR_STEPS = 24;
const ease = (t: number) => 0.5 - Math.cos(Math.PI * t) / 2;

export function paintMarket(d: MarketData) {
  return (kit: DrawKit): Drawing => {
    if (!hasMarketData(d)) {
      emptyMessage(kit, d.empty);
      return {};
    }
    const g = kit.layer();
    const { qMax, pMax } = marketRanges(d);
    const ax = drawAxes(kit, g, { x: 0, y: 0, w: kit.w, h: kit.h }, [0, qMax], [0, pMax], { title: d.xTitle, format: d.tickQ, includeZero: true }, { title: d.yTitle, format: d.tickP, includeZero: true }, { locale: d.locale });
    const { plot: p, sx, sy } = ax;
    const taken: Rect[] = [];
    const dim = css(palette.textDim);
    if (d.refPrice) {
      g.lineStyle(1.5, palette.neutral, 0.9);
      dashedLine(g, p.x, sy(d.refPrice.p), p.x + p.w, sy(d.refPrice.p), 4, 4);
      // At the end of the line farther from the clearing point, which would cover it.
      const atEnd = d.clearing !== null && sx(d.clearing.q) < p.x + p.w / 2;
      const w = kit.measure(d.refPrice.label);
      const x = atEnd ? p.x + p.w - 4 - w : p.x + 4;
      const y = Math.max(p.y, sy(d.refPrice.p) - 20);
      kit.text(x, y, d.refPrice.label, { color: dim });
      taken.push({ x, y, w, h: 19 });
    }
    if (d.cap) {
      g.lineStyle(1.5, palette.neutral, 0.9);
      dashedLine(g, sx(d.cap.q), p.y, sx(d.cap.q), p.y + p.h, 4, 4);
      const w = kit.measure(d.cap.label);
      const x = Math.max(p.x + 2, sx(d.cap.q) - 4 - w);
      kit.text(x, p.y + 2, d.cap.label, { color: dim });
      taken.push({ x, y: p.y + 2, w, h: 19 });
    }
    const curves = kit.layer();
    const pop = kit.layer();
    // Labels for the clearing point and the markers: placed now, shown when the animation reaches them.
    const placed = [...taken];
    const tags: { show: (t: number) => void }[] = [];
    if (d.clearing) {
      const cx = sx(d.clearing.q);
      const cy = sy(d.clearing.p);
      placed.push({ x: cx - 10, y: cy - 10, w: 20, h: 20 });
      const s = `${d.formatP(d.clearing.p)} · ${d.formatQ(d.clearing.q)}`;
      const back = kit.layer();
      const size = 15;
      const r = placeLabel(kit.measure(s, { size, bold: true }), 21, cx, cy, p, placed, SPOTS_CLEARING);
      back.fillStyle(palette.bgDeep, 0.82).fillRoundedRect(r.x - 4, r.y - 1, r.w + 8, r.h + 2, 4);
      const txt = kit.text(r.x, r.y + 1, s, { size, bold: true, color: css(palette.clearing) });
      tags.push({ show: (t) => [back, txt].forEach((o) => o.setVisible(t >= 1)) });
    }
    for (const m of d.markers ?? []) {
      const mx = sx(m.q);
      const my = sy(m.p);
      placed.push({ x: mx - 6, y: my - 7, w: 12, h: 12 });
      const back = kit.layer();
      const r = placeLabel(kit.measure(m.label), 19, mx, my, p, placed, SPOTS_MARKER);
      back.fillStyle(palette.bgDeep, 0.82).fillRoundedRect(r.x - 4, r.y - 1, r.w + 8, r.h + 2, 4);
      const txt = kit.text(r.x, r.y, m.label, { color: css(palette.text) });
      const at = (m.q - ax.xd.min) / (ax.xd.max - ax.xd.min || 1);
      tags.push({ show: (t) => [back, txt].forEach((o) => o.setVisible(ease(t) >= at)) });
    }
    const frame = (t: number) => {
      const clipQ = ax.xd.min + (ax.xd.max - ax.xd.min) * ease(t);
      curves.clear();
      drawCurve(curves, d.demand, palette.demand, clipQ, sx, sy);
      drawCurve(curves, d.supply, palette.supply, clipQ, sx, sy);
      for (const m of d.markers ?? []) {
        if (m.q > clipQ) continue;
        const mx = sx(m.q);
        const my = sy(m.p);
        curves.fillStyle(m.color, 1).fillTriangle(mx, my - 7, mx - 6, my + 5, mx + 6, my + 5);
        curves.lineStyle(1.5, palette.bg, 1).strokeTriangle(mx, my - 7, mx - 6, my + 5, mx + 6, my + 5);
      }
      pop.clear();
      if (d.clearing && t >= 1) {
        const cx = sx(d.clearing.q);
        const cy = sy(d.clearing.p);
        pop.lineStyle(1.5, palette.clearing, 0.85);
        dashedLine(pop, cx, cy, cx, p.y + p.h, 4, 3);
        dashedLine(pop, p.x, cy, cx, cy, 4, 3);
        pop.fillStyle(palette.clearing, 0.25).fillCircle(cx, cy, 11);
        pop.fillStyle(palette.clearing, 1).fillCircle(cx, cy, 6);
        pop.lineStyle(2, palette.bg, 1).strokeCircle(cx, cy, 6);
      }
      for (const tag of tags) tag.show(t);
    };
    return {
      animation: { duration: 1200, frame },
      cursor: {
        count: CURSOR_STEPS + 1,
        initial: d.clearing ? Math.round(((d.clearing.q - ax.xd.min) / (ax.xd.max - ax.xd.min || 1)) * CURSOR_STEPS) : 0,
        at: (x, y) => (x < p.x - 8 || x > p.x + p.w + 8 || y < p.y - 8 || y > p.y + p.h + 8 ? null : Math.round(Math.max(0, Math.min(1, (x - p.x) / p.w)) * CURSOR_STEPS)),
        show: (o, i) => {
          const q = ax.xd.min + ((ax.xd.max - ax.xd.min) * i) / CURSOR_STEPS;
          const xx = sx(q);
          o.lineStyle(1, palette.text, 0.45).lineBetween(xx, p.y, xx, p.y + p.h);
          const lines = [`${d.labels.quantity}: ${d.formatQ(q)}`];
          const sp = priceAt(d.supply, q);
          const dp = priceAt(d.demand, q);
          if (sp !== null) {
            o.fillStyle(palette.supply, 1).fillCircle(xx, sy(sp), 4.5);
            lines.push(`${d.labels.supplyPrice}: ${d.formatP(sp)}`);
          }
          if (dp !== null) {
            o.fillStyle(palette.demand, 1).fillCircle(xx, sy(dp), 4.5);
            lines.push(`${d.labels.demandPrice}: ${d.formatP(dp)}`);
          }
          return { lines, x: xx, y: p.y + 4 };
        },
      },
    };
  };
}

const SPOTS_CLEARING: Spot[] = [
  [14, -14, 0, 0.5],
  [-14, -14, 1, 0.5],
  [14, 14, 0, 0.5],
  [-14, 14, 1, 0.5],
  [0, -26, 0.5, 0.5],
  [0, 26, 0.5, 0.5],
];

const SPOTS_MARKER: Spot[] = [
  [8, 12, 0, 0.5],
  [-8, 12, 1, 0.5],
  [8, -14, 0, 0.5],
  [-8, -14, 1, 0.5],
  [0, 24, 0.5, 0.5],
  [0, -26, 0.5, 0.5],
  [8, 34, 0, 0.5],
  [8, -36, 0, 0.5],
];

function drawCurve(
  g: Phaser.GameObjects.Graphics,
  curve: CurvePoint[],
  color: number,
  clipQ: number,
  sx: (v: number) => number,
  sy: (v: number) => number,
): void {
  if (curve.length < 2) return;
  g.lineStyle(2.5, color, 1);
  for (const [a, next] of adjacentPairs(curve)) {
    let b = next;
    if (Math.min(a.q, b.q) > clipQ) continue;
    if (Math.max(a.q, b.q) > clipQ && b.q !== a.q) {
      const f = (clipQ - a.q) / (b.q - a.q);
      b = { q: clipQ, p: a.p + f * (b.p - a.p) };
    }
    g.lineBetween(sx(a.q), sy(a.p), sx(b.q), sy(b.p));
  }
}

/** Quantities the text equivalent lists: the axis ticks within the curves, plus the clearing quantity. */
export function tableQuantities(d: MarketData, ticks: number[]): number[] {
  const maxQ = Math.max(0, ...[...d.supply, ...d.demand].map((c) => c.q));
  const qs = ticks.filter((q) => q <= maxQ + 1e-9);
  if (d.clearing && !qs.some((q) => Math.abs(q - d.clearing!.q) < 1e-9)) qs.push(d.clearing.q);
  return qs.sort((a, b) => a - b);
}
