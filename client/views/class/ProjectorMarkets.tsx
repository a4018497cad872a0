import type { MatchSnapshot } from '../../state/model';
import { tc } from '../../classroom/i18n';
import { ChartSlot } from './ChartSlot';

// The group's chip and cloud markets and share prices, as drawn by client/canvas.

export function ProjectorMarkets({ s }: { s: MatchSnapshot }) {
  void s;
  return (
    <div class="proj-markets">
      <ChartSlot title={tc('proj.chips')} table={null} />
      <ChartSlot title={tc('proj.cloud')} table={null} />
      <ChartSlot title={tc('proj.shares')} table={null} />
    </div>
  );
}
