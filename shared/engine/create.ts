import { ROLES, type Role } from '../roles';
import { powInt } from '../math/index';
import { SEGMENTS } from './scenario-schema';
import type { Scenario, ScenarioCompany } from './scenario-types';
import type { CompanyState, Contract, GlobalState, MatchSettings, MatchState, Segment, TrailRow } from './types';
import { resolveSettings } from './settings';
import { scenarioHash } from './scenario';
import { adUpliftFactor } from './model/products';
import { valuation, trailing } from './model/valuation';
import { EngineInputError, makeError } from './errors';
import { ENGINE_VERSION } from './version';
import { efficiency } from './calendar';
import { makeVendorOffers } from './vendor-financing';

function emptySegments(): Record<Segment, number> {
  return Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<Segment, number>;
}

interface Flow {
  money: number;
  cu: number;
}

/** What `role` paid a quarter for compute under the scenario's starting contracts (their first quarter). */
function startingComputeBought(scenario: Scenario, role: Role, settings: MatchSettings): Flow {
  if (!settings.activeSeats.includes(role)) return { money: 0, cu: 0 };
  const mine = scenario.contracts.starting.filter((k) => k.buyer === role);
  return { money: mine.reduce((s, k) => s + k.cuPerQuarter * k.pricePerCU, 0), cu: mine.reduce((s, k) => s + k.cuPerQuarter, 0) };
}

/** A 2025 quarter's depreciation, estimated from the starting chips and shells. */
function pastDepreciation(c: ScenarioCompany, scenario: Scenario): number {
  const dq = scenario.chips.depreciationQuarters;
  const chips = c.cohorts.filter((k) => k.ageQ < dq).reduce((s, k) => s + (k.gw * k.costPerGW) / dq, 0);
  return chips + c.shellGrossCost / scenario.dataCenters.depreciationQuarters;
}

/** What `role` received a quarter from other active seats under the scenario's starting contracts. */
function startingSoldToSeats(scenario: Scenario, role: Role, settings: MatchSettings): Flow {
  if (!settings.activeSeats.includes(role)) return { money: 0, cu: 0 };
  const mine = scenario.contracts.starting.filter((k) => k.seller === role && settings.activeSeats.includes(k.buyer));
  return { money: mine.reduce((s, k) => s + k.cuPerQuarter * k.pricePerCU, 0), cu: mine.reduce((s, k) => s + k.cuPerQuarter, 0) };
}

/**
 * Cost of serving the last 2025 quarter's AI revenue, estimated from the starting position: chip
 * depreciation, shell running cost and compute bought, times the share of compute that served
 * products and cloud, plus serving and sales costs. Earlier 2025 quarters keep its unit margin.
 */
function pastServedCost(role: Role, c: ScenarioCompany, scenario: Scenario, bought: number, boughtCU: number, soldCU: number, aiProducts: number, cloudAI: number): number {
  const dep = pastDepreciation(c, scenario);
  const running = scenario.dataCenters.runningCostPerGW * c.shellReadyGW;
  const own = c.cohorts.reduce((s, k) => s + k.gw * efficiency(scenario, -k.ageQ) * (k.custom ? (scenario.customSilicon[role]?.efficiency ?? 1) : 1), 0);
  const total = own + boughtCU;
  const served = total > 0 ? (((c.allocation.products + c.allocation.cloud) / 100) * Math.max(0, total - soldCU)) / total : 0;
  return (dep + running + bought) * served + scenario.products.servingCostShare * aiProducts + scenario.cloud.salesCostShare * cloudAI;
}

