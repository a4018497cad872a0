import { at } from '../../shared/lists';
import { ChartFrame } from './ChartFrame';
import { amountText, paintWaterfall, waterfallLayout, waterfallSpans, type WaterfallData } from './waterfallPaint';

export type { WaterfallData, WaterfallItem } from './waterfallPaint';

// Why a figure moved — the investor mood (start, each cause, end), a share price, the P&L or the
// cash flow — as a Phaser waterfall whose height follows its rows, with a table for assistive
// technology: each row's name, its amount and the running total after it.

export interface WaterfallProps extends WaterfallData {
  /** The chart's name: the table caption and the stage's label. */
  title: string;
  /** Table column headers, e.g. { item: "Line", amount: "Amount", running: "Running total" }. */
  columns: { item: string; amount: string; running: string };
  /** Reveal the rows one by one. */
  animate?: boolean;
  /** ms to wait before animating. */
  animateDelay?: number;
  rtl?: boolean;
}

export function Waterfall(props: WaterfallProps) {
  const { title, columns, animate, animateDelay, rtl, ...data } = props;
  return (
    <ChartFrame
      paint={paintWaterfall(data)}
      data={data}
      label={title}
      rtl={rtl}
      animate={animate}
      animateDelay={animateDelay}
      heightFor={(w) => waterfallLayout(data, w, !!rtl).height}
      class="cr-waterfall"
    >
      <WaterfallTable title={title} columns={columns} data={data} />
    </ChartFrame>
  );
}

export function WaterfallTable({ title, columns, data: d }: { title: string; columns: WaterfallProps['columns']; data: WaterfallData }) {
  if (d.items.length === 0) {
    return (
      <p class="sr-only">
        {title}: {d.empty}
      </p>
    );
  }
  const spans = waterfallSpans(d.items);
  return (
    // Wrapped: a table cannot be shrunk to 1 px itself, the wrapper clips it.
    <div class="sr-only">
      <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.item}</th>
          <th scope="col">{columns.amount}</th>
          <th scope="col">{columns.running}</th>
        </tr>
      </thead>
      <tbody>
        {d.items.map((it, i) => (
          <tr key={i}>
            <th scope="row">
              {it.label}
              {it.help ? ` — ${it.help}` : ''}
            </th>
            <td>{amountText(d, it)}</td>
            <td>{d.format(at(spans, i, 'waterfall span').running)}</td>
          </tr>
        ))}
      </tbody>
      </table>
    </div>
  );
}
