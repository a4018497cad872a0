import type { Role } from '../roles';
import type { Orders } from '../orders/types';
import type { MatchState } from './types';

/** Orders with no new spending and the given allocation. */
export function blankOrders(quarter: number, allocation: Orders['allocation']): Orders {
  return {
    quarter,
    chips: { gw: 0, maxPricePerGW: 0 },
    customChips: { gw: 0 },
    build: { gw: 0, expedite: false },
    allocation: { ...allocation },
    cloud: { launch: false, askPrice: 0 },
    finance: { raiseEquity: 0, issueDebt: 0, repayDebt: 0, buyback: 0 },
    statement: 'none',
    deals: { propose: [], accept: [], reject: [] },
  };
}

/** GAME.md section 7: a seat that submits nothing keeps its last allocation and spends nothing new. */
export function defaultOrders(state: MatchState, role: Role): Orders {
  const c = state.companies[role];
  const o = blankOrders(state.quarter, c.allocation);
  o.cloud.askPrice = c.cloud.askPrice;
  return o;
}