/** The scenario's five 2025 quarters (Q4 2024 … Q4 2025) as trailing rows; core lines back-filled from their growth. */
function pastTrail(role: Role, c: ScenarioCompany, frontier: number, scenario: Scenario, bought: Flow, soldToSeats: Flow): TrailRow[] {
  const rows: TrailRow[] = [];
  const lastAI = c.past.aiProducts[4] + c.past.cloudAI[4] - soldToSeats.money;
  const lastCostShare = lastAI > 0 ? pastServedCost(role, c, scenario, bought.money, bought.cu, soldToSeats.cu, c.past.aiProducts[4], c.past.cloudAI[4]) / lastAI : 0;
  for (const i of [0, 1, 2, 3, 4] as const) {
    const k = 5 - i;
    const segments = emptySegments();
    let coreEarnings = 0;
    let upliftEarnings = 0;
    for (const line of c.coreLines) {
      const uplift = c.adUplift && line.segment === 'ads' ? adUpliftFactor(c.quality, frontier, scenario.products.adUplift) : 1;
      segments[line.segment] += (line.base * uplift) / powInt(1 + line.growth, k);
      coreEarnings += ((line.base * uplift) / powInt(1 + line.growth, k)) * line.margin;
      upliftEarnings += ((line.base * (uplift - 1)) / powInt(1 + line.growth, k)) * line.margin;
    }
    segments.aiProducts += c.past.aiProducts[i];
    segments.cloudAI += c.past.cloudAI[i];
    const revenue = SEGMENTS.reduce((s, seg) => s + segments[seg], 0);
    rows.push({
      quarter: -k,
      segments,
      revenue,
      aiRevenue: segments.aiProducts + segments.cloudAI,
      cloudRevenue: segments.cloudNonAI + segments.cloudAI,
      capex: c.past.capex[i],
      // Engine 2.3: the scenario's 2025 EBITDA plus the ad uplift's margin, as the engine books ads
      // from Q1 2026 on; without it Meta's and Google's EBITDA jumped by a third in the first quarter
      // and their trailing earnings climbed for a year whatever they played.
      ebitda: c.past.ebitda[i] + (scenario.startingTrail?.adUpliftInEbitda ? upliftEarnings : 0),
      depreciation: pastDepreciation(c, scenario),
      seatIn: soldToSeats.money,
      seatInFair: soldToSeats.money,
      circular: 0,
      computeBought: bought.money,
      fairAIRevenue: Math.max(0, segments.aiProducts + segments.cloudAI - soldToSeats.money),
      aiServedCost: Math.max(0, segments.aiProducts + segments.cloudAI - soldToSeats.money) * lastCostShare,
      coreEarnings,
      vendorEquity: 0,
    });
  }
  return rows;
}

function initialCompany(role: Role, active: boolean, scenario: Scenario, settings: MatchSettings, frontier: number): CompanyState {
  const c = scenario.companies[role];
  const yearShift = settings.startYear - scenario.startYear;
  const custom = scenario.customSilicon[role];
  const dq = scenario.chips.depreciationQuarters;
  const trail = pastTrail(role, c, frontier, scenario, startingComputeBought(scenario, role, settings), startingSoldToSeats(scenario, role, settings));
  const company: CompanyState = {
    role,
    active,
    bankrupt: false,
    bankruptQ: null,
    cash: c.cash,
    debt: c.debt,
    debtRate: c.debtRate,
    revolver: 0,
    revolverRate: 0,
    shares: c.shares,
    startSharePrice: 0,
    sharePrice: 0,
    sentiment: c.sentiment,
    credibility: c.credibility,
    quality: c.quality,
    brand: c.brand,
    coreLines: c.coreLines.map((l) => ({ ...l })),
    cohorts: c.cohorts.map((k) => {
      const cost = k.gw * k.costPerGW;
      return {
        gw: k.gw,
        year: k.year + yearShift,
        vintage: -k.ageQ,
        cost,
        bookValue: cost * Math.max(0, 1 - k.ageQ / dq),
        ageQ: k.ageQ,
        custom: k.custom,
        efficiency: k.custom && custom ? custom.efficiency : 1,
      };
    }),
    chipsOnOrder: c.chipsOnOrder.map((o) => ({ ...o })),
    shellReadyGW: c.shellReadyGW,
    shellBookValue: c.shellBookValue,
    shellGrossCost: c.shellGrossCost,
    shellsUnderConstruction: c.shellsUnderConstruction.map((u) => ({
      gw: u.gw,
      readyQuarter: u.readyInQuarters,
      remainingInstallments: u.remainingInstallments,
      installment: u.installment,
      cost: u.installment * scenario.dataCenters.buildQuarters,
    })),
    cloud: { status: c.cloud.status, readyQuarter: null, reputation: c.cloud.reputation, askPrice: 0 },
    allocation: { ...c.allocation },
    lastEquityRaiseQ: null,
    positiveOcfStreak: 0,
    lastOrderedCapex: c.past.capex[4],
    orderedCapexHistory: c.past.capex.slice(1),
    vendorOffer: null,
    chipCommitments: [],
    trail,
    lastCapexPenalty: null,
  };
  const v = valuation(
    { trail, cash: company.cash, debt: company.debt, shares: company.shares, mood: scenario.mood.start, sentiment: company.sentiment, startSharePrice: 0, baseRate: scenario.money.baseRate, attention: 0, cloudReputation: company.cloud.status === 'live' ? company.cloud.reputation : 0, productSpend: scenario.products.spend },
    scenario,
    c,
  );
  company.sharePrice = v.sharePrice;
  company.startSharePrice = v.sharePrice;
  return company;
}

