import Phaser from 'phaser';
import { palette } from '../theme/palette';
import type { BaseScene } from '../ui/BaseScene';
import type { Box } from '../ui/box';
import { roundRect } from '../ui/draw';
import type { Focusable } from '../ui/focus';
import { label } from '../ui/text';
import { num } from '../i18n/format';
import { niceDomain, linear, spacedLabels, tickDecimals, type Domain } from './scale';

// What every chart shares: a frame with a plot area, axes with tick labels and unit titles,
// a hover/focus cursor (pointer moves it, arrow keys move it when the chart has keyboard
// focus) and a readout shown in the scene tooltip. Charts always draw from data passed in.

export interface AxisSpec {
  /** Unit title, e.g. "$B per GW" (y) or "GW" (x). */
  title: string;
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

export abstract class ChartBase {
  readonly container: Phaser.GameObjects.Container;
  protected g: Phaser.GameObjects.Graphics;
  protected overlay: Phaser.GameObjects.Graphics;
  protected plot!: Plot;
  protected xd!: Domain;
  protected yd!: Domain;
  protected sx!: (v: number) => number;
  protected sy!: (v: number) => number;
  protected cursor: number | null = null;
  readonly focusable: Focusable;
  private zone: Phaser.GameObjects.Zone;
  private labels: Phaser.GameObjects.GameObject[] = [];

  constructor(
    protected ui: BaseScene,
    protected box: Box,
    readonly id: string,
    protected ariaLabel: string,
  ) {
    this.container = ui.add.container(0, 0);
    this.g = ui.add.graphics();
    this.overlay = ui.add.graphics();
    this.container.add([this.g, this.overlay]);
    this.zone = ui.add.zone(box.x, box.y, box.w, box.h).setOrigin(0, 0).setInteractive();
    this.container.add(this.zone);
    this.zone.on('pointermove', (p: Phaser.Input.Pointer) => this.hover(p.worldX, p.worldY));
    this.zone.on('pointerout', () => this.clearCursor());
    this.focusable = {
      id,
      bounds: () => ({ x: box.x, y: box.y, w: box.w, h: box.h }),
      enabled: () => this.hasData(),
      visible: () => this.container.visible && this.container.active,
      radius: 10,
      onFocus: () => this.stepCursor(0),
      onBlur: () => this.clearCursor(),
      key: (e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowUp') return this.stepCursor(1), true;
        if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') return this.stepCursor(-1), true;
        if (e.key === 'Home') return (this.cursor = null), this.stepCursor(-1e9), true;
        if (e.key === 'End') return (this.cursor = null), this.stepCursor(1e9), true;
        return false;
      },
    };
    ui.focus.add(this.focusable);
    ui.expose(id, () =>
      this.container.visible
        ? { kind: 'chart', label: ariaLabel, enabled: true, focused: ui.focus.isFocused(this.focusable), state: this.describe(), ...box }
        : null,
    );
  }

  protected abstract hasData(): boolean;
  /** Moves the cursor by `step` data points (0 = show the current or a default one). */
  protected abstract stepCursor(step: number): void;
  protected abstract hover(wx: number, wy: number): void;
  /** A summary for tests and inspection (e.g. the clearing point). */
  protected abstract describe(): Record<string, unknown>;

  protected clearCursor(): void {
    this.cursor = null;
    this.overlay.clear();
    this.ui.tooltip.hide(this.id);
  }

  protected addText(obj: Phaser.GameObjects.GameObject): void {
    this.labels.push(obj);
    this.container.add(obj);
  }

  protected resetDrawing(): void {
    this.g.clear();
    this.overlay.clear();
    for (const l of this.labels) l.destroy();
    this.labels = [];
  }

