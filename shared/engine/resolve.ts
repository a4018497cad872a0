import { ROLES, type Role } from '../roles';
import type { Orders, OrderError } from '../orders/types';
import { validateOrders } from '../orders/validate';
import type { CompanyReport, HostEvent, MatchState, QuarterReport, ValuationReport } from './types';
import { calendarOf } from './calendar';
import { activeEffects } from './effects';
import { cloneForResolve } from './clone';
import { newLedger, total, type Ctx, type Ledger } from './context';
import { zeroSegments } from './segments';
import { EngineInputError, makeError } from './errors';
import { defaultOrders } from './defaults';
import { addContract, addProposal, openProposalFor } from './deals';
import { stateHash } from './state-hash';
import { runEvents, validateHostEvents } from './steps/events';
import { runDeliveries } from './steps/deliveries';
import { runChipMarket } from './steps/chip-market';
import { runDataCenters } from './steps/data-centers';
import { runContracts } from './steps/contracts';
import { measureCapacity, runAllocation } from './steps/allocation';
import { runCloudLaunch } from './steps/cloud-launch';
import { runCloudMarket } from './steps/cloud-market';
import { runProducts } from './steps/products';
import { runTraining } from './steps/training';
import { runMoney, cashFlowLines } from './steps/money';
import { runDistress } from './steps/distress';
import { runStatements } from './steps/statements';
import { runInvestors } from './steps/investors';
import { runAdvance } from './steps/advance';
import { runSecondHand } from './steps/second-hand';
import { committedGWAfter, makeVendorOffers, runVendorFinancing } from './vendor-financing';
import { coreErosionRate, erosionUpkeep } from './model/underinvestment';
import { solvencyOf } from './model/solvency';
import { secondHandQuote } from './model/second-hand';
import { trailing } from './model/valuation';

/** Checks everything resolveQuarter would reject, without changing anything. */
export function validateResolveInput(state: MatchState, ordersBySeat: unknown, hostEvents: unknown): OrderError[] {
  if (state.finished) return [makeError('quarter', 'action.finished', {})];
  const errors: OrderError[] = [...validateHostEvents(state, hostEvents ?? [])];
  if (ordersBySeat === null || typeof ordersBySeat !== 'object' || Array.isArray(ordersBySeat)) {
    errors.push(makeError('orders', 'field.type', { expected: 'an object keyed by seat' }));
    return errors;
  }
  for (const [seat, orders] of Object.entries(ordersBySeat as Record<string, unknown>)) {
    if (orders === undefined) continue;
    if (!(ROLES as readonly string[]).includes(seat) || !state.settings.activeSeats.includes(seat as Role)) {
      errors.push(makeError(`orders.${seat}`, 'action.seat', { got: seat }));
      continue;
    }
    if (state.companies[seat as Role].bankrupt) {
      errors.push(makeError(`orders.${seat}`, 'orders.seat.bankrupt', { role: seat }));
      continue;
    }
    const v = validateOrders(orders, { state, role: seat as Role });
    if (!v.ok) errors.push(...v.errors.map((e) => ({ ...e, path: `orders.${seat}.${e.path}`, message: `${seat}: ${e.message}` })));
  }
  return errors;
}

export interface ResolveOptions {
  /**
   * Compute the new state's hash into report.hash (default true). Simulations that never make a
   * record (balance and strategy searches) may skip it: report.hash is then '' and nothing else changes.
   */
  hash?: boolean;
}

/**
 * Resolves the quarter being planned (GAME.md section 5, in order). Pure: the input state is not
 * changed. Seats missing from ordersBySeat play defaultOrders. Throws EngineInputError (before
 * anything changes) only for invalid orders or host events.
 */
