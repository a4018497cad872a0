import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { dashedLine } from '../ui/draw';
import { label } from '../ui/text';
import { ChartBase, type AxisSpec } from './ChartBase';

export interface Series {
  id: string;
  name: string;
  color: number;
  /** One value per x index; null = no value (gap). */
  values: (number | null)[];
  dashed?: boolean;
  width?: number;
  /** Fill the area under the line. */
  area?: boolean;
}

export interface LineChartData {
  /** Label of each x index (e.g. quarter names). */
  xLabels: string[];
  series: Series[];
  y: AxisSpec;
  /** Horizontal reference lines (e.g. "starting price"). */
  refs?: { value: number; label: string; color: number }[];
  /** Value formatter for the readout. */
  format: (v: number) => string;
  empty: string;
}

/** History chart: one or more series over quarters, with a cursor reading every series at once. */
export class LineChart extends ChartBase {
  private data: LineChartData | null = null;

  constructor(ui: BaseScene, box: Box, id: string, ariaLabel: string, data?: LineChartData) {
    super(ui, box, id, ariaLabel);
    if (data) this.setData(data);
  }

  setData(data: LineChartData): void {
    this.data = data;
    this.resetDrawing();
    const n = data.xLabels.length;
    const all = data.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
    if (n === 0 || all.length === 0) {
      this.emptyMessage(data.empty);
      return;
    }
    for (const r of data.refs ?? []) all.push(r.value);
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    this.drawAxes([0, Math.max(1, n - 1)], [lo, hi], { title: '', fixed: [0, Math.max(1, n - 1)] }, data.y, { xTickLabels: data.xLabels });
    const g = this.g;
    for (const r of data.refs ?? []) {
      g.lineStyle(1, r.color, 0.7);
      const yy = this.sy(r.value);
      dashedLine(g, this.plot.x, yy, this.plot.x + this.plot.w, yy, 5, 4);
      // Name the line (a bare number is already on the axis) at the plot's start, on the side of it
      // the series does not start on (so the first segment does not run through the name).
      if (r.label && !/^[\d.,\s]+$/.test(r.label) && this.plot.h > 60) {
        const first = data.series.map((s) => s.values[0]).find((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
        const roomAbove = yy - this.plot.y > 14;
        const roomBelow = this.plot.y + this.plot.h - yy > 14;
        const above = first !== undefined && first > r.value ? !roomBelow : roomAbove;
        this.addText(label(this.ui, this.plot.x + 4, above ? yy - 2 : yy + 2, r.label, { size: 'tiny', color: r.color, alpha: 0.9, originY: above ? 1 : 0 }).setOrigin(0, above ? 1 : 0));
      }
    }
    for (const s of data.series) {
      const pts = s.values.map((v, i) => (v === null || !Number.isFinite(v) ? null : { x: this.sx(i), y: this.sy(v) }));
      if (s.area) {
        const base = this.sy(Math.max(this.yd.min, 0));
        g.fillStyle(s.color, 0.12);
        let run: { x: number; y: number }[] = [];
        const flush = () => {
          if (run.length > 1) {
            g.beginPath();
            g.moveTo(run[0].x, base);
            for (const p of run) g.lineTo(p.x, p.y);
            g.lineTo(run[run.length - 1].x, base);
            g.closePath();
            g.fillPath();
          }
          run = [];
        };
        for (const p of pts) {
          if (p) run.push(p);
          else flush();
        }
        flush();
      }
      g.lineStyle(s.width ?? 2.5, s.color, 1);
      let prev: { x: number; y: number } | null = null;
      for (const p of pts) {
        if (p && prev) {
          if (s.dashed) dashedLine(g, prev.x, prev.y, p.x, p.y, 6, 4);
          else g.lineBetween(prev.x, prev.y, p.x, p.y);
        }
        prev = p;
      }
      const last = [...pts].reverse().find((p) => p);
      if (last) {
        g.fillStyle(s.color, 1);
        g.fillCircle(last.x, last.y, 3.5);
      }
      if (n === 1 && pts[0]) {
        g.fillStyle(s.color, 1);
        g.fillCircle(pts[0].x, pts[0].y, 4);
      }
    }
  }

  protected hasData(): boolean {
    return !!this.data && this.data.xLabels.length > 0;
  }

  protected hover(wx: number): void {
    if (!this.hasData() || !this.plot) return;
    const n = this.data!.xLabels.length;
    const i = Math.round(((wx - this.plot.x) / Math.max(1, this.plot.w)) * Math.max(1, n - 1));
    this.showCursor(Math.max(0, Math.min(n - 1, i)));
  }

  protected stepCursor(step: number): void {
    if (!this.hasData()) return;
    const n = this.data!.xLabels.length;
    const i = this.cursor === null ? n - 1 : this.cursor + step;
    this.showCursor(Math.max(0, Math.min(n - 1, i)));
  }

  private showCursor(i: number): void {
    const d = this.data!;
    this.cursor = i;
    const o = this.overlay;
    o.clear();
    const xx = this.sx(i);
    o.lineStyle(1, palette.text, 0.5);
    o.lineBetween(xx, this.plot.y, xx, this.plot.y + this.plot.h);
    const lines = [d.xLabels[i]];
    for (const s of d.series) {
      const v = s.values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      o.fillStyle(s.color, 1);
      o.fillCircle(xx, this.sy(v), 4.5);
      o.lineStyle(1.5, palette.bg, 1);
      o.strokeCircle(xx, this.sy(v), 4.5);
      lines.push(`${s.name}: ${d.format(v)}`);
    }
    this.ui.tooltip.show(this.id, lines.join('\n'), { x: xx - 1, y: this.plot.y, w: 2, h: this.plot.h / 2 });
  }

  protected describe(): Record<string, unknown> {
    return {
      points: this.data?.xLabels.length ?? 0,
      series: this.data?.series.map((s) => s.id) ?? [],
      cursor: this.cursor,
    };
  }
}
