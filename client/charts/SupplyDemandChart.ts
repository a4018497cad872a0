import type Phaser from 'phaser';
import type { CurvePoint } from '../../shared/engine/types';
import { t } from '../i18n';
import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { dashedLine } from '../ui/draw';
import { label } from '../ui/text';
import { ChartBase } from './ChartBase';

export interface Marker {
  q: number;
  p: number;
  label: string;
  color: number;
}

export interface SupplyDemandData {
  supply: CurvePoint[];
  demand: CurvePoint[];
  clearing: { q: number; p: number } | null;
  /** Unit titles. */
  xTitle: string;
  yTitle: string;
  fmtQ: (q: number) => string;
  fmtP: (p: number) => string;
  /** Axis tick labels (the unit is in the axis title). */
  tickP?: (p: number) => string;
  /** Vertical guide, e.g. the chip supply cap. */
  capQ?: { q: number; label: string };
  /** Horizontal guide, e.g. the list price. */
  refP?: { p: number; label: string };
  markers?: Marker[];
  empty: string;
}

/** Price at quantity q along a polyline (curves are given as vertices, steps included). */
export function priceAt(curve: CurvePoint[], q: number): number | null {
  if (curve.length === 0) return null;
  const pts = [...curve].sort((a, b) => a.q - b.q);
  if (q < pts[0].q || q > pts[pts.length - 1].q) return null;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    if (q >= a.q && q <= b.q) {
      if (b.q === a.q) return b.p;
      return a.p + ((q - a.q) / (b.q - a.q)) * (b.p - a.p);
    }
  }
  return pts[pts.length - 1].p;
}

/**
 * A market clearing: the supply curve, the demand curve and the point where they meet, with
 * dashed guides to both axes. `progress` (0..1) draws the curves in for the Results animation.
 */
export class SupplyDemandChart extends ChartBase {
  private data: SupplyDemandData | null = null;
  private progress = 1;
  private steps = 24;
  private curves: Phaser.GameObjects.Graphics | null = null;
  private tag: Phaser.GameObjects.Text | null = null;
  /** Where the guide labels are, so the clearing and marker labels go elsewhere. */
  private taken: Rect[] = [];

  constructor(ui: BaseScene, box: Box, id: string, ariaLabel: string, data?: SupplyDemandData) {
    super(ui, box, id, ariaLabel);
    if (data) this.setData(data);
  }

  setData(data: SupplyDemandData, progress = 1): void {
    this.data = data;
    this.progress = progress;
    this.redraw();
  }

  setProgress(p: number): void {
    this.progress = Math.max(0, Math.min(1, p));
    this.drawDynamic();
  }

  /** Animates the curves in, then pops the clearing point. */
  animateIn(delay: number, duration: number): void {
    const state = { p: 0 };
    this.setProgress(0);
    this.ui.tweens.add({ targets: state, p: 1, delay, duration, ease: 'Sine.easeInOut', onUpdate: () => this.setProgress(state.p) });
  }

  private redraw(): void {
    const d = this.data;
    this.resetDrawing();
    this.curves?.destroy();
    this.curves = null;
    this.tag = null;
    this.taken = [];
    if (!d || (d.supply.length === 0 && d.demand.length === 0)) {
      this.emptyMessage(d?.empty ?? '');
      return;
    }
    const qs = [...d.supply, ...d.demand].map((p) => p.q);
    const ps = [...d.supply, ...d.demand].map((p) => p.p);
    if (d.clearing) {
      qs.push(d.clearing.q);
      ps.push(d.clearing.p);
    }
    if (d.capQ) qs.push(d.capQ.q);
    if (d.refP) ps.push(d.refP.p);
    for (const m of d.markers ?? []) {
      qs.push(m.q);
      ps.push(m.p);
    }
    const qMax = Math.max(...qs) * 1.05;
    const pMax = Math.max(...ps) * 1.08;
    const legend = [
      { c: palette.demand, s: t('chart.demand') },
      { c: palette.supply, s: t('chart.supply') },
    ].map((item) => ({ ...item, txt: label(this.ui, 0, this.box.y + 2, item.s, { size: 'tiny', color: palette.textDim }).setOrigin(1, 0) }));
    const legendWidth = legend.reduce((w, item) => w + item.txt.width + 26, 0);
    this.drawAxes([0, qMax], [0, pMax], { title: d.xTitle, format: d.fmtQ, includeZero: true }, { title: d.yTitle, format: d.tickP, includeZero: true }, { headerEnd: legendWidth });
    const g = this.g;
    const p = this.plot;
    if (d.refP) {
      g.lineStyle(1, palette.neutral, 0.8);
      dashedLine(g, p.x, this.sy(d.refP.p), p.x + p.w, this.sy(d.refP.p), 3, 4);
      // At the end of the line farther from the clearing point, which would cover it.
      const atEnd = d.clearing !== null && this.sx(d.clearing.q) < p.x + p.w / 2;
      const ref = label(this.ui, atEnd ? p.x + p.w - 4 : p.x + 4, this.sy(d.refP.p) - 2, d.refP.label, { size: 'tiny', color: palette.textMuted }).setOrigin(atEnd ? 1 : 0, 1);
      this.addText(ref);
      this.taken.push(rectOf(ref));
    }
    if (d.capQ) {
      g.lineStyle(1, palette.neutral, 0.8);
      dashedLine(g, this.sx(d.capQ.q), p.y, this.sx(d.capQ.q), p.y + p.h, 3, 4);
      const cap = label(this.ui, this.sx(d.capQ.q) - 4, p.y + 2, d.capQ.label, { size: 'tiny', color: palette.textMuted }).setOrigin(1, 0);
      this.addText(cap);
      this.taken.push(rectOf(cap));
    }
    // Legend in the header row, at the end of the chart (the y-axis title is at its start, or below it).
    let lx = this.box.right - 2;
    const ly = this.box.y + 2;
    for (const { c, txt } of legend) {
      txt.setX(lx);
      this.addText(txt);
      g.fillStyle(c, 1);
      g.fillRoundedRect(lx - txt.width - 16, ly + 6, 12, 4, 2);
      lx -= txt.width + 26;
    }
    this.curves = this.ui.add.graphics();
    this.container.addAt(this.curves, 1);
    this.drawDynamic();
  }

