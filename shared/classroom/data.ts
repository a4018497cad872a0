import type { CompanyHistoryRow, CompanyReport, MatchState, QuarterReport, Standing } from '../engine/types';
import { calendarLabel, calendarOf, efficiency } from '../engine/calendar';
import { standings } from '../engine/standings';
import { companyHistory } from '../engine/history';
import { ROLES, type Role } from '../roles';
import { must } from '../lists';
import type { Orders } from '../orders/types';
import type { DecidedBy, OrderSource } from '../replay/types';

// What a class debrief, its charts and its CSV read about one group: the quarters it played, with
// the markets, mood and events of each quarter and every company's figures. Built from the group's
// engine state (live) or from the state its record replays to (a class reopened the next day).

export type GroupSeatKind = 'human' | 'bot' | 'absent';

export interface GroupSeat {
  role: Role;
  kind: GroupSeatKind;
  persona: string;
  /** Display name of the student who held the seat; '' for bots and seats nobody took. */
  name: string;
}

/** A company's figures in one quarter: its history row plus what the quarter's report adds. */
export interface QuarterCompany extends CompanyHistoryRow {
  role: Role;
  contractPayments: number;
  contractReceipts: number;
  chipsRequestedGW: number;
  chipsFilledGW: number;
  strandedGW: number;
  idleShellGW: number;
  availableCU: number;
  trainingCU: number;
  productsCU: number;
  cloudCU: number;
  cloudSoldCU: number;
  idleCU: number;
  unbackedShare: number;
  moodFactor: number;
  sentimentFactor: number;
  qualityRank: number;
  /** The orders the company resolved with this quarter (null when the group's inputs are not known). */
  orders: Orders | null;
  /** Who decided them: the student, the autopilot, a bot seat, the host or the defaults (null when not known). */
  decidedBy: DecidedBy | null;
}

/** One quarter's inputs of a group, from its room's log or its match record. */
export interface QuarterInputs {
  orders: Partial<Record<Role, Orders>>;
  sources?: Partial<Record<Role, OrderSource>>;
  decidedBy?: Partial<Record<Role, DecidedBy>>;
  trigger?: string;
}

/** Who decided a seat's orders, from the record's `decidedBy`, or (older records) from the order source and the seat. */
export function decisionOf(inputs: QuarterInputs | undefined, role: Role, seat: GroupSeat | undefined): DecidedBy | null {
  if (!inputs) return seat?.kind === 'bot' ? { kind: 'bot' } : null;
  const kept = inputs.decidedBy?.[role];
  if (kept) return { ...kept };
  const source = inputs.sources?.[role];
  if (source === 'submitted') return { kind: 'student', name: seat?.name ?? '' };
  if (source === 'default') return { kind: inputs.trigger === 'host' ? 'host' : 'defaults' };
  if (source === 'bot' || source === 'autopilot') return { kind: source };
  return seat?.kind === 'bot' ? { kind: 'bot' } : null;
}

export interface QuarterEvent {
  id: string;
  target?: Role;
  injected: boolean;
  /** True in the quarter it started (false while it is still running later). */
  started: boolean;
}

export interface GroupQuarter {
  quarter: number;
  /** "Q1 2026". */
  label: string;
  moodBefore: number;
  mood: number;
  roiGap: number;
  aiRevenueGrowth: number;
  chipListPrice: number;
  chipPrice: number;
  chipSupplyCap: number;
  chipDemandGW: number;
  chipQuantityGW: number;
  chipScarce: boolean;
  /** CU per GW of the chips bought this quarter (they arrive next quarter). */
  chipEfficiency: number;
  /** Chip price per CU of capacity: what one CU a quarter of new chips costs. */
  chipPricePerCU: number;
  cloudPrice: number;
  cloudQuantityCU: number;
  cloudDemandRef: number;
  cloudUnmetCU: number;
  aiProductSpend: number;
  dcPowerIndex: number;
  events: QuarterEvent[];
  companies: QuarterCompany[];
}

