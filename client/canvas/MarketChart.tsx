import { palette } from '../theme/palette';
import { ChartFrame } from './ChartFrame';
import { Legend } from './Legend';
import { hasMarketData, marketRanges, paintMarket, priceAt, tableQuantities, type MarketData } from './marketPaint';
import { niceDomain } from './scale';

export type { MarketData, MarketLabels, MarketMarker } from './marketPaint';

// The chip or cloud market of a quarter: supply and demand curves and their clearing point, drawn
// by Phaser, with a DOM legend and, for assistive technology, a table of both curves' prices at the
// axis quantities and at the clearing quantity, and a list of the guides and markers.

export interface MarketChartProps extends MarketData {
  /** The chart's name: the table caption and the stage's label. */
  title: string;
  /** Draw the curves in, then pop the clearing point (Results). */
  animate?: boolean;
  /** ms to wait before animating. */
  animateDelay?: number;
  /** CSS px; default: from the width (taller than wide charts on phones, 260–460 px). */
  height?: number;
  rtl?: boolean;
}

export function marketHeight(w: number): number {
  return Math.round(w < 560 ? Math.max(260, w * 0.78) : Math.min(460, w * 0.56));
}

export function MarketChart(props: MarketChartProps) {
  const { title, animate, animateDelay, height, rtl, ...data } = props;
  return (
    <ChartFrame paint={paintMarket(data)} data={data} label={title} rtl={rtl} animate={animate} animateDelay={animateDelay} height={height} heightFor={height ? undefined : marketHeight} class="cr-market">
      {hasMarketData(data) && (
        <Legend
          items={[
            { name: data.labels.demand, color: palette.demand },
            { name: data.labels.supply, color: palette.supply },
            ...(data.clearing ? [{ name: data.labels.clearing, color: palette.clearing, mark: 'dot' as const }] : []),
            ...(data.markers ?? []).map((m) => ({ name: m.label, color: m.color, mark: 'triangle' as const })),
          ]}
        />
      )}
      <MarketTable title={title} data={data} />
    </ChartFrame>
  );
}

export function MarketTable({ title, data: d }: { title: string; data: MarketData }) {
  if (!hasMarketData(d)) {
    return (
      <p class="sr-only">
        {title}: {d.empty}
      </p>
    );
  }
  const ticks = niceDomain(0, marketRanges(d).qMax, 6, true).ticks;
  const qs = tableQuantities(d, ticks);
  const price = (curve: typeof d.supply, q: number) => {
    const p = priceAt(curve, q);
    return p === null ? '—' : d.formatP(p);
  };
  const notes: string[] = [];
  if (d.cap) notes.push(`${d.cap.label}: ${d.formatQ(d.cap.q)}`);
  if (d.refPrice) notes.push(`${d.refPrice.label}: ${d.formatP(d.refPrice.p)}`);
  for (const m of d.markers ?? []) notes.push(`${m.label}: ${d.formatP(m.p)} · ${d.formatQ(m.q)}`);
  const isClearing = (q: number) => d.clearing !== null && Math.abs(q - d.clearing.q) < 1e-9;
  return (
    <div class="sr-only">
      <table>
        <caption>
          {title}
          {d.clearing ? ` — ${d.labels.clearing}: ${d.formatP(d.clearing.p)} · ${d.formatQ(d.clearing.q)}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {d.labels.quantity} ({d.xTitle})
            </th>
            <th scope="col">
              {d.labels.supplyPrice} ({d.yTitle})
            </th>
            <th scope="col">
              {d.labels.demandPrice} ({d.yTitle})
            </th>
          </tr>
        </thead>
        <tbody>
          {qs.map((q) => (
            <tr key={q}>
              <th scope="row">{isClearing(q) ? `${d.formatQ(q)} — ${d.labels.clearing}` : d.formatQ(q)}</th>
              <td>{price(d.supply, q)}</td>
              <td>{price(d.demand, q)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 && (
        <ul>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
