import { at } from '../../shared/lists';
import { css, palette } from '../theme/palette';
import { dashedLine, emptyMessage } from './axes';
import { fontFamily, measureText, MIN_TEXT_PX, type Drawing, type DrawKit } from './PhaserHost';
import { linear, niceDomain } from './scale';

// A horizontal waterfall: why a figure moved (investor mood, share price, P&L, cash flow). Each
// step row moves the running total right (gain) or left (loss); total rows are solid bars from zero.
// Rows read in order and the chart mirrors in right-to-left languages. Where the names do not fit
// beside the bars (phones, long Arabic names) each row puts its name on a line of its own above
// its bar, so no name is ever cut.

export interface WaterfallItem {
  label: string;
  amount: number;
  /** step: adds to the running total; total: a bar from zero to this amount (the running total becomes it). */
  kind: 'step' | 'total';
  /** A sentence explaining the row (readout and table). */
  help?: string;
}

export interface WaterfallData {
  items: WaterfallItem[];
  /** Totals (and steps, without `formatStep`). */
  format: (v: number) => string;
  /** Step amounts, e.g. with a sign ("+4", "−2.5"). */
  formatStep?: (v: number) => string;
  /**
   * Where total bars start and the value axis begins (default 0). A mood waterfall that starts at
   * e.g. 40 shows its causes large instead of beside two long bars from zero.
   */
  axisFrom?: number;
  empty: string;
}

export function amountText(d: WaterfallData, it: WaterfallItem): string {
  return it.kind === 'step' && d.formatStep ? d.formatStep(it.amount) : d.format(it.amount);
}

export interface WaterfallLayout {
  stacked: boolean;
  rowH: number;
  labelW: number;
  valueW: number;
  height: number;
}

const ROW = 30;
const STACKED_ROW = 50;

export function waterfallLayout(d: WaterfallData, width: number, rtl: boolean): WaterfallLayout {
  const n = d.items.length;
  if (n === 0) return { stacked: false, rowH: ROW, labelW: 0, valueW: 0, height: 120 };
  const size = MIN_TEXT_PX;
  const family = fontFamily(rtl);
  const widestLabel = Math.max(...d.items.map((it) => measureText(it.label, size, it.kind === 'total', rtl, family)));
  const widestValue = Math.max(...d.items.map((it) => measureText(amountText(d, it), size, it.kind === 'total', rtl, family)));
  const valueW = Math.ceil(widestValue + 14);
  const labelW = Math.ceil(widestLabel + 14);
  // Side by side only if the bars keep at least 40% of the width.
  const stacked = labelW + valueW > width * 0.6;
  const rowH = stacked ? STACKED_ROW : ROW;
  return { stacked, rowH, labelW: stacked ? 0 : labelW, valueW, height: n * rowH + 8 };
}

/** Each row's bar from..to on the value axis. */
export function waterfallSpans(items: WaterfallItem[], axisFrom = 0): { from: number; to: number; running: number }[] {
  let run = 0;
  return items.map((it) => {
    if (it.kind === 'total') {
      run = it.amount;
      return { from: axisFrom, to: it.amount, running: run };
    }
    const from = run;
    run += it.amount;
    return { from, to: run, running: run };
  });
}

export function paintWaterfall(d: WaterfallData) {
  return (kit: DrawKit): Drawing => {
    const n = d.items.length;
    if (n === 0) {
      emptyMessage(kit, d.empty);
      return {};
    }
    const L = waterfallLayout(d, kit.w, kit.rtl);
    const base = d.axisFrom ?? 0;
    const spans = waterfallSpans(d.items, base);
    const lo = Math.min(base, ...spans.map((s) => Math.min(s.from, s.to)));
    const hi = Math.max(base, ...spans.map((s) => Math.max(s.from, s.to)));
    const dom = base === 0 ? niceDomain(lo, hi, 4, true) : { min: lo, max: hi + (hi - lo) * 0.02 };
    const rtl = kit.rtl;
    const start = rtl ? kit.w : 0;
    const end = rtl ? 0 : kit.w;
    const dir = rtl ? -1 : 1;
    // Bars run from after the label column (side by side) to before the value column.
    const barStart = start + dir * L.labelW;
    const barEnd = end - dir * L.valueW;
    const sx = linear(dom.min, dom.max, barStart + dir * 4, barEnd - dir * 8);
    const g = kit.layer();
    const top = 4;
    const barTop = (i: number) => top + i * L.rowH + (L.stacked ? 24 : 0);
    const barH = L.stacked ? 20 : L.rowH - 10;
    g.lineStyle(1, palette.strokeStrong, 1);
    g.lineBetween(sx(base), top, sx(base), top + n * L.rowH);
    const rows = d.items.map((it, i) => {
      const s = at(spans, i, 'waterfall span');
      const layer = kit.layer();
      const y = top + i * L.rowH;
      const x0 = sx(Math.min(s.from, s.to));
      const x1 = sx(Math.max(s.from, s.to));
      const left = Math.min(x0, x1);
      const w = Math.max(2, Math.abs(x1 - x0));
      const color = it.kind === 'total' ? (it.amount >= 0 ? palette.accent : palette.bad) : it.amount >= 0 ? palette.good : palette.bad;
      layer.fillStyle(color, it.kind === 'total' ? 1 : 0.88);
      layer.fillRoundedRect(left, barTop(i) + (L.stacked ? 0 : 5), w, barH, Math.min(3, barH / 2));
      if (d.items[i + 1]?.kind === 'step') {
        layer.lineStyle(1, palette.textMuted, 0.8);
        dashedLine(layer, sx(s.to), barTop(i) + (L.stacked ? 0 : 5) + barH, sx(s.to), barTop(i + 1) + (L.stacked ? 0 : 5), 2, 2);
      }
      const bold = it.kind === 'total';
      const nameY = L.stacked ? y + 2 : y + L.rowH / 2;
      const name = kit.text(start, nameY, it.label, {
        color: css(bold ? palette.text : palette.textDim),
        bold,
        originX: rtl ? 1 : 0,
        originY: L.stacked ? 0 : 0.5,
      });
      const valueColor = it.kind === 'total' ? palette.text : it.amount >= 0 ? palette.good : palette.bad;
      const value = kit.text(end, L.stacked ? barTop(i) + barH / 2 : y + L.rowH / 2, amountText(d, it), {
        color: css(valueColor),
        bold,
        originX: rtl ? 0 : 1,
        originY: 0.5,
      });
      return [layer, name, value];
    });
    const frame = (t: number) => {
      const shown = t >= 1 ? n : Math.floor(t * (n + 1));
      rows.forEach((objs, i) => objs.forEach((o) => o.setVisible(i < shown)));
    };
    return {
      animation: { duration: Math.min(1400, 120 * n + 200), frame },
      cursor: {
        count: n,
        initial: 0,
        vertical: true,
        at: (_x, y) => {
          const i = Math.floor((y - top) / L.rowH);
          return i >= 0 && i < n ? i : null;
        },
        show: (o, i) => {
          const it = at(d.items, i, 'waterfall row under the cursor');
          o.fillStyle(palette.text, 0.07).fillRect(0, top + i * L.rowH, kit.w, L.rowH);
          const lines = [`${it.label}: ${amountText(d, it)}`];
          if (it.help) lines.push(it.help);
          return { lines, x: kit.w / 2, y: top + (i + 1) * L.rowH + 2 };
        },
      },
    };
  };
}
