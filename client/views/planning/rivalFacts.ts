import type { NewsItem } from '../../../shared/engine/types';
import type { Role } from '../../../shared/roles';
import { capacityOf } from '../../planning/data';
import type { MatchSnapshot } from '../../state/model';
import { activeRoles } from '../../state/model';

// Public facts about the other companies while planning: ready capacity, a cash band (the
// figure rounded to a range, as an analyst would quote it), cloud status and their last moves
// from the news.

export type CashBand = 'negative' | 'under10' | 'under50' | 'under150' | 'over150';

export function cashBand(cash: number): CashBand {
  if (cash < 0) return 'negative';
  if (cash < 10) return 'under10';
  if (cash < 50) return 'under50';
  if (cash < 150) return 'under150';
  return 'over150';
}

export interface RivalFacts {
  role: Role;
  installedGW: number;
  buildingGW: number;
  cashBand: CashBand;
  cloud: 'none' | 'launching' | 'live';
  cloudReadyQuarter: number | null;
  bankrupt: boolean;
  /** Newest first, at most `moves`. */
  lastMoves: NewsItem[];
}

export function rivalFacts(s: MatchSnapshot, me: Role | null, moves = 2): RivalFacts[] {
  const newest = [...s.news].reverse();
  return activeRoles(s)
    .filter((r) => r !== me)
    .map((role) => {
      const c = s.companies[role]!;
      const cap = capacityOf(c);
      return {
        role,
        installedGW: cap.installedGW,
        buildingGW: cap.building.reduce((sum, b) => sum + b.gw, 0),
        cashBand: cashBand(c.cash),
        cloud: c.cloud.status,
        cloudReadyQuarter: c.cloud.readyQuarter,
        bankrupt: c.bankrupt,
        lastMoves: newest.filter((n) => n.role === role).slice(0, moves),
      };
    });
}
