import type { ArraySchema, MapSchema } from '@colyseus/schema';
import type { CompanyHistoryRow, DealProposal, PlayerView, PublicCompany, TrailRow } from '../../shared/engine/types';
import { ROLES } from '../../shared/roles';
import {
  ChipOrderSchema,
  CohortSchema,
  CompanySchema,
  CoreLineSchema,
  HistoryRowSchema,
  ShellBuildSchema,
  TrailRowSchema,
} from './company';
import { ActiveEventSchema, ContractSchema, NewsSchema, type GlobalSchema } from './market';
import type { MatchStateSchema } from './MatchState';
import { ProposalSchema, type SeatPrivateSchema } from './seat';

// Copies the engine's views into the schema. Values are assigned as the engine has them (schema
// setters skip unchanged values, so only real changes are patched); the only figure computed here
// is the global lastBuildStarts, the sum of lastBuildRequests that the engine does not keep.

/** Reuses the schema items by index, adds missing ones, removes extra ones. */
function syncArray<S, V>(target: ArraySchema<S>, values: readonly V[], create: () => S, assign: (item: S, value: V) => void): void {
  while (target.length > values.length) target.pop();
  values.forEach((value, i) => {
    let item = target[i];
    if (item === undefined) {
      item = create();
      assign(item, value);
      target.push(item);
    } else {
      assign(item, value);
    }
  });
}

function syncPrimitiveArray<V extends number | string>(target: ArraySchema<V>, values: readonly V[]): void {
  while (target.length > values.length) target.pop();
  values.forEach((v, i) => {
    if (i >= target.length) target.push(v);
    else if (target[i] !== v) target[i] = v;
  });
}

function syncNumberMap(target: MapSchema<number>, values: Record<string, number | undefined>): void {
  for (const key of [...target.keys()]) if (values[key] === undefined) target.delete(key);
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && target.get(key) !== value) target.set(key, value);
  }
}

function assignHistory(row: InstanceType<typeof HistoryRowSchema>, h: CompanyHistoryRow): void {
  row.quarter = h.quarter;
  row.revenue = h.revenue;
  syncNumberMap(row.revenueBySegment, h.revenueBySegment);
  row.aiRevenue = h.aiRevenue;
  row.cloudRevenue = h.cloudRevenue;
  row.ebitda = h.ebitda;
  row.netIncome = h.netIncome;
  row.operatingCashFlow = h.operatingCashFlow;
  row.capex = h.capex;
  row.cash = h.cash;
  row.debt = h.debt;
  row.sharePrice = h.sharePrice;
  row.marketCap = h.marketCap;
  row.installedGW = h.installedGW;
  row.ownCU = h.ownCU;
  row.quality = h.quality;
  row.sentiment = h.sentiment;
  row.credibility = h.credibility;
  row.cloudStatus = h.cloudStatus;
  row.tsr = h.tsr;
  row.capexPenalty = h.capexPenalty;
  row.unservedDemand = h.unservedDemand;
  row.bankrupt = h.bankrupt;
}

function assignTrail(row: InstanceType<typeof TrailRowSchema>, r: TrailRow): void {
  row.quarter = r.quarter;
  syncNumberMap(row.segments, r.segments);
  row.revenue = r.revenue;
  row.aiRevenue = r.aiRevenue;
  row.cloudRevenue = r.cloudRevenue;
  row.capex = r.capex;
  row.ebitda = r.ebitda;
}

function assignCompany(target: InstanceType<typeof CompanySchema>, c: PublicCompany): void {
  target.role = c.role;
  target.active = c.active;
  target.bankrupt = c.bankrupt;
  target.bankruptQ = c.bankruptQ ?? -1;
  target.cash = c.cash;
  target.debt = c.debt;
  target.debtRate = c.debtRate;
  target.revolver = c.revolver;
  target.revolverRate = c.revolverRate;
  target.shares = c.shares;
  target.startSharePrice = c.startSharePrice;
  target.sharePrice = c.sharePrice;
  target.sentiment = c.sentiment;
  target.credibility = c.credibility;
  target.quality = c.quality;
  target.brand = c.brand;
  target.positiveOcfStreak = c.positiveOcfStreak;
  target.shellReadyGW = c.shellReadyGW;
  target.shellBookValue = c.shellBookValue;
  target.shellGrossCost = c.shellGrossCost;
  target.lastOrderedCapex = c.lastOrderedCapex;
  target.cloudStatus = c.cloud.status;
  target.cloudReadyQuarter = c.cloud.readyQuarter ?? -1;
  target.cloudReputation = c.cloud.reputation;
  target.cloudAskPrice = c.cloud.askPrice;
  syncArray(target.coreLines, c.coreLines, () => new CoreLineSchema(), (s, v) => {
    s.segment = v.segment;
    s.base = v.base;
    s.growth = v.growth;
    s.margin = v.margin;
  });
  syncArray(target.cohorts, c.cohorts, () => new CohortSchema(), (s, v) => {
    s.gw = v.gw;
    s.year = v.year;
    s.bookValue = v.bookValue;
    s.cost = v.cost;
    s.ageQ = v.ageQ;
    s.custom = v.custom;
    s.efficiency = v.efficiency;
  });
  syncArray(target.chipsOnOrder, c.chipsOnOrder, () => new ChipOrderSchema(), (s, v) => {
    s.gw = v.gw;
    s.price = v.price;
    s.custom = v.custom;
  });
  syncArray(target.shellsUnderConstruction, c.shellsUnderConstruction, () => new ShellBuildSchema(), (s, v) => {
    s.gw = v.gw;
    s.readyQuarter = v.readyQuarter;
    s.remainingInstallments = v.remainingInstallments;
    s.installment = v.installment;
    s.cost = v.cost;
  });
  syncArray(target.trail, c.trail, () => new TrailRowSchema(), assignTrail);
  syncArray(target.history, c.history, () => new HistoryRowSchema(), assignHistory);
}

