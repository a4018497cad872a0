import type { Role } from '../roles';
import type { Orders } from '../orders/types';
import type { CompanyState, MatchState } from './types';

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

/** GAME.md section 7: a seat that submits nothing keeps its last allocation (and ask) and spends nothing new. */
export function idleOrders(quarter: number, company: Pick<CompanyState, 'allocation' | 'cloud'>): Orders {
  const o = blankOrders(quarter, company.allocation);
  o.cloud.askPrice = company.cloud.askPrice;
  return o;
}

/** The orders of a seat that submitted nothing this quarter. */
export function defaultOrders(state: MatchState, role: Role): Orders {
  return idleOrders(state.quarter, state.companies[role]);
}
