import { seatIndex, type Role } from '../roles';
import type { CompanyState, Standing } from './types';

/** What the ranking reads: a match state, or a client's snapshot of one (which has no company for an empty seat). */
export interface StandingsSource {
  settings: { readonly activeSeats: readonly Role[] };
  companies: Partial<Record<Role, Pick<CompanyState, 'bankrupt' | 'startSharePrice' | 'sharePrice' | 'shares'>>>;
}

/** Active seats ranked by TSR per starting share (bankrupt = −100%); ties in seat order. */
export function standings(state: StandingsSource): Standing[] {
  const out: Standing[] = [];
  for (const role of state.settings.activeSeats) {
    const c = state.companies[role];
    if (!c) continue;
    out.push({
      role,
      tsr: c.bankrupt ? -1 : c.startSharePrice > 0 ? c.sharePrice / c.startSharePrice - 1 : 0,
      bankrupt: c.bankrupt,
      sharePrice: c.bankrupt ? 0 : c.sharePrice,
      marketCap: c.bankrupt ? 0 : c.sharePrice * c.shares,
    });
  }
  return out.sort((a, b) => b.tsr - a.tsr || seatIndex(a.role) - seatIndex(b.role));
}
