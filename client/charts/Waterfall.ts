import type Phaser from 'phaser';
import { isRtl } from '../i18n';
import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { dashedLine } from '../ui/draw';
import { label, setLabel } from '../ui/text';
import { ChartBase } from './ChartBase';
import { linear, niceDomain } from './scale';

export interface WaterfallItem {
  label: string;
  amount: number;
  /** step: adds to the running total; total: a bar from zero to the running total. */
  kind: 'step' | 'total';
  help?: string;
}

export interface WaterfallData {
  items: WaterfallItem[];
  format: (v: number) => string;
  unit: string;
  empty: string;
}

/**
 * A horizontal waterfall (P&L, cash flow): each row moves the running total right (gain) or
 * left (cost); totals are solid bars from zero. Rows read in order; mirrored in Arabic.
 */
export class Waterfall extends ChartBase {
  private data: WaterfallData | null = null;
  private rowH = 18;
  private revealed = Infinity;

  constructor(ui: BaseScene, box: Box, id: string, ariaLabel: string, data?: WaterfallData) {
    super(ui, box, id, ariaLabel);
    if (data) this.setData(data);
  }

  setData(data: WaterfallData): void {
    this.data = data;
    this.redraw();
  }

  /** Reveals rows one by one (Results animation). */
  animateIn(delay: number, perRow = 120): void {
    const n = this.data?.items.length ?? 0;
    this.revealed = 0;
    this.redraw();
    for (let i = 1; i <= n; i++) {
      this.ui.time.delayedCall(delay + i * perRow, () => {
        this.revealed = i;
        this.redraw();
      });
    }
  }

  private redraw(): void {
    this.resetDrawing();
    const d = this.data;
    if (!d || d.items.length === 0) {
      this.emptyMessage(d?.empty ?? '');
      return;
    }
    const b = this.box;
    // Columns sized to the texts: whole row names where the chart is wide enough, bars get the rest.
    const probe = label(this.ui, 0, 0, '', { size: 'tiny', bold: true });
    const widest = Math.max(...d.items.map((it) => setLabel(probe, it.label).width));
    const widestValue = Math.max(...d.items.map((it) => setLabel(probe, d.format(it.amount)).width));
    probe.destroy();
    const valueW = Math.max(56, widestValue + 12);
    const labelW = Math.max(Math.min(190, b.w * 0.36), Math.min(widest + 14, b.w * 0.5, b.w - valueW - 90));
    const n = d.items.length;
    this.rowH = Math.max(14, Math.min(24, (b.h - 8) / n));
    let run = 0;
    const spans = d.items.map((it) => {
      if (it.kind === 'total') {
        run = it.amount;
        return { from: 0, to: it.amount };
      }
      const from = run;
      run += it.amount;
      return { from, to: run };
    });
    const lo = Math.min(0, ...spans.map((s) => Math.min(s.from, s.to)));
    const hi = Math.max(0, ...spans.map((s) => Math.max(s.from, s.to)));
    const dom = niceDomain(lo, hi, 4, true);
    const rtl = isRtl();
    const barX0 = rtl ? b.x + valueW : b.x + labelW;
    const barX1 = rtl ? b.right - labelW : b.right - valueW;
    const sx = rtl ? linear(dom.min, dom.max, barX1, barX0) : linear(dom.min, dom.max, barX0, barX1);
    this.plot = { x: Math.min(barX0, barX1), y: b.y, w: Math.abs(barX1 - barX0), h: n * this.rowH };
    this.sx = sx;
    const g = this.g;
    g.lineStyle(1, palette.strokeStrong, 1);
    g.lineBetween(sx(0), b.y, sx(0), b.y + n * this.rowH);
    d.items.forEach((it, i) => {
      if (i >= this.revealed) return;
      const y = b.y + i * this.rowH;
      const s = spans[i];
      const x0 = sx(Math.min(s.from, s.to));
      const x1 = sx(Math.max(s.from, s.to));
      const left = Math.min(x0, x1);
      const w = Math.max(1.5, Math.abs(x1 - x0));
      const color = it.kind === 'total' ? (it.amount >= 0 ? palette.accent : palette.bad) : it.amount >= 0 ? palette.good : palette.bad;
      g.fillStyle(color, it.kind === 'total' ? 1 : 0.85);
      g.fillRoundedRect(left, y + 3, w, this.rowH - 6, Math.min(3, (this.rowH - 6) / 2));
      if (i + 1 < n && d.items[i + 1].kind === 'step') {
        g.lineStyle(1, palette.textMuted, 0.6);
        dashedLine(g, sx(s.to), y + this.rowH - 3, sx(s.to), y + this.rowH + 3, 2, 2);
      }
      const labelX = rtl ? b.right : b.x;
      this.addText(
        label(this.ui, labelX, y + this.rowH / 2, it.label, {
          size: 'tiny',
          color: it.kind === 'total' ? palette.text : palette.textDim,
          bold: it.kind === 'total',
          maxWidth: labelW - 8,
          originY: 0.5,
        }),
      );
      const valueX = rtl ? b.x : b.right;
      const v = label(this.ui, valueX, y + this.rowH / 2, d.format(it.amount), {
        size: 'tiny',
        color: it.kind === 'total' ? palette.text : it.amount >= 0 ? palette.good : palette.bad,
        bold: it.kind === 'total',
        align: 'end',
        originY: 0.5,
      });
      this.addText(v);
    });
  }

  protected hasData(): boolean {
    return !!this.data && this.data.items.length > 0;
  }

  protected hover(_wx: number, wy: number): void {
    if (!this.hasData()) return;
    const i = Math.floor((wy - this.box.y) / this.rowH);
    if (i < 0 || i >= this.data!.items.length) return this.clearCursor();
    this.show(i);
  }

  protected stepCursor(step: number): void {
    if (!this.hasData()) return;
    const n = this.data!.items.length;
    const i = this.cursor === null ? 0 : Math.max(0, Math.min(n - 1, this.cursor + step));
    this.show(i);
  }

  private show(i: number): void {
    this.cursor = i;
    const it = this.data!.items[i];
    const y = this.box.y + i * this.rowH;
    const o: Phaser.GameObjects.Graphics = this.overlay;
    o.clear();
    o.fillStyle(palette.text, 0.06);
    o.fillRect(this.box.x, y, this.box.w, this.rowH);
    const text = `${it.label}: ${this.data!.format(it.amount)}${it.help ? `\n${it.help}` : ''}`;
    this.ui.tooltip.show(this.id, text, { x: this.box.x, y, w: this.box.w, h: this.rowH });
  }

  protected describe(): Record<string, unknown> {
    return { rows: this.data?.items.length ?? 0, revealed: Number.isFinite(this.revealed) ? this.revealed : -1 };
  }
}
