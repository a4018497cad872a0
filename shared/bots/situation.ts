import type { Role } from '../roles';
import { at } from '../lists';
import type { CompanyReport, CompanyState, PlayerView } from '../engine/types';
import type { Scenario } from '../engine/scenario-types';
import { efficiency } from '../engine/calendar';
import { chipPrice } from '../engine/model/chips';
import { powerIndex } from '../engine/model/datacenters';
import { commitmentCoverageOf, contractFlows } from '../engine/model/contracts';
import { availableAfterContracts, capacityAfterDeliveries } from '../engine/model/capacity';
import { cloudLiveIn } from '../engine/model/cloud';
import { equityDiscount, leverage } from '../engine/model/finance';
import { trailing } from '../engine/model/valuation';
import { activeEffects } from '../engine/effects';
import { readInvestors, type InvestorRead } from './investors';

// What a seat can read off its own player view, boiled down to the figures the bot decides on.
// Everything here comes from the view (public state plus the seat's own company) and the
// scenario's published rules; nothing private to another seat.

export interface Situation {
  role: Role;
  t: number;
  quartersLeft: number;
  me: CompanyState;
  sc: Scenario;
  isPrivate: boolean;
  lastReport: CompanyReport | null;
  /** CU per GW of chips bought now (delivered next quarter, next quarter's calendar year). */
  effNext: number;
  /** Chips (GW) still installed next quarter: existing cohorts not retiring, plus chips on order. */
  chipGWNext: number;
  /** Shell ready at the start of this quarter (after deliveries). */
  shellNow: number;
  /** Shell ready now plus everything under construction. */
  shellPipeline: number;
  /** Shell ready by next quarter. */
  shellNext: number;
  /** Chip GW retiring within the next four quarters. */
  retiringSoonGW: number;
  /** Own CU this quarter after deliveries. */
  ownCU: number;
  contractInCU: number;
  contractOutCU: number;
  /** Growth of contract compute already signed, from this quarter to two quarters on. */
  contractInGrowth: number;
  availableCU: number;
  /** Contract payments / receipts due this quarter and the change from last quarter. */
  paymentsNow: number;
  receiptsNow: number;
  paymentsDelta: number;
  cloudLiveNow: boolean;
  /** Chip price expected if others repeat last quarter's orders, for `gw` of our own. */
  chipPriceFor: (gw: number) => number;
  listPrice: number;
  /** Custom-silicon cap this quarter (0 without custom silicon). */
  customCap: number;
  dcCostIndex: number;
  extraBuildQuarters: number;
  powerIndexFor: (gw: number) => number;
  lastCloudPrice: number;
  pref: number;
  /** Cost of a CU from the neutral supplier's spare capacity this quarter. */
  neutralCost: number;
  /** Expected AI product demand for the company this quarter ($B) and revenue per CU. */
  productDemand: number;
  revenuePerCU: number;
  /** AI product demand the industry could not serve last quarter ($B). */
  industryLostDemand: number;
  spendGrowth: number;
  /** Last quarter's idle share of available compute. */
  idleShare: number;
  /** Operating cash flow expected this quarter before capex and financing. */
  ocf: number;
  /** Capex already due this quarter (deliveries, installments). */
  capexDueNow: number;
  /** Installments already scheduled for next quarter. */
  installmentsNext: number;
  ebitda4: number;
  leverage: number;
  marketCap: number;
  mood: number;
  equityDiscount: number;
  canIssueDebt: boolean;
  canRaiseEquity: boolean;
  maxEquityRaise: number;
  /** Next-4-quarter contract payments / trailing-4q revenue (the investors' coverage ratio). */
  commitmentCoverage: number;
  trailingRevenue: number;
  capexPenalty: number;
  /** Growth of AI revenue, average of the last quarters (q/q). */
  aiGrowth: number;
  rumorAgainstMe: boolean;
  /** The seat was forced into an emergency share sale in the last four quarters (it learns to keep more cash). */
  recentEmergency: boolean;
  /** What investors said last quarter (engine 2): penalty, cost of capital, solvency, circular money. */
  investors: InvestorRead;
}

