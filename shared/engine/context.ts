import type { Role } from '../roles';
import type { Orders } from '../orders/types';
import { zeroSegments } from './segments';
import type { Scenario } from './scenario-types';
import type {
  CalendarQuarter,
  CapacityReport,
  ChipMarketReport,
  CloudMarketReport,
  DataCenterReport,
  MatchState,
  MoneyLine,
  MoodCause,
  NewsItem,
  ProductsReport,
  QuarterReport,
  Segment,
  Severity,
} from './types';
import type { Effects } from './effects';

// The working context of one resolveQuarter call: a private copy of the state that the steps
// mutate in order, plus each company's ledger for the quarter.

export interface Ledger {
  revenue: MoneyLine[];
  segments: Record<Segment, number>;
  costs: MoneyLine[];
  capex: MoneyLine[];
  finance: MoneyLine[];
  distress: MoneyLine[];
  depreciation: number;
  interest: number;
  tax: number;
  ebitda: number;
  pretax: number;
  netIncome: number;
  operatingCashFlow: number;
  openingCash: number;
  /** Capex committed by this quarter's orders (chips at clearing price, custom chips, builds, launch). */
  orderedCapex: number;
  unserved: number;
  distressNotes: string[];
  /** Money received from and paid to each other seat this quarter (contracts, partner share): round trips are circular. */
  flowsIn: Partial<Record<Role, number>>;
  flowsOut: Partial<Record<Role, number>>;
  /** Contract CU sold to other seats with their price, valued at the cloud price once the market has cleared. */
  seatSales: { cu: number; price: number }[];
  coreEarnings: number;
  vendorEquity: number;
  chipSaleProceeds: number;
}

export interface Ctx {
  s: MatchState;
  sc: Scenario;
  t: number;
  cal: CalendarQuarter;
  fx: Effects;
  orders: Partial<Record<Role, Orders>>;
  /** Companies operating this quarter (active and solvent at its start), in seat order. */
  live: Role[];
  ledger: Partial<Record<Role, Ledger>>;
  cap: Partial<Record<Role, CapacityReport>>;
  news: NewsItem[];
  moodShocks: { key: MoodCause['key']; amount: number }[];
  sentimentCauses: Partial<Record<Role, MoneyLine[]>>;
  spillover: Partial<Record<Role, number>>;
  neutralSpareCU: number;
  /** Frontier quality and each company's quality at the start of the quarter (products and ad uplift). */
  frontier: number;
  qualityAtStart: Partial<Record<Role, number>>;
  startMood: number;
  /** Effective GW of second-hand chips sold to outside buyers this quarter (they buy fewer new ones). */
  secondHandGW: number;
  secondHand: { role: Role; gw: number; proceeds: number }[];
  eventsReport: QuarterReport['events'];
  chips?: ChipMarketReport;
  dataCenters?: DataCenterReport;
  cloud?: CloudMarketReport;
  products?: ProductsReport;
}

export function newLedger(openingCash: number): Ledger {
  return {
    revenue: [],
    segments: zeroSegments(),
    costs: [],
    capex: [],
    finance: [],
    distress: [],
    depreciation: 0,
    interest: 0,
    tax: 0,
    ebitda: 0,
    pretax: 0,
    netIncome: 0,
    operatingCashFlow: 0,
    openingCash,
    orderedCapex: 0,
    unserved: 0,
    distressNotes: [],
    flowsIn: {},
    flowsOut: {},
    seatSales: [],
    coreEarnings: 0,
    vendorEquity: 0,
    chipSaleProceeds: 0,
  };
}

function addLine(lines: MoneyLine[], key: string, amount: number): void {
  if (amount === 0) return;
  for (const line of lines) {
    if (line.key === key) {
      line.amount += amount;
      return;
    }
  }
  lines.push({ key, amount });
}

export function addRevenue(l: Ledger, key: string, amount: number, segment?: Segment): void {
  addLine(l.revenue, key, amount);
  if (segment) l.segments[segment] += amount;
}

export function addCost(l: Ledger, key: string, amount: number): void {
  addLine(l.costs, key, amount);
}

export function addCapex(l: Ledger, key: string, amount: number): void {
  addLine(l.capex, key, amount);
}

/** Finance and distress lines are signed cash flows (+ in, − out). */
export function addFinance(l: Ledger, key: string, amount: number): void {
  addLine(l.finance, key, amount);
}

export function addDistress(l: Ledger, key: string, amount: number): void {
  addLine(l.distress, key, amount);
}

export function addSentiment(ctx: Ctx, role: Role, key: string, amount: number): void {
  const lines = (ctx.sentimentCauses[role] ??= []);
  addLine(lines, key, amount);
}

/** Records money moving from one seat to another (for the circular share). */
export function addSeatFlow(ctx: Ctx, from: Role, to: Role, amount: number): void {
  const a = ctx.ledger[from];
  const b = ctx.ledger[to];
  if (a) a.flowsOut[to] = (a.flowsOut[to] ?? 0) + amount;
  if (b) b.flowsIn[from] = (b.flowsIn[from] ?? 0) + amount;
}

export const total = (lines: readonly MoneyLine[]): number => lines.reduce((s, l) => s + l.amount, 0);

export function news(ctx: Ctx, key: string, params: Record<string, string | number>, severity: Severity = 'info', role?: Role): void {
  const item: NewsItem = { quarter: ctx.t, key, params, severity };
  if (role) item.role = role;
  ctx.news.push(item);
}

/** Round a number for news params and display-only fields. */
export function r2(x: number): number {
  const y = Math.round(x * 100) / 100;
  return y === 0 ? 0 : y;
}
