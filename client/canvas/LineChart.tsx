import { ChartFrame } from './ChartFrame';
import { Legend, type LegendItem } from './Legend';
import { hasLineData, paintLine, type LineData } from './linePaint';

export type { LineData, LineRef, LineSeries } from './linePaint';
export { sharedYRange } from './linePaint';

// Series over quarters, drawn by Phaser, with a DOM legend (series, then named reference lines)
// and, for assistive technology, a table: one row per quarter, one column per series.

export interface LineChartProps extends LineData {
  /** The chart's name: the table caption and the stage's label. */
  title: string;
  /** Header of the table's first column (e.g. "Quarter"). */
  xName: string;
  /** Show the legend (default: when there is more than one series or a named reference line). */
  legend?: boolean;
  /** Draw the lines in from the left. */
  animate?: boolean;
  /** ms to wait before animating. */
  animateDelay?: number;
  /** CSS px; default: from the width (240–420 px). */
  height?: number;
  rtl?: boolean;
}

export function legendItems(d: LineData): LegendItem[] {
  const items: LegendItem[] = [];
  const seen = new Set<string>();
  for (const s of d.series) {
    if (seen.has(s.name)) continue;
    seen.add(s.name);
    items.push({ name: s.name, color: s.color, mark: s.dashed ? 'dashed' : 'line' });
  }
  for (const r of d.refs ?? []) {
    if (!r.label || /^[\d.,\s\u0660-\u0669\u066B\u066C]+$/.test(r.label) || seen.has(r.label)) continue;
    seen.add(r.label);
    items.push({ name: r.label, color: r.color, mark: 'dashed' });
  }
  return items;
}

export function lineHeight(w: number): number {
  return Math.round(w < 560 ? Math.max(240, w * 0.7) : Math.min(420, w * 0.5));
}

export function LineChart(props: LineChartProps) {
  const { title, xName, legend, animate, animateDelay, height, rtl, ...data } = props;
  const items = legendItems(data);
  const showLegend = legend ?? (items.length > 1 || (data.refs ?? []).length > 0);
  return (
    <ChartFrame paint={paintLine(data)} data={data} label={title} rtl={rtl} animate={animate} animateDelay={animateDelay} height={height} heightFor={height ? undefined : lineHeight} class="cr-line">
      {showLegend && hasLineData(data) && <Legend items={items} />}
      <LineTable title={title} xName={xName} data={data} />
    </ChartFrame>
  );
}

export function LineTable({ title, xName, data: d }: { title: string; xName: string; data: LineData }) {
  if (!hasLineData(d)) {
    return (
      <p class="sr-only">
        {title}: {d.empty}
      </p>
    );
  }
  const refs = (d.refs ?? []).filter((r) => r.label);
  return (
    <div class="sr-only">
      <table>
        <caption>
          {title}
          {d.y.title ? ` (${d.y.title})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{xName}</th>
            {d.series.map((s) => (
              <th scope="col" key={s.id}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {d.xLabels.map((x, i) => (
            <tr key={i}>
              <th scope="row">{x}</th>
              {d.series.map((s) => {
                const v = s.values[i];
                return <td key={s.id}>{v === null || v === undefined || !Number.isFinite(v) ? '—' : d.format(v)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {refs.length > 0 && (
        <ul>
          {refs.map((r) => (
            <li key={r.label}>
              {r.label}: {d.format(r.value)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