export function readSituation(view: PlayerView, role: Role, sc: Scenario): Situation {
  const me = view.own!;
  const t = view.quarter;
  const g = view.global;
  const settings = view.settings;
  const retire = sc.chips.retireAfterQuarters;
  const lastReport = view.lastReport?.companies.find((c) => c.role === role) ?? null;

  // Capacity after this quarter's deliveries, as resolution will see it.
  const shellNow = me.shellReadyGW + me.shellsUnderConstruction.filter((u) => u.readyQuarter <= t).reduce((x, u) => x + u.gw, 0);
  const shellNext = shellNow + me.shellsUnderConstruction.filter((u) => u.readyQuarter === t + 1).reduce((x, u) => x + u.gw, 0);
  const shellPipeline = me.shellReadyGW + me.shellsUnderConstruction.reduce((x, u) => x + u.gw, 0);
  const inst = capacityAfterDeliveries(me, sc, settings, t);
  const chipGWNext = me.cohorts.filter((k) => k.ageQ + 1 < retire).reduce((x, k) => x + k.gw, 0) + me.chipsOnOrder.reduce((x, o) => x + o.gw, 0);
  const retiringSoonGW = me.cohorts.filter((k) => k.ageQ + 4 >= retire).reduce((x, k) => x + k.gw, 0);

  const now = contractFlows(view.contracts, role, t);
  const before = contractFlows(view.contracts, role, t - 1);
  const availableCU = availableAfterContracts(inst.ownCU, now.outCU, now.inCU);

  // Markets, assuming the others repeat last quarter's orders (what the decision panel assumes).
  const othersChips = Object.entries(g.lastChipRequests).reduce((x, [r, v]) => (r === role ? x : x + (v ?? 0)), 0);
  const othersBuild = Object.entries(g.lastBuildRequests).reduce((x, [r, v]) => (r === role ? x : x + (v ?? 0)), 0);
  // Active events are public: their multipliers apply to this quarter's markets.
  const fx = activeEffects(sc, view.events, t);
  const supply = g.chipSupplyCap * fx.chipSupply;
  const chipPriceFor = (gw: number) => Math.max(chipPrice(g.neutralChipDemand + othersChips + gw, supply, g.chipListPrice, sc.chips), 0.9 * g.lastChipPrice);
  const powerIndexFor = (gw: number) => powerIndex(othersBuild + gw, g.gridAdditions, sc.dataCenters.powerSlope);

  // AI products: last quarter's demand grown by last quarter's spend growth.
  const rep = view.lastReport;
  const share = rep?.products.shares.find((x) => x.role === role);
  const spendGrowth = rep ? rep.products.growth : sc.products.growthBase * (sc.products.growthOffset + 1);
  const productDemand = share ? share.demand * (1 + spendGrowth) : (me.trail[me.trail.length - 1]?.segments.aiProducts ?? 0) * 1.1;
  const revenuePerCU = g.revenuePerCU * fx.revenuePerCU;
  const industryLostDemand = rep ? rep.products.lostDemand : 0;
  const idleShare = lastReport && lastReport.capacity.availableCU > 0 ? lastReport.capacity.idleCU / lastReport.capacity.availableCU : 0;

  // Cash: last quarter's operating cash flow, corrected for contract payments that change now.
  const last = me.history[me.history.length - 1];
  const lastTrail = me.trail[me.trail.length - 1];
  const baseOcf = last ? last.operatingCashFlow : lastTrail ? lastTrail.ebitda * (lastTrail.ebitda > 0 ? 1 - sc.money.taxRate : 1) : 0;
  const paymentsDelta = t > 0 ? now.pay - before.pay : 0;
  const receiptsDelta = t > 0 ? now.receive - before.receive : 0;
  const ocf = baseOcf - paymentsDelta + receiptsDelta;
  const deliveries = me.chipsOnOrder.reduce((x, o) => x + o.gw * o.price, 0);
  const installmentsNow = me.shellsUnderConstruction.reduce((x, u) => x + (u.remainingInstallments > 0 ? u.installment : 0), 0);
  const installmentsNext = me.shellsUnderConstruction.reduce((x, u) => x + (u.remainingInstallments > 1 ? u.installment : 0), 0);

  const ebitda4 = trailing(me.trail, (r) => r.ebitda);
  const isPrivate = sc.companies[role].privateCompany;
  const m = sc.money;
  const marketCap = me.sharePrice * me.shares;
  const trailingRevenue = trailing(me.trail, (r) => r.revenue);

  let aiGrowth = 0;
  const tr = me.trail;
  if (tr.length >= 3) {
    let n = 0;
    for (let i = tr.length - 1; i >= Math.max(1, tr.length - 3); i--) {
      const before = at(tr, i - 1, 'trail row');
      if (before.aiRevenue > 0) {
        aiGrowth += at(tr, i, 'trail row').aiRevenue / before.aiRevenue - 1;
        n++;
      }
    }
    aiGrowth = n > 0 ? aiGrowth / n : 0;
  }

  return {
    role,
    t,
    quartersLeft: settings.quarters - t,
    me,
    sc,
    isPrivate,
    lastReport,
    effNext: efficiency(sc, t + 1),
    chipGWNext,
    shellNow,
    shellPipeline,
    shellNext,
    retiringSoonGW,
    ownCU: inst.ownCU,
    contractInCU: now.inCU,
    contractOutCU: now.outCU,
    contractInGrowth: Math.max(0, contractFlows(view.contracts, role, t + 2).inCU - now.inCU),
    availableCU,
    paymentsNow: now.pay,
    receiptsNow: now.receive,
    paymentsDelta,
    cloudLiveNow: cloudLiveIn(me.cloud.status, me.cloud.readyQuarter, t),
    chipPriceFor,
    listPrice: g.chipListPrice,
    customCap: sc.customSilicon[role] ? (g.customCaps[role] ?? 0) : 0,
    dcCostIndex: g.dcCostIndex * fx.dcCost,
    extraBuildQuarters: fx.buildQuarters,
    powerIndexFor,
    lastCloudPrice: g.lastCloudPrice,
    pref: sc.cloud.pref,
    neutralCost: sc.contracts.neutral.costPerCU / efficiency(sc, t),
    productDemand,
    revenuePerCU,
    industryLostDemand,
    spendGrowth,
    idleShare,
    ocf,
    capexDueNow: deliveries + installmentsNow,
    installmentsNext,
    ebitda4,
    leverage: leverage(me.debt + me.revolver, ebitda4, m.leverageCap),
    marketCap,
    mood: g.mood,
    equityDiscount: equityDiscount(g.mood, m),
    canIssueDebt: !isPrivate || me.positiveOcfStreak >= m.privateDebtAfterPositiveOcfQuarters,
    canRaiseEquity: me.sharePrice > 0 && !(isPrivate && me.lastEquityRaiseQ !== null && t - me.lastEquityRaiseQ < m.privateEquityEveryQuarters),
    maxEquityRaise: Math.max(0, m.maxEquityRaiseShare * marketCap),
    commitmentCoverage: commitmentCoverageOf(view.contracts, role, t, me.trail),
    trailingRevenue,
    capexPenalty: lastReport ? lastReport.valuation.capexPenalty : 0,
    aiGrowth,
    rumorAgainstMe: view.events.some((e) => e.target === role && (e.rumorHit ?? 0) > 0),
    investors: readInvestors(view, role),
    recentEmergency: view.news.some((n) => n.key === 'news.distress.emergencyRaise' && n.role === role && n.quarter >= t - 4),
  };
}
