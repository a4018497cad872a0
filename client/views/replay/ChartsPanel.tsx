import { at } from '../../../shared/lists';
import { LineChart } from '../../canvas';
import type { Loaded } from '../../replay/store';
import { matchCharts } from './matchSeries';

// The whole match's charts drawn up to the timeline's position: they grow as the replay plays.

export function ChartsPanel({ loaded, position }: { loaded: Loaded; position: number }) {
  const final = at(loaded.states, loaded.states.length - 1, 'final replayed state');
  return (
    <div class="grid-auto replay-charts">
      {matchCharts(final, loaded.reports, loaded.record.settings.activeSeats, position).map((c) => (
        <section key={c.id} class="card replay-figure" data-chart={c.id} data-points={c.points} aria-labelledby={`rp-chart-${c.id}`}>
          <h3 id={`rp-chart-${c.id}`}>{c.props.title}</h3>
          <LineChart {...c.props} />
        </section>
      ))}
    </div>
  );
}
