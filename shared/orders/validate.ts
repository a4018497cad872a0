import type { Role } from '../roles';
import { CUSTOM_SILICON_ROLES } from '../roles';
import type { MatchState } from '../engine/types';
import { isProposalOpen } from '../engine/proposals';
import { cloudLiveIn } from '../engine/model/cloud';
import type { DealTerms, OrderError, OrderValidation, Orders } from './types';
import { ordersSchema } from './schema';
import { copyWellFormedOrders } from './well-formed';
import { zodIssuesToErrors } from './zod-errors';
import { ERROR_MESSAGES, formatMessage, type ErrorKey } from './error-keys';
import { ORDER_LIMITS } from './limits';

// Order validation (GAME.md section 7): shape and bounds via zod (orders that are plainly well
// formed take a faster path to the same result, well-formed.ts), then the rules that need the
// match state. An invalid order is rejected whole; every problem is reported with its field path.

export interface ValidationContext {
  state: MatchState;
  role: Role;
}

function e(path: string, key: ErrorKey, params: Record<string, string | number> = {}): OrderError {
  return { path, key, params, message: formatMessage(ERROR_MESSAGES[key], { path, ...params }) };
}

/** Rules for one proposed deal by `role` (also used by the proposeDeal action). */
export function validateDealTerms(state: MatchState, role: Role, terms: DealTerms, path: string): OrderError[] {
  const out: OrderError[] = [];
  if (terms.seller !== role && terms.buyer !== role) {
    out.push(e(path, 'orders.deals.notParty'));
    return out;
  }
  if (terms.seller === terms.buyer) {
    out.push(e(path, 'orders.deals.selfDeal'));
    return out;
  }
  const other = terms.seller === role ? terms.buyer : terms.seller;
  if (other !== 'neutral') {
    const oc = state.companies[other];
    if (!oc || !oc.active || oc.bankrupt) out.push(e(path, 'orders.deals.counterparty', { party: other }));
  }
  if (terms.seller !== 'neutral' && state.companies[terms.seller].cloud.status !== 'live')
    out.push(e(`${path}.seller`, 'orders.deals.sellerNoCloud', { party: terms.seller }));
  const max = state.scenario.contracts.maxQuarters;
  if (terms.quarters > max) out.push(e(`${path}.quarters`, 'orders.deals.tooLong', { max, got: terms.quarters }));
  return out;
}

