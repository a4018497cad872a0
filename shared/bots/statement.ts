import type { StatementKind } from '../orders/types';
import type { PlayerView } from '../engine/types';
import type { Situation } from './situation';
import type { BotTraits } from './personas';

// One CEO statement a quarter: answer a rumor, announce a launch, promise discipline after a real
// cut, or hype when AI revenue is growing fast (and no earlier hype is still being checked).

export function decideStatement(
  view: PlayerView,
  k: Situation,
  tr: BotTraits,
  launching: boolean,
  orderedCapex: number,
  draw: number,
): StatementKind {
  if (k.rumorAgainstMe) return 'clarify';
  if (launching) return 'announceCloud';
  // Discipline is judged against the average of the last quarters' orders: promise it only on a clear cut.
  const hist = k.me.orderedCapexHistory ?? [];
  const avg = hist.length > 0 ? hist.reduce((x, y) => x + y, 0) / hist.length : k.me.lastOrderedCapex;
  if (tr.disciplineTalk && avg > 1 && orderedCapex <= (1 - k.sc.statements.capexDisciplineCut - 0.05) * avg) return 'capexDiscipline';
  const hypeQuarters = k.sc.statements.hypeQuarters;
  const pendingHype = view.news.some((n) => n.key === 'news.statement.hype' && n.role === k.role && n.quarter > view.quarter - 1 - hypeQuarters);
  if (!pendingHype && k.aiGrowth > 0.1 && k.me.credibility >= 0.4 && draw < tr.hypeChance) return 'hype';
  return 'none';
}