export function resolveQuarter(
  state: MatchState,
  ordersBySeat: Partial<Record<Role, Orders>>,
  hostEvents: HostEvent[] = [],
  options: ResolveOptions = {},
): { state: MatchState; report: QuarterReport } {
  const errors = validateResolveInput(state, ordersBySeat, hostEvents);
  if (errors.length > 0) throw new EngineInputError(errors);
  const s = cloneForResolve(state);
  const t = s.quarter;
  const live = s.settings.activeSeats.filter((r) => !s.companies[r].bankrupt);
  const orders: Partial<Record<Role, Orders>> = {};
  const ledger: Partial<Record<Role, Ledger>> = {};
  for (const r of live) {
    orders[r] = ordersBySeat[r] ?? defaultOrders(state, r);
    ledger[r] = newLedger(s.companies[r].cash);
  }
  const qualityAtStart: Partial<Record<Role, number>> = {};
  for (const r of ROLES) qualityAtStart[r] = s.companies[r].quality;
  const ctx: Ctx = {
    s,
    sc: s.scenario,
    t,
    cal: calendarOf(s.settings, t),
    fx: activeEffects(s.scenario, s.events, t),
    orders,
    live,
    ledger,
    cap: {},
    news: [],
    moodShocks: [],
    sentimentCauses: {},
    spillover: {},
    neutralSpareCU: 0,
    frontier: 0,
    qualityAtStart,
    startMood: s.global.mood,
    secondHandGW: 0,
    secondHand: [],
    eventsReport: [],
    // Set by their steps; present from the start so the context keeps one shape (one hidden class)
    // for the helpers every step calls with it.
    chips: undefined,
    dataCenters: undefined,
    cloud: undefined,
    products: undefined,
  };

  runEvents(ctx, hostEvents);
  ctx.fx = activeEffects(s.scenario, s.events, t);
  runVendorFinancing(ctx);
  runDeliveries(ctx);
  runSecondHand(ctx);
  runChipMarket(ctx);
  runDataCenters(ctx);
  measureCapacity(ctx);
  const { outCU, inCU } = runContracts(ctx);
  runAllocation(ctx, outCU, inCU);
  runCloudLaunch(ctx);
  runCloudMarket(ctx);
  runProducts(ctx);
  runTraining(ctx);
  runMoney(ctx);
  runDistress(ctx);
  runStatements(ctx);
  const inv = runInvestors(ctx);
  const valuations = valuationsOf(ctx, inv.valuations);
  const companies = live.map((r) => companyReport(ctx, r, inv.sentimentBefore[r] ?? s.companies[r].sentiment, valuations[r]!));
  for (const role of s.settings.activeSeats) s.companies[role].lastCapexPenalty = valuations[role]!.capexPenalty;
  runDealOrders(ctx);
  const { spendGrowth } = runAdvance(ctx);
  ctx.products!.growth = spendGrowth;
  makeVendorOffers(s);

  const report: QuarterReport = {
    quarter: t,
    calendar: ctx.cal,
    events: ctx.eventsReport,
    chips: ctx.chips!,
    dataCenters: ctx.dataCenters!,
    cloud: ctx.cloud!,
    products: ctx.products!,
    companies,
    mood: inv.mood,
    news: ctx.news,
    hash: '',
  };
  if (options.hash !== false) report.hash = stateHash(s);
  return { state: s, report };
}

/** Every active seat's valuation this quarter: the one the investors step priced it with, or a bankrupt's zeros. */
function valuationsOf(ctx: Ctx, priced: Partial<Record<Role, ValuationReport>>): Partial<Record<Role, ValuationReport>> {
  const out: Partial<Record<Role, ValuationReport>> = {};
  for (const role of ctx.s.settings.activeSeats) out[role] = ctx.s.companies[role].bankrupt ? bankruptValuation() : priced[role]!;
  return out;
}

function bankruptValuation(): ValuationReport {
  const segments = zeroSegments();
  return {
    segments,
    aiProductsGrowth: 0,
    growthFactor: 0,
    growthRoom: 0,
    capexPenalty: 0,
    unbackedShare: 0,
    capexFactor: 1,
    moodFactor: 0,
    sentimentFactor: 0,
    costOfCapital: 0,
    earnings: 0,
    earningsValue: 0,
    franchiseValue: 0,
    growthValue: 0,
    marginPlausibility: 0,
    aiMargin: 0,
    capexPenaltyValue: 0,
    circularShare: 0,
    circularDiscount: 0,
    circularDiscountValue: 0,
    ev: 0,
    equity: 0,
    sharePrice: 0,
    marketCap: 0,
    tsr: -1,
  };
}