  /** Lays out axes for the data ranges and draws the frame, grid, tick labels and titles. */
  /**
   * `headerEnd`: width a legend needs at the end of the header row. When the y-axis title and that
   * legend do not both fit on one row, the title moves to a second row just above the plot.
   */
  protected drawAxes(xr: [number, number], yr: [number, number], x: AxisSpec, y: AxisSpec, opts: { xTickLabels?: string[]; headerEnd?: number } = {}): void {
    const b = this.box;
    this.yd = y.fixed ? niceDomain(y.fixed[0], y.fixed[1], y.ticks ?? 4, false) : niceDomain(yr[0], yr[1], y.ticks ?? 4, y.includeZero ?? true);
    if (y.fixed) this.yd = { min: y.fixed[0], max: y.fixed[1], ticks: this.yd.ticks.filter((v) => v >= y.fixed![0] && v <= y.fixed![1]) };
    const step = this.yd.ticks.length > 1 ? this.yd.ticks[1] - this.yd.ticks[0] : 1;
    const fmtY = y.format ?? ((v: number) => num(v, tickDecimals(step)));
    // Measure the widest y tick label to size the left gutter.
    const probe = this.yd.ticks.map((v) => fmtY(v));
    const longest = probe.reduce((m, s) => Math.max(m, s.length), 0);
    const gutter = Math.min(64, 12 + longest * 6.6);
    const yTitle = label(this.ui, b.x + 2, b.y + 2, y.title, { size: 'tiny', color: palette.textDim, bold: true }).setOrigin(0, 0);
    const twoRows = (opts.headerEnd ?? 0) > 0 && yTitle.width + 12 + (opts.headerEnd ?? 0) > b.w - 4;
    if (twoRows) yTitle.setY(b.y + 17);
    const top = twoRows ? 36 : 22;
    const bottom = x.title ? 36 : 22;
    this.plot = { x: b.x + gutter, y: b.y + top, w: Math.max(10, b.w - gutter - 10), h: Math.max(10, b.h - top - bottom) };
    const p = this.plot;
    this.xd = x.fixed ? { min: x.fixed[0], max: x.fixed[1], ticks: [] } : niceDomain(xr[0], xr[1], x.ticks ?? 5, x.includeZero ?? true);
    if (x.fixed && !opts.xTickLabels) this.xd.ticks = niceDomain(x.fixed[0], x.fixed[1], x.ticks ?? 5, false).ticks.filter((v) => v >= x.fixed![0] && v <= x.fixed![1]);
    this.sx = linear(this.xd.min, this.xd.max, p.x, p.x + p.w);
    this.sy = linear(this.yd.min, this.yd.max, p.y + p.h, p.y);
    const g = this.g;
    roundRect(g, { x: p.x, y: p.y, w: p.w, h: p.h }, 4, palette.bgDeep, 0.55);
    g.lineStyle(1, palette.grid, 1);
    for (const v of this.yd.ticks) {
      const yy = this.sy(v);
      g.lineBetween(p.x, yy, p.x + p.w, yy);
      this.addText(label(this.ui, p.x - 6, yy, fmtY(v), { size: 'tiny', color: palette.textMuted, align: 'end', originY: 0.5 }).setOrigin(1, 0.5));
    }
    if (this.yd.min < 0 && this.yd.max > 0) {
      g.lineStyle(1, palette.strokeStrong, 1);
      g.lineBetween(p.x, this.sy(0), p.x + p.w, this.sy(0));
    }
    const xStep = this.xd.ticks.length > 1 ? this.xd.ticks[1] - this.xd.ticks[0] : 1;
    const fmtX = x.format ?? ((v: number) => num(v, tickDecimals(xStep)));
    if (opts.xTickLabels) {
      const texts = opts.xTickLabels.map((s, i) => {
        const xx = this.sx(i);
        const tl = label(this.ui, xx, p.y + p.h + 5, s, { size: 'tiny', color: palette.textMuted, align: 'center' }).setOrigin(0.5, 0);
        // Keep the first and last labels inside the chart.
        if (xx + tl.width / 2 > b.right) tl.setOrigin(1, 0).setX(b.right);
        if (xx - tl.width / 2 < b.x) tl.setOrigin(0, 0).setX(b.x);
        return tl;
      });
      const shown = new Set(spacedLabels(texts.map((tl) => [tl.x - tl.originX * tl.width, tl.x + (1 - tl.originX) * tl.width])));
      texts.forEach((tl, i) => (shown.has(i) ? this.addText(tl) : tl.destroy()));
    } else {
      for (const v of this.xd.ticks) {
        const xx = this.sx(v);
        g.lineStyle(1, palette.grid, 0.6);
        g.lineBetween(xx, p.y, xx, p.y + p.h);
        this.addText(label(this.ui, xx, p.y + p.h + 5, fmtX(v), { size: 'tiny', color: palette.textMuted, align: 'center' }).setOrigin(0.5, 0));
      }
    }
    g.lineStyle(1, palette.strokeStrong, 1);
    g.lineBetween(p.x, p.y, p.x, p.y + p.h);
    g.lineBetween(p.x, p.y + p.h, p.x + p.w, p.y + p.h);
    // Unit titles: y on top of its axis, x at the end of its axis.
    this.addText(yTitle);
    if (x.title) this.addText(label(this.ui, p.x + p.w, p.y + p.h + 19, x.title, { size: 'tiny', color: palette.textDim, bold: true }).setOrigin(1, 0));
  }

  /** A message in the middle of the plot when there is nothing to draw yet. */
  protected emptyMessage(text: string): void {
    const b = this.box;
    roundRect(this.g, b, 6, palette.bgDeep, 0.4);
    this.addText(label(this.ui, b.cx, b.cy, text, { size: 'small', color: palette.textMuted, align: 'center', originY: 0.5, wrap: b.w - 24 }).setOrigin(0.5, 0.5));
  }

  setVisible(on: boolean): void {
    this.container.setVisible(on);
    if (!on) this.clearCursor();
  }

  destroy(): void {
    this.ui.focus.remove(this.focusable);
    this.container.destroy();
  }
}

