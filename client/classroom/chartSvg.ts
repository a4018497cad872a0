import { at } from '../../shared/lists';

// A line chart as a standalone SVG document, for the class's ZIP export (every chart of the debrief
// as a file a teacher can put on a slide). The screen draws its charts with Phaser
// (client/canvas); this file only writes the exported picture: title, y grid with labels, one
// polyline per series (gaps where a value is missing), dashed reference lines and a legend.

export interface SvgSeries {
  name: string;
  /** CSS colour. */
  color: string;
  values: (number | null)[];
  dashed?: boolean;
}

export interface SvgChart {
  title: string;
  xLabels: string[];
  series: SvgSeries[];
  refs?: { value: number; name: string }[];
  format: (v: number) => string;
  /** Fixed y range (e.g. mood 0–100); otherwise the data's range. */
  yRange?: [number, number];
  includeZero?: boolean;
  /** Writing direction of the labels (Arabic reads right to left; the time axis stays left to right). */
  rtl?: boolean;
}

const W = 1200;
const H = 700;
const PAD = { top: 70, right: 40, bottom: 80, left: 110 };
const BG = '#0f1726';
const GRID = '#2a3850';
const TEXT = '#e8eef8';
const DIM = '#a3b1c6';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Nice round y bounds and about five ticks between them. */
export function yTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= hi + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  const last = ticks.at(-1);
  if (last !== undefined && last < hi) ticks.push(last + step);
  return ticks;
}

export function chartSvg(c: SvgChart): string {
  const values = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  values.push(...(c.refs ?? []).map((r) => r.value));
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  if (c.includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  const ticks = c.yRange ? yTicks(c.yRange[0], c.yRange[1]) : yTicks(lo, hi);
  const y0 = at(ticks, 0, 'lowest y tick');
  const y1 = at(ticks, ticks.length - 1, 'highest y tick');
  const legendRows = Math.ceil(c.series.length / 4) + (c.refs?.length ? 1 : 0);
  const plotB = H - PAD.bottom - legendRows * 24;
  const px = (i: number) => PAD.left + (c.xLabels.length <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (c.xLabels.length - 1));
  const py = (v: number) => plotB - ((v - y0) / (y1 - y0 || 1)) * (plotB - PAD.top);
  const anchor = c.rtl ? 'end' : 'start';
  const tx = c.rtl ? W - PAD.right : PAD.left;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, 'Noto Sans Arabic', sans-serif"${c.rtl ? ' direction="rtl"' : ''}>`);
  out.push(`<rect width="${W}" height="${H}" fill="${BG}"/>`);
  out.push(`<text x="${tx}" y="40" fill="${TEXT}" font-size="28" font-weight="700" text-anchor="${anchor}">${escapeXml(c.title)}</text>`);
  for (const t of ticks) {
    out.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${py(t)}" y2="${py(t)}" stroke="${GRID}" stroke-width="1"/>`);
    out.push(`<text x="${PAD.left - 10}" y="${py(t) + 6}" fill="${DIM}" font-size="18" text-anchor="end" direction="ltr">${escapeXml(c.format(t))}</text>`);
  }
  c.xLabels.forEach((l, i) => {
    out.push(`<text x="${px(i)}" y="${plotB + 28}" fill="${DIM}" font-size="18" text-anchor="middle">${escapeXml(l)}</text>`);
  });
  for (const r of c.refs ?? []) {
    out.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${py(r.value)}" y2="${py(r.value)}" stroke="${DIM}" stroke-width="2" stroke-dasharray="8 6"/>`);
  }
  for (const s of c.series) {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${px(i).toFixed(1)} ${py(v).toFixed(1)} `;
      pen = true;
    });
    if (d) out.push(`<path d="${d.trim()}" fill="none" stroke="${s.color}" stroke-width="3.5"${s.dashed ? ' stroke-dasharray="10 7"' : ''} stroke-linejoin="round"/>`);
  }
  const legendTop = plotB + 56;
  const colW = (W - PAD.left - PAD.right) / 4;
  const items = [...c.series.map((s) => ({ name: s.name, color: s.color, dashed: !!s.dashed })), ...(c.refs ?? []).map((r) => ({ name: r.name, color: DIM, dashed: true }))];
  items.forEach((it, i) => {
    const col = i % 4;
    const row = Math.floor(i / 4);
    const x = c.rtl ? W - PAD.right - col * colW : PAD.left + col * colW;
    const y = legendTop + row * 24;
    const x2 = c.rtl ? x - 28 : x + 28;
    out.push(`<line x1="${x}" x2="${x2}" y1="${y - 6}" y2="${y - 6}" stroke="${it.color}" stroke-width="4"${it.dashed ? ' stroke-dasharray="7 5"' : ''}/>`);
    out.push(`<text x="${c.rtl ? x - 36 : x + 36}" y="${y}" fill="${TEXT}" font-size="18" text-anchor="${anchor}">${escapeXml(it.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
