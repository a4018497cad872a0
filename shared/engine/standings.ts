import { seatIndex } from '../roles';
import type { MatchState, Standing } from './types';

/** Active seats ranked by TSR per starting share (bankrupt = −100%); ties in seat order. */
export function standings(state: MatchState): Standing[] {
  return state.settings.activeSeats
    .map((role) => {
      const c = state.companies[role];
      return {
        role,
        tsr: c.bankrupt ? -1 : c.startSharePrice > 0 ? c.sharePrice / c.startSharePrice - 1 : 0,
        bankrupt: c.bankrupt,
        sharePrice: c.bankrupt ? 0 : c.sharePrice,
        marketCap: c.bankrupt ? 0 : c.sharePrice * c.shares,
      };
    })
    .sort((a, b) => b.tsr - a.tsr || seatIndex(a.role) - seatIndex(b.role));
}