export interface CloudLaunch {
  role: Role;
  /** Quarter the launch was ordered (null: never launched, or a cloud from the start). */
  launchedQ: number | null;
  /** First quarter the cloud was live (null: not live by the end). */
  liveQ: number | null;
  /** Hyperscalers start with a live cloud. */
  liveFromStart: boolean;
}

export type GroupStatus = 'lobby' | 'playing' | 'finished' | 'ended' | 'abandoned';

export interface GroupData {
  /** 0-based group index in the class. */
  group: number;
  code: string;
  status: GroupStatus;
  seed: string;
  scenarioId: string;
  engineVersion: string;
  startYear: number;
  startQuarter: number;
  quartersTotal: number;
  quartersPlayed: number;
  activeSeats: Role[];
  seats: GroupSeat[];
  startSharePrice: Partial<Record<Role, number>>;
  quarters: GroupQuarter[];
  standings: Standing[];
  cloudLaunches: CloudLaunch[];
  /** Id of the stored match record, when the server keeps records. */
  recordId: string | null;
}

function companyInQuarter(row: CompanyHistoryRow, report: QuarterReport | undefined, role: Role, inputs: QuarterInputs | undefined, seat: GroupSeat | undefined): QuarterCompany {
  const cr: CompanyReport | undefined = report?.companies.find((c) => c.role === role);
  const lineSum = (lines: { key: string; amount: number }[] | undefined, key: string) =>
    (lines ?? []).filter((l) => l.key === key).reduce((s, l) => s + l.amount, 0);
  const fill = report?.chips.fills.find((f) => f.role === role);
  const custom = report?.chips.custom.find((c) => c.role === role);
  const offer = report?.cloud.offers.find((o) => o.seller === role);
  const cap = cr?.capacity;
  return {
    ...row,
    revenueBySegment: { ...row.revenueBySegment },
    role,
    contractPayments: lineSum(cr?.pnl.costs, 'cost.contracts'),
    contractReceipts: lineSum(cr?.pnl.revenue, 'revenue.contracts'),
    chipsRequestedGW: fill?.requestedGW ?? 0,
    chipsFilledGW: (fill?.filledGW ?? 0) + (custom?.gw ?? 0),
    strandedGW: cap?.strandedGW ?? 0,
    idleShellGW: cap?.idleShellGW ?? 0,
    availableCU: cap?.availableCU ?? 0,
    trainingCU: cap?.trainingCU ?? 0,
    productsCU: cap?.productsCU ?? 0,
    cloudCU: cap?.cloudCU ?? 0,
    cloudSoldCU: offer?.soldCU ?? 0,
    idleCU: cap?.idleCU ?? 0,
    unbackedShare: cr?.valuation.unbackedShare ?? 0,
    moodFactor: cr?.valuation.moodFactor ?? 0,
    sentimentFactor: cr?.valuation.sentimentFactor ?? 0,
    qualityRank: cr?.qualityRank ?? 0,
    orders: inputs?.orders[role] ? structuredClone(inputs.orders[role]) : null,
    decidedBy: decisionOf(inputs, role, seat),
  };
}

function cloudLaunches(state: MatchState, reports: readonly QuarterReport[]): CloudLaunch[] {
  return state.settings.activeSeats.map((role) => {
    const h = companyHistory(reports, role);
    const liveFromStart = state.scenario.companies[role].cloud.status === 'live';
    let launchedQ: number | null = null;
    let liveQ: number | null = null;
    let prev = state.scenario.companies[role].cloud.status as string;
    for (const row of h) {
      if (prev === 'none' && row.cloudStatus !== 'none') launchedQ = row.quarter;
      if (liveQ === null && row.cloudStatus === 'live' && !liveFromStart) liveQ = row.quarter;
      prev = row.cloudStatus;
    }
    return { role, launchedQ, liveQ, liveFromStart };
  });
}

export interface GroupInfo {
  group: number;
  code: string;
  status: GroupStatus;
  seats: GroupSeat[];
  recordId?: string | null;
  /** Each resolved quarter's inputs (orders and who decided them), by quarter index. */
  inputs?: readonly QuarterInputs[];
}