  /** The animated part: curves up to the progress point, markers, then the clearing point. */
  private drawDynamic(): void {
    const d = this.data;
    const g = this.curves;
    if (!d || !g || !this.plot) return;
    g.clear();
    const p = this.plot;
    const clipQ = this.xd.min + (this.xd.max - this.xd.min) * this.progress;
    this.drawCurve(g, d.demand, palette.demand, clipQ);
    this.drawCurve(g, d.supply, palette.supply, clipQ);
    for (const m of d.markers ?? []) {
      if (m.q > clipQ) continue;
      g.fillStyle(m.color, 1);
      g.fillTriangle(this.sx(m.q), this.sy(m.p) - 6, this.sx(m.q) - 5, this.sy(m.p) + 4, this.sx(m.q) + 5, this.sy(m.p) + 4);
    }
    if (d.clearing && this.progress >= 1) {
      const cx = this.sx(d.clearing.q);
      const cy = this.sy(d.clearing.p);
      g.lineStyle(1.2, palette.clearing, 0.85);
      dashedLine(g, cx, cy, cx, p.y + p.h, 4, 3);
      dashedLine(g, p.x, cy, cx, cy, 4, 3);
      g.fillStyle(palette.clearing, 0.25);
      g.fillCircle(cx, cy, 10);
      g.fillStyle(palette.clearing, 1);
      g.fillCircle(cx, cy, 5.5);
      g.lineStyle(2, palette.bg, 1);
      g.strokeCircle(cx, cy, 5.5);
      if (!this.tag) {
        // The clearing label, then each marker's, each at the first spot (around its point) that
        // stays in the plot and clear of the labels already there, on a dark backing.
        const placed = [...this.taken, { x: cx - 10, y: cy - 10, w: 20, h: 20 }];
        const txt = `${d.fmtP(d.clearing.p)} · ${d.fmtQ(d.clearing.q)}`;
        this.tag = label(this.ui, 0, 0, txt, { size: 'small', bold: true, color: palette.clearing });
        this.placeLabel(this.tag, cx, cy, placed, [
          [12, -14, 0, 0.5],
          [-12, -14, 1, 0.5],
          [12, 14, 0, 0.5],
          [-12, 14, 1, 0.5],
          [0, -22, 0.5, 0.5],
          [0, 22, 0.5, 0.5],
        ]);
        for (const m of d.markers ?? []) {
          const mx = this.sx(m.q);
          const my = this.sy(m.p);
          placed.push({ x: mx - 6, y: my - 7, w: 12, h: 12 });
          const ml = label(this.ui, 0, 0, m.label, { size: 'tiny', color: palette.text });
          this.placeLabel(ml, mx, my, placed, [
            [7, 10, 0, 0.5],
            [-7, 10, 1, 0.5],
            [7, -12, 0, 0.5],
            [-7, -12, 1, 0.5],
            [0, 20, 0.5, 0.5],
            [0, -22, 0.5, 0.5],
            [7, 28, 0, 0.5],
            [7, -30, 0, 0.5],
          ]);
        }
      }
    }
  }

