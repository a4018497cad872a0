import {
  DEFAULT_SCENARIO,
  blankOrders,
  createMatch,
  loadScenario,
  resolveQuarter,
  type MatchSettings,
  type MatchState,
  type Orders,
  type QuarterReport,
  type Role,
  type Scenario,
  type TrailRow,
} from '../../shared/index';
import type { ValuationInput } from '../../shared/engine/model/valuation';

// Shared fixtures for engine tests.

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function merge<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (!patch) return base;
  const out: any = Array.isArray(base) ? [...(base as any)] : { ...(base as any) };
  for (const [k, v] of Object.entries(patch)) {
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && typeof out[k] === 'object' ? merge(out[k], v as any) : v;
  }
  return out;
}

/** The default scenario (or `base`) with every random event and mood noise switched off (host events still work). */
export function quietScenario(patch?: (s: Scenario) => void, base: Scenario = DEFAULT_SCENARIO): Scenario {
  const s = structuredClone(base);
  for (const e of s.events) e.probability = 0;
  s.mood.noiseSigma = 0;
  patch?.(s);
  return loadScenario(s);
}

export function newMatch(opts: { scenario?: Scenario; settings?: Partial<MatchSettings>; seed?: string } = {}): MatchState {
  return createMatch(opts.scenario ?? quietScenario(), opts.settings ?? {}, opts.seed ?? 'test-seed');
}

/** Orders that spend nothing new and keep the company's allocation, with a patch applied. */
export function orders(state: MatchState, role: Role, patch?: DeepPartial<Orders>): Orders {
  const o = blankOrders(state.quarter, state.companies[role].allocation);
  return merge(o, patch as any);
}

/** The company's 2025 pace: chips, custom silicon (within the cap) and builds every quarter. */
export function steadyOrders(state: MatchState, role: Role): Orders {
  const p = state.scenario.companies[role].pace;
  return orders(state, role, {
    chips: { gw: p.chipsGW, maxPricePerGW: 0 },
    customChips: { gw: Math.min(p.customGW, state.global.customCaps[role] ?? 0) },
    build: { gw: p.buildGW, expedite: false },
  });
}

/**
 * Steady play where OpenAI also raises a funding round every other quarter (half of what it may
 * raise), as it did in 2025: engine 2's investors do not bail out a company that burns cash with no
 * plan, so steady play without rounds is not a calibration case for OpenAI.
 */
export function fundedSteady(state: MatchState): Partial<Record<Role, Orders>> {
  const o = allSteady(state);
  const c = state.companies.openai;
  if (o.openai && state.quarter % 2 === 0) {
    const raise = Math.floor(state.scenario.money.maxEquityRaiseShare * c.sharePrice * c.shares * 0.5);
    o.openai = { ...o.openai, finance: { ...o.openai.finance, raiseEquity: raise } };
  }
  return o;
}

export function allSteady(state: MatchState): Partial<Record<Role, Orders>> {
  return Object.fromEntries(state.settings.activeSeats.filter((r) => !state.companies[r].bankrupt).map((r) => [r, steadyOrders(state, r)]));
}

export function step(state: MatchState, o: Partial<Record<Role, Orders>> = {}, hostEvents: { id: string; target?: Role }[] = []) {
  return resolveQuarter(state, o, hostEvents);
}

export function companyReport(report: QuarterReport, role: Role) {
  const c = report.companies.find((x) => x.role === role);
  if (!c) throw new Error(`no report for ${role}`);
  return c;
}

export function line(lines: { key: string; amount: number }[], key: string): number {
  return lines.filter((l) => l.key === key).reduce((s, l) => s + l.amount, 0);
}

/** Play n quarters with a per-quarter orders function. */
export function play(state: MatchState, n: number, fn: (s: MatchState) => Partial<Record<Role, Orders>> = allSteady) {
  const reports: QuarterReport[] = [];
  let s = state;
  for (let i = 0; i < n && !s.finished; i++) {
    const out = resolveQuarter(s, fn(s), []);
    s = out.state;
    reports.push(out.report);
  }
  return { state: s, reports };
}

/**
 * A valuation input for `trail` at the default scenario's start: no cash or debt, 10 shares at a
 * start price of 100, neutral sentiment, no attention; the trail's AI revenue priced as an
 * established cloud's rentals. `extra` overrides any of it.
 */
export function valuationInput(trail: TrailRow[], extra: Partial<ValuationInput> = {}): ValuationInput {
  return {
    trail,
    cash: 0,
    debt: 0,
    shares: 10,
    mood: DEFAULT_SCENARIO.mood.start,
    sentiment: 0,
    startSharePrice: 100,
    baseRate: DEFAULT_SCENARIO.money.baseRate,
    attention: 0,
    cloudReputation: DEFAULT_SCENARIO.cloud.maxReputation,
    productSpend: DEFAULT_SCENARIO.products.spend,
    ...extra,
  };
}
