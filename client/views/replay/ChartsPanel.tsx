import type { Loaded } from '../../replay/store';
import { ChartSlot } from './ChartSlot';
import { FigureTable } from './FigureTable';
import { matchSeries } from './matchSeries';

// The whole match's charts drawn up to the timeline's position: they grow as the replay plays.

export function ChartsPanel({ loaded, position }: { loaded: Loaded; position: number }) {
  const final = loaded.states[loaded.states.length - 1];
  const series = matchSeries(final, loaded.record.settings.activeSeats, position);
  return (
    <div class="grid-auto replay-charts">
      {series.map((s) => (
        <ChartSlot key={s.id} id={`rp-chart-${s.id}`} title={s.title}>
          <div data-chart={s.id} data-points={s.rows.rows.length}>
            <FigureTable caption={s.title} data={s.rows} />
          </div>
        </ChartSlot>
      ))}
    </div>
  );
}