  private placeLabel(txt: Phaser.GameObjects.Text, ax: number, ay: number, placed: Rect[], spots: [number, number, number, number][]): void {
    const p = this.plot;
    // The first spot that is inside the plot and clear of the others; failing that, the one that
    // covers the least (a label partly outside the plot counts as covering that part).
    let best: Rect | null = null;
    let bestSpot = spots[0];
    let bestCost = Infinity;
    for (const spot of spots) {
      const [dx, dy, ox, oy] = spot;
      txt.setOrigin(ox, oy).setPosition(ax + dx, ay + dy);
      const r = rectOf(txt);
      const inside = { x: Math.max(r.x, p.x), y: Math.max(r.y, p.y - 2), w: 0, h: 0 };
      inside.w = Math.max(0, Math.min(r.x + r.w, p.x + p.w) - inside.x);
      inside.h = Math.max(0, Math.min(r.y + r.h, p.y + p.h) - inside.y);
      const cost = r.w * r.h - inside.w * inside.h + placed.reduce((sum, o) => sum + overlapArea(o, r), 0);
      if (cost < bestCost) {
        bestCost = cost;
        bestSpot = spot;
        best = r;
      }
      if (cost === 0) break;
    }
    const [dx, dy, ox, oy] = bestSpot;
    txt.setOrigin(ox, oy).setPosition(ax + dx, ay + dy);
    best = rectOf(txt);
    placed.push(best);
    const back = this.ui.add.graphics();
    back.fillStyle(palette.bgDeep, 0.78).fillRoundedRect(best.x - 3, best.y - 1, best.w + 6, best.h + 2, 3);
    this.addText(back);
    this.addText(txt);
  }

  private drawCurve(g: Phaser.GameObjects.Graphics, curve: CurvePoint[], color: number, clipQ: number): void {
    if (curve.length < 2) return;
    g.lineStyle(2.5, color, 1);
    const pts = curve.map((c) => ({ q: c.q, p: c.p }));
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1];
      let b = pts[i];
      const lo = Math.min(a.q, b.q);
      if (lo > clipQ) continue;
      if (Math.max(a.q, b.q) > clipQ && b.q !== a.q) {
        const f = (clipQ - a.q) / (b.q - a.q);
        b = { q: clipQ, p: a.p + f * (b.p - a.p) };
      }
      g.lineBetween(this.sx(a.q), this.sy(a.p), this.sx(b.q), this.sy(b.p));
    }
  }

  protected hasData(): boolean {
    return !!this.data && (this.data.supply.length > 0 || this.data.demand.length > 0);
  }

  protected hover(wx: number): void {
    if (!this.hasData() || !this.plot) return;
    const f = (wx - this.plot.x) / Math.max(1, this.plot.w);
    this.showCursor(Math.round(Math.max(0, Math.min(1, f)) * this.steps));
  }

  protected stepCursor(step: number): void {
    if (!this.hasData()) return;
    let i = this.cursor;
    if (i === null) {
      const c = this.data!.clearing;
      i = c ? Math.round(((c.q - this.xd.min) / (this.xd.max - this.xd.min)) * this.steps) : 0;
    } else i += step;
    this.showCursor(Math.max(0, Math.min(this.steps, i)));
  }

  private showCursor(i: number): void {
    const d = this.data!;
    this.cursor = i;
    const q = this.xd.min + ((this.xd.max - this.xd.min) * i) / this.steps;
    const o = this.overlay;
    o.clear();
    const xx = this.sx(q);
    o.lineStyle(1, palette.text, 0.45);
    o.lineBetween(xx, this.plot.y, xx, this.plot.y + this.plot.h);
    const lines = [`${t('chart.quantity')}: ${d.fmtQ(q)}`];
    const sp = priceAt(d.supply, q);
    const dp = priceAt(d.demand, q);
    if (sp !== null) {
      o.fillStyle(palette.supply, 1).fillCircle(xx, this.sy(sp), 4);
      lines.push(`${t('chart.supplyPrice')}: ${d.fmtP(sp)}`);
    }
    if (dp !== null) {
      o.fillStyle(palette.demand, 1).fillCircle(xx, this.sy(dp), 4);
      lines.push(`${t('chart.demandPrice')}: ${d.fmtP(dp)}`);
    }
    if (d.clearing) lines.push(`${t('chart.clearing')}: ${d.fmtP(d.clearing.p)} · ${d.fmtQ(d.clearing.q)}`);
    this.ui.tooltip.show(this.id, lines.join('\n'), { x: xx - 1, y: this.plot.y, w: 2, h: this.plot.h / 2 });
  }

  protected describe(): Record<string, unknown> {
    return { clearing: this.data?.clearing ?? null, supplyPoints: this.data?.supply.length ?? 0, demandPoints: this.data?.demand.length ?? 0 };
  }
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function rectOf(t: Phaser.GameObjects.Text): Rect {
  return { x: t.x - t.originX * t.width, y: t.y - t.originY * t.height, w: t.width, h: t.height };
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
