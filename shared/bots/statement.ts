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
  const last = k.me.lastOrderedCapex;
  if (tr.disciplineTalk && last > 1 && orderedCapex <= 0.7 * last) return 'capexDiscipline';
  const hypeQuarters = k.sc.statements.hypeQuarters;
  const pendingHype = view.news.some((n) => n.key === 'news.statement.hype' && n.role === k.role && n.quarter > view.quarter - 1 - hypeQuarters);
  if (!pendingHype && k.aiGrowth > 0.1 && k.me.credibility >= 0.4 && draw < tr.hypeChance) return 'hype';
  return 'none';
}
