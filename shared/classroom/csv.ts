import type { Segment } from '../engine/types';
import type { Orders } from '../orders/types';
import { powInt } from '../math';
import type { ClassData, GroupData, GroupQuarter, GroupSeat, QuarterCompany } from './data';

// The class's CSV: one row per group × quarter × company with every metric, the orders the company
// resolved with and who decided them, under one header row. Column names carry their unit
// (usd_b = US$ billions, gw, cu, pct = percent); figures are rounded to what a spreadsheet reader
// needs (money to $1 M, shares to 0.01 %). This file only builds the table (pure); the client and
// tests write it with papaparse.

type Cell = string | number;

interface Ctx {
  data: ClassData;
  g: GroupData;
  q: GroupQuarter;
  c: QuarterCompany;
  seat: GroupSeat;
  o: Orders | null;
}

/** Rounded to `digits` decimals; not-a-number as 0; no "-0". */
export function rounded(x: number, digits: number): number {
  if (!Number.isFinite(x)) return 0;
  const f = powInt(10, digits);
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** US$ billions to $1 M. */
const usd = (x: number) => rounded(x, 3);
/** Capacity (GW) and compute (CU) to a thousandth. */
const qty = (x: number) => rounded(x, 3);
/** A fraction (0.25) as percent (25) to 0.01 %. */
const pct = (x: number) => rounded(x * 100, 2);
/** Indices and scores (mood, sentiment, credibility, quality) to 0.01. */
const idx = (x: number) => rounded(x, 2);
/** Multiplicative factors to 0.0001. */
const factor = (x: number) => rounded(x, 4);

const flag = (b: boolean): number => (b ? 1 : 0);

function eventList(q: GroupQuarter, which: 'started' | 'injected' | 'active'): string {
  return q.events
    .filter((e) => (which === 'started' ? e.started : which === 'injected' ? e.injected && e.started : true))
    .map((e) => (e.target ? `${e.id}@${e.target}` : e.id))
    .join(';');
}

const seg = (s: Segment) => (x: Ctx) => usd(x.c.revenueBySegment[s] ?? 0);

/** An order figure, '' when the orders are not known. */
const order = (f: (o: Orders) => number, round: (x: number) => number) => (x: Ctx) => (x.o ? round(f(x.o)) : '');

/** Proposed deals as "seller>buyer cu@price×quarters", ';'-separated. */
function proposals(o: Orders): string {
  return o.deals.propose.map((d) => `${d.seller}>${d.buyer} ${qty(d.cuPerQuarter)}cu@${usd(d.pricePerCU)}x${d.quarters}q`).join(';');
}

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
  // Who decided this quarter's orders: the student's name, or autopilot / bot / host / defaults.
  { name: 'decided_by', value: (x) => (x.c.decidedBy ? (x.c.decidedBy.kind === 'student' ? x.c.decidedBy.name ?? '' : x.c.decidedBy.kind) : '') },
  { name: 'decided_kind', value: (x) => x.c.decidedBy?.kind ?? '' },
  // The orders the company resolved with this quarter (GAME.md §7).
  { name: 'order_chips_gw', value: order((o) => o.chips.gw, qty) },
  { name: 'order_chips_max_price_usd_b_per_gw', value: order((o) => o.chips.maxPricePerGW, usd) },
  { name: 'order_custom_chips_gw', value: order((o) => o.customChips.gw, qty) },
  { name: 'order_build_gw', value: order((o) => o.build.gw, qty) },
  { name: 'order_build_expedite', value: order((o) => flag(o.build.expedite), (v) => v) },
  { name: 'order_alloc_training_pct', value: order((o) => o.allocation.training, idx) },
  { name: 'order_alloc_products_pct', value: order((o) => o.allocation.products, idx) },
  { name: 'order_alloc_cloud_pct', value: order((o) => o.allocation.cloud, idx) },
  { name: 'order_cloud_launch', value: order((o) => flag(o.cloud.launch), (v) => v) },
  { name: 'order_cloud_ask_price_usd_b_per_cu', value: order((o) => o.cloud.askPrice, (v) => rounded(v, 4)) },
  { name: 'order_raise_equity_usd_b', value: order((o) => o.finance.raiseEquity, usd) },
  { name: 'order_issue_debt_usd_b', value: order((o) => o.finance.issueDebt, usd) },
  { name: 'order_repay_debt_usd_b', value: order((o) => o.finance.repayDebt, usd) },
  { name: 'order_buyback_usd_b', value: order((o) => o.finance.buyback, usd) },
  { name: 'order_statement', value: (x) => x.o?.statement ?? '' },
  { name: 'order_deals_proposed', value: (x) => (x.o ? proposals(x.o) : '') },
  { name: 'order_deals_accepted', value: (x) => x.o?.deals.accept.join(';') ?? '' },
  { name: 'order_deals_rejected', value: (x) => x.o?.deals.reject.join(';') ?? '' },
  { name: 'order_vendor_financing', value: order((o) => flag(o.vendorFinancing?.accept ?? false), (v) => v) },
  { name: 'order_sell_chips_gw', value: order((o) => o.sellChips?.gw ?? 0, qty) },
  // Company, this quarter.
  { name: 'revenue_usd_b', value: (x) => usd(x.c.revenue) },
  { name: 'revenue_ads_usd_b', value: seg('ads') },
  { name: 'revenue_software_usd_b', value: seg('software') },
  { name: 'revenue_retail_usd_b', value: seg('retail') },
  { name: 'revenue_cloud_non_ai_usd_b', value: seg('cloudNonAI') },
  { name: 'revenue_cloud_ai_usd_b', value: seg('cloudAI') },
  { name: 'revenue_ai_products_usd_b', value: seg('aiProducts') },
  { name: 'ai_revenue_usd_b', value: (x) => usd(x.c.aiRevenue) },
  { name: 'cloud_revenue_usd_b', value: (x) => usd(x.c.cloudRevenue) },
  { name: 'ebitda_usd_b', value: (x) => usd(x.c.ebitda) },
  { name: 'net_income_usd_b', value: (x) => usd(x.c.netIncome) },
  { name: 'operating_cash_flow_usd_b', value: (x) => usd(x.c.operatingCashFlow) },
  { name: 'capex_usd_b', value: (x) => usd(x.c.capex) },
  { name: 'cash_usd_b', value: (x) => usd(x.c.cash) },
  { name: 'debt_usd_b', value: (x) => usd(x.c.debt) },
  { name: 'contract_payments_usd_b', value: (x) => usd(x.c.contractPayments) },
  { name: 'contract_receipts_usd_b', value: (x) => usd(x.c.contractReceipts) },
  { name: 'share_price_usd', value: (x) => rounded(x.c.sharePrice, 2) },
  { name: 'start_share_price_usd', value: (x) => rounded(x.g.startSharePrice[x.c.role] ?? 0, 2) },
  { name: 'market_cap_usd_b', value: (x) => usd(x.c.marketCap) },
  { name: 'tsr_pct', value: (x) => pct(x.c.tsr) },
  // Share of value investors took off for unbacked capex (engine 2: 0 = none; engine 1 records hold a factor, 100 = none).
  { name: 'capex_penalty_pct', value: (x) => pct(x.c.capexPenalty) },
  { name: 'unbacked_capex_pct', value: (x) => pct(x.c.unbackedShare) },
  // Engine 2 (GAME.md 12): circular money, the cost of capital and solvency headroom (0 in engine 1 records).
  { name: 'circular_pct', value: (x) => pct(x.c.circularShare ?? 0) },
  { name: 'circular_discount_pct', value: (x) => pct(x.c.circularDiscount ?? 0) },
  { name: 'cost_of_capital_pct', value: (x) => pct(x.c.costOfCapital ?? 0) },
  { name: 'solvency_headroom', value: (x) => factor(x.c.solvencyHeadroom ?? 0) },
  { name: 'mood_factor', value: (x) => factor(x.c.moodFactor) },
  { name: 'sentiment_factor', value: (x) => factor(x.c.sentimentFactor) },
  { name: 'sentiment', value: (x) => idx(x.c.sentiment) },
  { name: 'credibility', value: (x) => idx(x.c.credibility) },
  { name: 'model_quality', value: (x) => idx(x.c.quality) },
  { name: 'quality_rank', value: (x) => x.c.qualityRank },
  { name: 'installed_gw', value: (x) => qty(x.c.installedGW) },
  { name: 'stranded_gw', value: (x) => qty(x.c.strandedGW) },
  { name: 'idle_shell_gw', value: (x) => qty(x.c.idleShellGW) },
  { name: 'chips_requested_gw', value: (x) => qty(x.c.chipsRequestedGW) },
  { name: 'chips_filled_gw', value: (x) => qty(x.c.chipsFilledGW) },
  { name: 'own_cu', value: (x) => qty(x.c.ownCU) },
  { name: 'available_cu', value: (x) => qty(x.c.availableCU) },
  { name: 'training_cu', value: (x) => qty(x.c.trainingCU) },
  { name: 'products_cu', value: (x) => qty(x.c.productsCU) },
  { name: 'cloud_cu', value: (x) => qty(x.c.cloudCU) },
  { name: 'cloud_sold_cu', value: (x) => qty(x.c.cloudSoldCU) },
  { name: 'idle_cu', value: (x) => qty(x.c.idleCU) },
  { name: 'unserved_demand_cu', value: (x) => qty(x.c.unservedDemand) },
  { name: 'cloud_status', value: (x) => x.c.cloudStatus },
  { name: 'bankrupt', value: (x) => flag(x.c.bankrupt) },
  // The group's markets and mood, this quarter (the same on every company's row).
  { name: 'mood_before', value: (x) => idx(x.q.moodBefore) },
  { name: 'mood', value: (x) => idx(x.q.mood) },
  { name: 'roi_gap', value: (x) => factor(x.q.roiGap) },
  { name: 'ai_revenue_growth_pct', value: (x) => pct(x.q.aiRevenueGrowth) },
  { name: 'ai_product_spend_usd_b', value: (x) => usd(x.q.aiProductSpend) },
  { name: 'chip_list_price_usd_b_per_gw', value: (x) => usd(x.q.chipListPrice) },
  { name: 'chip_price_usd_b_per_gw', value: (x) => usd(x.q.chipPrice) },
  { name: 'chip_price_usd_b_per_cu', value: (x) => usd(x.q.chipPricePerCU) },
  { name: 'chip_supply_cap_gw', value: (x) => qty(x.q.chipSupplyCap) },
  { name: 'chip_demand_gw', value: (x) => qty(x.q.chipDemandGW) },
  { name: 'chip_scarce', value: (x) => flag(x.q.chipScarce) },
  { name: 'cloud_price_usd_b_per_cu', value: (x) => rounded(x.q.cloudPrice, 4) },
  { name: 'cloud_quantity_cu', value: (x) => qty(x.q.cloudQuantityCU) },
  { name: 'cloud_demand_ref_cu', value: (x) => qty(x.q.cloudDemandRef) },
  { name: 'cloud_unmet_cu', value: (x) => qty(x.q.cloudUnmetCU) },
  { name: 'dc_power_index', value: (x) => factor(x.q.dcPowerIndex) },
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
        const x: Ctx = { data, g, q, c, seat, o: c.orders ?? null };
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