function startingContracts(scenario: Scenario, settings: MatchSettings): Contract[] {
  const isActive = (r: Role) => settings.activeSeats.includes(r);
  const out: Contract[] = [];
  for (const k of scenario.contracts.starting) {
    const seller = k.seller === 'neutral' || !isActive(k.seller) ? 'neutral' : k.seller;
    const buyer = isActive(k.buyer) ? k.buyer : 'neutral';
    if (seller === 'neutral' && buyer === 'neutral') continue;
    const c: Contract = { id: k.id, seller, buyer, cuPerQuarter: k.cuPerQuarter, pricePerCU: k.pricePerCU, startQ: 0, endQ: k.quarters - 1 };
    if (k.rampToCU !== undefined) {
      c.rampToCU = k.rampToCU;
      c.rampQuarters = k.rampQuarters;
    }
    out.push(c);
  }
  return out;
}

/** Industry trailing-4q AI capex / AI revenue over the given companies (the ROI gap). */
export function roiGapOf(companies: readonly CompanyState[], offset = 0): number {
  let capex = 0;
  let rev = 0;
  for (const c of companies) {
    const rows = c.trail.slice(0, c.trail.length - offset);
    capex += trailing(rows, (r) => r.capex);
    rev += trailing(rows, (r) => r.fairAIRevenue);
  }
  return rev > 0 ? capex / rev : 0;
}

export function createMatch(scenario: Scenario, settingsInput: Partial<MatchSettings>, seed: string): MatchState {
  if (typeof seed !== 'string' || seed.length === 0 || seed.length > 200)
    throw new EngineInputError([makeError('seed', 'field.invalid', { reason: 'must be a non-empty string of at most 200 characters' })]);
  const settings = resolveSettings(scenario, settingsInput);
  const frontier = Math.max(...ROLES.map((r) => scenario.companies[r].quality));
  const companies = Object.fromEntries(
    ROLES.map((r) => [r, initialCompany(r, settings.activeSeats.includes(r), scenario, settings, frontier)]),
  ) as Record<Role, CompanyState>;
  const customCaps: Partial<Record<Role, number>> = {};
  for (const r of ROLES) {
    const cs = scenario.customSilicon[r];
    if (cs) customCaps[r] = cs.cap;
  }
  const lastChipRequests: Partial<Record<Role, number>> = {};
  for (const r of settings.activeSeats)
    lastChipRequests[r] = companies[r].chipsOnOrder.filter((o) => !o.custom).reduce((s, o) => s + o.gw, 0);
  const global: GlobalState = {
    mood: scenario.mood.start,
    chipListPrice: scenario.chips.listPrice,
    chipSupplyCap: scenario.chips.supplyCap,
    neutralChipDemand: scenario.chips.neutralDemand,
    dcCostIndex: 1,
    gridAdditions: scenario.dataCenters.gridAdditions,
    aiProductSpend: scenario.products.spend,
    revenuePerCU: scenario.products.revenuePerCU,
    cloudDref: scenario.cloud.dref,
    baseRate: scenario.money.baseRate,
    neutralSupplierCapacity: scenario.contracts.neutral.capacity,
    lastCloudPrice: scenario.cloud.pref,
    customCaps,
    roiGap: roiGapOf(settings.activeSeats.map((r) => companies[r])),
    moodHistory: [scenario.mood.start],
    startFrontier: frontier,
    lastChipPrice: scenario.chips.listPrice,
    lastChipRequests,
    lastBuildRequests: {},
    circularAttention: 0,
  };
  const state: MatchState = {
    engineVersion: ENGINE_VERSION,
    scenario,
    scenarioHash: scenarioHash(scenario),
    seed,
    settings,
    quarter: 0,
    finished: false,
    global,
    companies,
    contracts: startingContracts(scenario, settings),
    proposals: [],
    events: [],
    statements: [],
    pending: {},
    nextId: 1,
  };
  makeVendorOffers(state);
  return state;
}
