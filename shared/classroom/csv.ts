import type { Segment } from '../engine/types';
import type { ClassData, GroupData, GroupQuarter, GroupSeat, QuarterCompany } from './data';

// The class's CSV: one row per group × quarter × company with every metric, under one header
// row. This file only builds the table (pure); the client and tests write it with papaparse.

type Cell = string | number;

interface Ctx {
  data: ClassData;
  g: GroupData;
  q: GroupQuarter;
  c: QuarterCompany;
  seat: GroupSeat;
}

/** Keeps spreadsheets readable (no 0.30000000000000004) while exact to a millionth. */
function n(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

const flag = (b: boolean): number => (b ? 1 : 0);

function eventList(q: GroupQuarter, which: 'started' | 'injected' | 'active'): string {
  return q.events
    .filter((e) => (which === 'started' ? e.started : which === 'injected' ? e.injected && e.started : true))
    .map((e) => (e.target ? `${e.id}@${e.target}` : e.id))
    .join(';');
}

const seg = (s: Segment) => (x: Ctx) => n(x.c.revenueBySegment[s] ?? 0);

/** Column name → value. The order here is the column order of the file. */
export const CSV_COLUMNS: readonly { name: string; value: (x: Ctx) => Cell }[] = [
  { name: 'class_id', value: (x) => x.data.classId },
  { name: 'class_title', value: (x) => x.data.title },
  { name: 'group', value: (x) => x.g.group + 1 },
  { name: 'group_code', value: (x) => x.g.code },
  { name: 'seed', value: (x) => x.g.seed },
  { name: 'scenario', value: (x) => x.g.scenarioId },
  { name: 'quarter', value: (x) => x.q.quarter + 1 },
  { name: 'quarter_label', value: (x) => x.q.label },
  { name: 'role', value: (x) => x.c.role },
  { name: 'seat_kind', value: (x) => x.seat.kind },
  { name: 'player', value: (x) => x.seat.name },
  { name: 'persona', value: (x) => x.seat.persona },
  // Company, this quarter.
  { name: 'revenue', value: (x) => n(x.c.revenue) },
  { name: 'revenue_ads', value: seg('ads') },
  { name: 'revenue_software', value: seg('software') },
  { name: 'revenue_retail', value: seg('retail') },
  { name: 'revenue_cloud_non_ai', value: seg('cloudNonAI') },
  { name: 'revenue_cloud_ai', value: seg('cloudAI') },
  { name: 'revenue_ai_products', value: seg('aiProducts') },
  { name: 'ai_revenue', value: (x) => n(x.c.aiRevenue) },
  { name: 'cloud_revenue', value: (x) => n(x.c.cloudRevenue) },
  { name: 'ebitda', value: (x) => n(x.c.ebitda) },
  { name: 'net_income', value: (x) => n(x.c.netIncome) },
  { name: 'operating_cash_flow', value: (x) => n(x.c.operatingCashFlow) },
  { name: 'capex', value: (x) => n(x.c.capex) },
  { name: 'cash', value: (x) => n(x.c.cash) },
  { name: 'debt', value: (x) => n(x.c.debt) },
  { name: 'contract_payments', value: (x) => n(x.c.contractPayments) },
  { name: 'contract_receipts', value: (x) => n(x.c.contractReceipts) },
  { name: 'share_price', value: (x) => n(x.c.sharePrice) },
  { name: 'start_share_price', value: (x) => n(x.g.startSharePrice[x.c.role] ?? 0) },
  { name: 'market_cap', value: (x) => n(x.c.marketCap) },
  { name: 'tsr', value: (x) => n(x.c.tsr) },
  // Share of value investors took off for unbacked capex (engine 2: 0 = none; engine 1 records hold a factor, 1 = none).
  { name: 'capex_penalty', value: (x) => n(x.c.capexPenalty) },
  { name: 'unbacked_capex_share', value: (x) => n(x.c.unbackedShare) },
  // Engine 2 (GAME.md 12): circular money, the cost of capital and solvency headroom (0 in engine 1 records).
  { name: 'circular_share', value: (x) => n(x.c.circularShare ?? 0) },
  { name: 'circular_discount', value: (x) => n(x.c.circularDiscount ?? 0) },
  { name: 'cost_of_capital', value: (x) => n(x.c.costOfCapital ?? 0) },
  { name: 'solvency_headroom', value: (x) => n(x.c.solvencyHeadroom ?? 0) },
  { name: 'mood_factor', value: (x) => n(x.c.moodFactor) },
  { name: 'sentiment_factor', value: (x) => n(x.c.sentimentFactor) },
  { name: 'sentiment', value: (x) => n(x.c.sentiment) },
  { name: 'credibility', value: (x) => n(x.c.credibility) },
  { name: 'model_quality', value: (x) => n(x.c.quality) },
  { name: 'quality_rank', value: (x) => x.c.qualityRank },
  { name: 'installed_gw', value: (x) => n(x.c.installedGW) },
  { name: 'stranded_gw', value: (x) => n(x.c.strandedGW) },
  { name: 'idle_shell_gw', value: (x) => n(x.c.idleShellGW) },
  { name: 'chips_requested_gw', value: (x) => n(x.c.chipsRequestedGW) },
  { name: 'chips_filled_gw', value: (x) => n(x.c.chipsFilledGW) },
  { name: 'own_cu', value: (x) => n(x.c.ownCU) },
  { name: 'available_cu', value: (x) => n(x.c.availableCU) },
  { name: 'training_cu', value: (x) => n(x.c.trainingCU) },
  { name: 'products_cu', value: (x) => n(x.c.productsCU) },
  { name: 'cloud_cu', value: (x) => n(x.c.cloudCU) },
  { name: 'cloud_sold_cu', value: (x) => n(x.c.cloudSoldCU) },
  { name: 'idle_cu', value: (x) => n(x.c.idleCU) },
  { name: 'unserved_demand', value: (x) => n(x.c.unservedDemand) },
  { name: 'cloud_status', value: (x) => x.c.cloudStatus },
  { name: 'bankrupt', value: (x) => flag(x.c.bankrupt) },
  // The group's markets and mood, this quarter (the same on every company's row).
  { name: 'mood_before', value: (x) => n(x.q.moodBefore) },
  { name: 'mood', value: (x) => n(x.q.mood) },
  { name: 'roi_gap', value: (x) => n(x.q.roiGap) },
  { name: 'ai_revenue_growth', value: (x) => n(x.q.aiRevenueGrowth) },
  { name: 'ai_product_spend', value: (x) => n(x.q.aiProductSpend) },
  { name: 'chip_list_price', value: (x) => n(x.q.chipListPrice) },
  { name: 'chip_price', value: (x) => n(x.q.chipPrice) },
  { name: 'chip_price_per_cu', value: (x) => n(x.q.chipPricePerCU) },
  { name: 'chip_supply_cap_gw', value: (x) => n(x.q.chipSupplyCap) },
  { name: 'chip_demand_gw', value: (x) => n(x.q.chipDemandGW) },
  { name: 'chip_scarce', value: (x) => flag(x.q.chipScarce) },
  { name: 'cloud_price', value: (x) => n(x.q.cloudPrice) },
  { name: 'cloud_quantity_cu', value: (x) => n(x.q.cloudQuantityCU) },
  { name: 'cloud_demand_ref_cu', value: (x) => n(x.q.cloudDemandRef) },
  { name: 'cloud_unmet_cu', value: (x) => n(x.q.cloudUnmetCU) },
  { name: 'dc_power_index', value: (x) => n(x.q.dcPowerIndex) },
  { name: 'events_started', value: (x) => eventList(x.q, 'started') },
  { name: 'events_injected', value: (x) => eventList(x.q, 'injected') },
  { name: 'events_active', value: (x) => eventList(x.q, 'active') },
];

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map((c) => c.name);

/** Header and rows (group, then quarter, then company in seat order). */
export function classCsvTable(data: ClassData): { fields: string[]; data: Cell[][] } {
  const rows: Cell[][] = [];
  for (const g of data.groups) {
    for (const q of g.quarters) {
      for (const c of q.companies) {
        const seat = g.seats.find((s) => s.role === c.role) ?? { role: c.role, kind: 'bot' as const, persona: '', name: '' };
        const x: Ctx = { data, g, q, c, seat };
        rows.push(CSV_COLUMNS.map((col) => col.value(x)));
      }
    }
  }
  return { fields: [...CSV_HEADER], data: rows };
}

/** Rows the class CSV has: every group's quarters played × its companies. */
export function classCsvRowCount(data: ClassData): number {
  return data.groups.reduce((s, g) => s + g.quarters.reduce((t, q) => t + q.companies.length, 0), 0);
}

/** A file name for the class's exports: compute-race-class-<title or id>-<seed>.<ext>. */
export function classExportName(data: Pick<ClassData, 'classId' | 'title' | 'seed'>, ext: string): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  const name = slug(data.title) || data.classId.toLowerCase();
  return `compute-race-class-${name}-${slug(data.seed) || 'seed'}.${ext}`;
}