function assignGlobal(target: GlobalSchema, g: PlayerView['global']): void {
  target.mood = g.mood;
  target.chipListPrice = g.chipListPrice;
  target.chipSupplyCap = g.chipSupplyCap;
  target.neutralChipDemand = g.neutralChipDemand;
  target.dcCostIndex = g.dcCostIndex;
  target.gridAdditions = g.gridAdditions;
  target.aiProductSpend = g.aiProductSpend;
  target.revenuePerCU = g.revenuePerCU;
  target.cloudDref = g.cloudDref;
  target.baseRate = g.baseRate;
  target.neutralSupplierCapacity = g.neutralSupplierCapacity;
  target.lastCloudPrice = g.lastCloudPrice;
  syncNumberMap(target.customCaps, g.customCaps as Record<string, number | undefined>);
  target.roiGap = g.roiGap;
  target.startFrontier = g.startFrontier;
  target.lastChipPrice = g.lastChipPrice;
  syncNumberMap(target.lastChipRequests, g.lastChipRequests as Record<string, number | undefined>);
  target.lastBuildStarts = Object.values(g.lastBuildRequests).reduce((x: number, gw) => x + (gw ?? 0), 0);
  syncNumberMap(target.lastBuildRequests, g.lastBuildRequests as Record<string, number | undefined>);
  syncPrimitiveArray(target.moodHistory, g.moodHistory);
}

/** Mirrors the public (spectator) view of the engine state. */
export function mirrorPublic(target: MatchStateSchema, view: PlayerView): void {
  target.quarter = view.quarter;
  target.finished = view.finished;
  target.calendarYear = view.calendar.year;
  target.calendarQ = view.calendar.q;
  assignGlobal(target.global, view.global);
  for (const role of ROLES) {
    const c = view.companies[role];
    if (!c) {
      target.companies.delete(role);
      continue;
    }
    let company = target.companies.get(role);
    if (!company) {
      company = new CompanySchema();
      assignCompany(company, c);
      target.companies.set(role, company);
    } else {
      assignCompany(company, c);
    }
  }
  syncArray(target.contracts, view.contracts, () => new ContractSchema(), (s, v) => {
    s.id = v.id;
    s.seller = v.seller;
    s.buyer = v.buyer;
    s.cuPerQuarter = v.cuPerQuarter;
    s.pricePerCU = v.pricePerCU;
    s.startQ = v.startQ;
    s.endQ = v.endQ;
    s.endedEarlyQ = v.endedEarlyQ ?? -1;
    s.rampToCU = v.rampToCU ?? 0;
    s.rampQuarters = v.rampQuarters ?? 0;
    s.proposalId = v.proposalId ?? '';
  });
  syncArray(target.events, view.events, () => new ActiveEventSchema(), (s, v) => {
    s.id = v.id;
    s.target = v.target ?? '';
    s.startedQ = v.startedQ;
    s.remaining = v.remaining ?? -1;
    s.injected = v.injected;
    s.rumorHit = v.rumorHit ?? 0;
  });
  syncArray(target.news, view.news, () => new NewsSchema(), (s, v) => {
    s.quarter = v.quarter;
    s.key = v.key;
    s.params = JSON.stringify(v.params);
    s.severity = v.severity;
    s.role = v.role ?? '';
  });
  // Reports never change once written: only append (or drop all when the state was recreated).
  if (target.reports.length > view.reports.length) target.reports.clear();
  for (let i = target.reports.length; i < view.reports.length; i++) target.reports.push(JSON.stringify(view.reports[i]));
}

function assignProposal(s: InstanceType<typeof ProposalSchema>, p: DealProposal): void {
  s.id = p.id;
  s.from = p.from;
  s.to = p.to;
  s.seller = p.terms.seller;
  s.buyer = p.terms.buyer;
  s.cuPerQuarter = p.terms.cuPerQuarter;
  s.pricePerCU = p.terms.pricePerCU;
  s.quarters = p.terms.quarters;
  s.proposedQ = p.proposedQ;
  s.expiresQ = p.expiresQ;
  s.status = p.status;
}

/** Mirrors one seat's private part from that seat's view. */
export function mirrorPrivate(target: SeatPrivateSchema, view: PlayerView): void {
  const pending = view.pending ? JSON.stringify(view.pending) : '';
  if (target.pendingOrders !== pending) target.pendingOrders = pending;
  if (view.own) {
    target.allocationTraining = view.own.allocation.training;
    target.allocationProducts = view.own.allocation.products;
    target.allocationCloud = view.own.allocation.cloud;
    target.lastEquityRaiseQ = view.own.lastEquityRaiseQ ?? -1;
  }
  syncArray(target.proposals, view.proposals, () => new ProposalSchema(), assignProposal);
  const slim = {
    ...view,
    companies: Object.fromEntries(Object.entries(view.companies).map(([r, c]) => [r, { ...c, history: [] }])),
    own: view.own ? { ...view.own, history: [] } : null,
    news: [],
    reports: [],
    lastReport: null,
  };
  const viewJson = JSON.stringify(slim);
  if (target.viewJson !== viewJson) target.viewJson = viewJson;
}