/** 1 + the number of other solvent active seats with a better model. */
function qualityRank(ctx: Ctx, role: Role): number {
  const q = ctx.s.companies[role].quality;
  let rank = 1;
  for (const r of ctx.s.settings.activeSeats) if (r !== role && !ctx.s.companies[r].bankrupt && ctx.s.companies[r].quality > q) rank++;
  return rank;
}

function companyReport(ctx: Ctx, role: Role, sentimentBefore: number, v: ValuationReport): CompanyReport {
  const c = ctx.s.companies[role];
  const l = ctx.ledger[role]!;
  const cap = ctx.cap[role]!;
  cap.onOrderGW = c.chipsOnOrder.reduce((x, o) => x + o.gw, 0);
  cap.underConstruction = c.shellsUnderConstruction.map((u) => ({ gw: u.gw, readyQuarter: u.readyQuarter }));
  const quote = secondHandQuote(c.cohorts, ctx.t + 1, ctx.s.global.chipListPrice, ctx.sc);
  cap.secondHandPricePerGW = quote.nextPerGW;
  cap.secondHandValue = quote.total;
  const taken = l.vendorEquity > 0 ? c.chipCommitments.find((k) => k.startQ === ctx.t) : undefined;
  return {
    role,
    pnl: {
      revenue: l.revenue,
      costs: l.costs,
      ebitda: l.ebitda,
      depreciation: l.depreciation,
      interest: l.interest,
      pretax: l.pretax,
      tax: l.tax,
      netIncome: l.netIncome,
    },
    cashFlow: { opening: l.openingCash, lines: cashFlowLines(l), closing: c.cash },
    capacity: cap,
    valuation: v,
    sentiment: { before: sentimentBefore, after: c.sentiment, causes: ctx.sentimentCauses[role] ?? [] },
    quality: c.quality,
    qualityRank: c.bankrupt ? 0 : qualityRank(ctx, role),
    credibility: c.credibility,
    distress: l.distressNotes,
    bankrupt: c.bankrupt,
    revenueBySegment: { ...l.segments },
    capex: total(l.capex),
    debt: c.debt + c.revolver,
    cloudStatus: c.cloud.status,
    unservedDemand: l.unserved,
    solvency: solvencyOf(
      { cash: c.cash, debt: c.debt, revolver: c.revolver, ebitda4: c.bankrupt ? 0 : trailing(c.trail, (r) => r.ebitda), equityValue: c.bankrupt ? 0 : v.marketCap, mood: ctx.s.global.mood },
      ctx.sc.distress,
    ),
    ...(c.bankrupt ? {} : { keepUp: keepUpReport(ctx, role) }),
    vendorFinancing: {
      accepted: taken ? { equity: taken.equity, gwPerQuarter: taken.gwPerQuarter, quarters: taken.endQ - taken.startQ + 1, pricePerGW: taken.pricePerGW } : null,
      committedGW: committedGWAfter(c, ctx.t),
    },
  };
}

function keepUpReport(ctx: Ctx, role: Role): NonNullable<CompanyReport['keepUp']> {
  const c = ctx.s.companies[role];
  const upkeep = erosionUpkeep(c, ctx.sc);
  // Never −0: reports travel as JSON, which has no negative zero.
  const drag = Math.max(0, -total((ctx.sentimentCauses[role] ?? []).filter((x) => x.key === 'sentiment.underinvestment')));
  return { ...upkeep, drag, erosion: coreErosionRate(c, ctx.sc, ctx.t, ctx.s.settings.quarters, upkeep) };
}

/** Orders' deals.accept / reject / propose, processed after the quarter (contracts start next quarter). */
function runDealOrders(ctx: Ctx): void {
  const { s, t } = ctx;
  for (const role of ctx.live) {
    if (s.companies[role].bankrupt) continue;
    const d = ctx.orders[role]!.deals;
    for (const id of d.accept) {
      const p = openProposalFor(s, role, id, t);
      if (!p) continue;
      const other = p.from;
      if (s.companies[other].bankrupt) {
        p.status = 'expired';
        continue;
      }
      p.status = 'accepted';
      addContract(s, p, t + 1);
    }
    for (const id of d.reject) {
      const p = openProposalFor(s, role, id, t);
      if (p) p.status = 'rejected';
    }
    for (const terms of d.propose) addProposal(s, role, terms, t);
  }
}