export function validateOrders(input: unknown, ctx: ValidationContext): OrderValidation {
  let o = copyWellFormedOrders(input);
  if (o === null) {
    const parsed = ordersSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: zodIssuesToErrors(parsed.error.issues, input) };
    o = parsed.data as Orders;
  }
  const { state, role } = ctx;
  const t = state.quarter;
  const c = state.companies[role];
  const errors: OrderError[] = [];
  if (state.finished) errors.push(e('quarter', 'orders.phase.finished'));
  if (!c || !c.active) return { ok: false, errors: [...errors, e('seat', 'orders.seat.inactive', { role })] };
  if (c.bankrupt) return { ok: false, errors: [...errors, e('seat', 'orders.seat.bankrupt', { role })] };
  if (o.quarter !== t) errors.push(e('quarter', 'orders.quarter.mismatch', { expected: t, got: o.quarter }));

  const a = o.allocation;
  const sum = a.training + a.products + a.cloud;
  if (sum !== 100) errors.push(e('allocation', 'orders.allocation.sum', { got: sum }));
  if (a.cloud > 0 && !cloudLiveIn(c.cloud.status, c.cloud.readyQuarter, t))
    errors.push(e('allocation.cloud', 'orders.allocation.cloudWithoutCloud', { got: a.cloud }));

  if (o.customChips.gw > 0) {
    if (!CUSTOM_SILICON_ROLES.includes(role) || !state.scenario.customSilicon[role]) errors.push(e('customChips.gw', 'orders.customChips.role'));
    else {
      const cap = state.global.customCaps[role] ?? 0;
      if (o.customChips.gw > cap + 1e-9) errors.push(e('customChips.gw', 'orders.customChips.cap', { cap: Math.floor(cap * 1000) / 1000, got: o.customChips.gw }));
    }
  }

  if (o.cloud.launch && c.cloud.status !== 'none') errors.push(e('cloud.launch', 'orders.cloud.alreadyHasCloud', { role, status: c.cloud.status }));
  if (o.statement === 'announceCloud' && !o.cloud.launch) errors.push(e('statement', 'orders.statement.announceWithoutLaunch'));

  const f = o.finance;
  const m = state.scenario.money;
  const isPrivate = state.scenario.companies[role].privateCompany;
  const marketCap = c.sharePrice * c.shares;
  const maxRaise = m.maxEquityRaiseShare * marketCap;
  if (f.raiseEquity > 0) {
    if (f.raiseEquity > maxRaise + 1e-9) errors.push(e('finance.raiseEquity', 'orders.finance.raiseEquityMax', { max: Math.floor(maxRaise * 10) / 10, got: f.raiseEquity }));
    if (isPrivate && c.lastEquityRaiseQ !== null && t - c.lastEquityRaiseQ < m.privateEquityEveryQuarters)
      errors.push(e('finance.raiseEquity', 'orders.finance.equityRound', { every: m.privateEquityEveryQuarters, next: c.lastEquityRaiseQ + m.privateEquityEveryQuarters }));
  }
  if (f.issueDebt > 0 && isPrivate && c.positiveOcfStreak < m.privateDebtAfterPositiveOcfQuarters)
    errors.push(e('finance.issueDebt', 'orders.finance.debtAccess', { needed: m.privateDebtAfterPositiveOcfQuarters, have: c.positiveOcfStreak }));
  const owed = c.debt + c.revolver;
  if (f.repayDebt > owed + 1e-9) errors.push(e('finance.repayDebt', 'orders.finance.repayMax', { max: Math.floor(owed * 100) / 100, got: f.repayDebt }));
  if (f.buyback > 0) {
    if (isPrivate) errors.push(e('finance.buyback', 'orders.finance.buybackPrivate'));
    else if (f.buyback > c.cash + 1e-9) errors.push(e('finance.buyback', 'orders.finance.buybackCash', { cash: Math.floor(c.cash * 100) / 100, got: f.buyback }));
  }
  if (f.raiseEquity > 0 && f.buyback > 0) errors.push(e('finance.buyback', 'orders.finance.raiseAndBuyback'));
  if (f.issueDebt > 0 && f.repayDebt > 0) errors.push(e('finance.repayDebt', 'orders.finance.issueAndRepay'));

  if (o.sellChips && o.sellChips.gw > 0) {
    const owned = c.cohorts.reduce((x, k) => x + k.gw, 0);
    if (o.sellChips.gw > owned + 1e-9) errors.push(e('sellChips.gw', 'orders.sellChips.max', { max: Math.floor(owned * 1000) / 1000, got: o.sellChips.gw }));
  }
  if (o.vendorFinancing?.accept && (!c.vendorOffer || c.vendorOffer.quarter !== t))
    errors.push(e('vendorFinancing.accept', 'orders.vendorFinancing.noOffer', { role }));

  o.deals.propose.forEach((terms, i) => errors.push(...validateDealTerms(state, role, terms, `deals.propose.${i}`)));
  const seen = new Set<string>();
  checkResponses(state, role, o, 'accept', seen, errors);
  checkResponses(state, role, o, 'reject', seen, errors);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, orders: o };
}

/** The proposal ids in deals.accept or deals.reject: each open, addressed to the seat, and named once (`seen` spans both lists). */
function checkResponses(state: MatchState, role: Role, o: Orders, list: 'accept' | 'reject', seen: Set<string>, errors: OrderError[]): void {
  o.deals[list].forEach((id, i) => {
    const path = `deals.${list}.${i}`;
    if (seen.has(id)) {
      const both = list === 'reject' && o.deals.accept.includes(id);
      errors.push(e(path, both ? 'orders.deals.acceptAndReject' : 'orders.deals.duplicate', { id }));
      return;
    }
    seen.add(id);
    const p = state.proposals.find((x) => x.id === id && x.to === role && isProposalOpen(x, state.quarter));
    if (!p) errors.push(e(path, 'orders.deals.unknownProposal', { id, role }));
  });
}

export { ORDER_LIMITS };
