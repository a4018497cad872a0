import type { Role } from '../../../shared/roles';
import type { MatchSnapshot } from '../../state/model';
import { activeRoles } from '../../state/model';

// The four debrief awards (GAME.md §6), read off the companies' reported histories.

export interface Award {
  id: 'moneyMachine' | 'frontier' | 'ironBalanceSheet' | 'bestTiming';
  role: Role | null;
  value: number;
}

export function awards(s: MatchSnapshot): Award[] {
  const roles = activeRoles(s).filter((r) => s.companies[r]);
  const best = (score: (r: Role) => number | null, lowest = false): { role: Role | null; value: number } => {
    let out: { role: Role | null; value: number } = { role: null, value: 0 };
    for (const r of roles) {
      const v = score(r);
      if (v === null || !Number.isFinite(v)) continue;
      if (out.role === null || (lowest ? v < out.value : v > out.value)) out = { role: r, value: v };
    }
    return out;
  };
  const hist = (r: Role) => s.companies[r]!.history;
  const money = best((r) => hist(r).reduce((x, h) => x + h.cloudRevenue, 0));
  const frontier = best((r) => (s.companies[r]!.bankrupt ? null : s.companies[r]!.quality));
  const iron = best((r) => {
    const c = s.companies[r]!;
    if (c.bankrupt) return null;
    const last4 = hist(r).slice(-4).reduce((x, h) => x + h.ebitda, 0);
    const debt = c.debt + c.revolver;
    if (debt <= 0) return 0;
    return last4 > 0 ? debt / last4 : Number.POSITIVE_INFINITY;
  }, true);
  const timing = best((r) => {
    const h = hist(r);
    const c = s.companies[r]!;
    if (c.bankrupt) return null;
    const launchIdx = h.findIndex((row, i) => row.cloudStatus !== 'none' && h[i - 1]?.cloudStatus === 'none');
    if (launchIdx < 0) return null;
    const at = h[launchIdx - 1]?.sharePrice ?? c.startSharePrice;
    return at > 0 ? c.sharePrice / at - 1 : null;
  });
  return [
    { id: 'moneyMachine', ...money },
    { id: 'frontier', ...frontier },
    { id: 'ironBalanceSheet', ...iron },
    { id: 'bestTiming', ...timing },
  ];
}