/** A group's debrief data from its engine state and the reports of every quarter resolved so far. */
export function groupDataFromState(state: MatchState, reports: readonly QuarterReport[], info: GroupInfo): GroupData {
  const roles = state.settings.activeSeats;
  const played = Math.min(state.quarter, reports.length);
  const histories = new Map(roles.map((role) => [role, companyHistory(reports.slice(0, played), role)]));
  const quarters: GroupQuarter[] = [];
  for (const [i, r] of reports.slice(0, played).entries()) {
    const cal = calendarOf(state.settings, i);
    const eff = efficiency(state.scenario, i + 1);
    quarters.push({
      quarter: i,
      label: calendarLabel(cal),
      moodBefore: r.mood.before,
      mood: r.mood.after,
      roiGap: r.mood.roiGap,
      aiRevenueGrowth: r.mood.aiRevenueGrowth,
      chipListPrice: r.chips.listPrice,
      chipPrice: r.chips.price,
      chipSupplyCap: r.chips.supplyCap,
      chipDemandGW: r.chips.totalDemand,
      chipQuantityGW: r.chips.quantity,
      chipScarce: r.chips.scarce,
      chipEfficiency: eff,
      chipPricePerCU: eff > 0 ? r.chips.price / eff : 0,
      cloudPrice: r.cloud.price,
      cloudQuantityCU: r.cloud.quantity,
      cloudDemandRef: r.cloud.dref,
      cloudUnmetCU: r.cloud.unmetDemandCU,
      aiProductSpend: r.products.spend,
      dcPowerIndex: r.dataCenters.powerIndex,
      events: r.events.map((e) => ({ id: e.id, ...(e.target ? { target: e.target } : {}), injected: e.injected, started: e.started })),
      companies: roles.map((role) => companyInQuarter(must(histories.get(role)?.[i], `${role}'s history row for quarter ${i}`), r, role, info.inputs?.[i], info.seats.find((s) => s.role === role))),
    });
  }
  const seats = ROLES.map(
    (role) => info.seats.find((s) => s.role === role) ?? { role, kind: roles.includes(role) ? ('bot' as const) : ('absent' as const), persona: 'classic', name: '' },
  );
  return {
    group: info.group,
    code: info.code,
    status: info.status,
    seed: state.seed,
    scenarioId: state.scenario.id,
    engineVersion: state.engineVersion,
    startYear: state.settings.startYear,
    startQuarter: state.settings.startQuarter,
    quartersTotal: state.settings.quarters,
    quartersPlayed: played,
    activeSeats: [...roles],
    seats,
    startSharePrice: Object.fromEntries(roles.map((r) => [r, state.companies[r].startSharePrice])),
    quarters,
    standings: standings(state),
    cloudLaunches: cloudLaunches(state, reports.slice(0, played)),
    recordId: info.recordId ?? null,
  };
}

/** Everything a class debrief needs: the session and each group's data. */
export interface ClassData {
  classId: string;
  title: string;
  /** ISO 8601. */
  createdAt: string;
  seed: string;
  scenarioId: string;
  quarters: number;
  groups: GroupData[];
}

/** The company of `role` in quarter index `q` of a group, if it played then. */
export function companyAt(g: GroupData, q: number, role: Role): QuarterCompany | undefined {
  return g.quarters[q]?.companies.find((c) => c.role === role);
}

/** Every role that plays in at least one group, in seat order. */
export function classRoles(data: Pick<ClassData, 'groups'>): Role[] {
  return ROLES.filter((r) => data.groups.some((g) => g.activeSeats.includes(r)));
}

/** The longest run of quarters any group played (the x axis of cross-group charts). */
export function classQuarterLabels(data: Pick<ClassData, 'groups'>): string[] {
  let best: GroupData | null = null;
  for (const g of data.groups) if (!best || g.quarters.length > best.quarters.length) best = g;
  return best ? best.quarters.map((q) => q.label) : [];
}
