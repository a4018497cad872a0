import type { Role } from '../roles';
import { SEGMENTS } from './scenario-schema';
import { total } from './context';
import type { CompanyHistoryRow, CompanyReport, NewsItem, QuarterReport } from './types';

// The per-quarter history rows and the news feed are outputs of the quarters, not inputs: the match
// state does not carry them (it would grow by ~5 KB a quarter). Both are pure functions of the
// list of reports resolveQuarter returned, in order. A seat that went bankrupt in an earlier
// quarter has no company report any more: its row carries the figures it froze with (a bankrupt
// company's state never changes again) and zeros for the quarter's flows.

/** How many news items a view shows (the latest). */
export const MAX_NEWS = 400;

const rowsByReport = new WeakMap<QuarterReport, Map<Role, CompanyHistoryRow>>();

function rowFromReport(quarter: number, c: CompanyReport): CompanyHistoryRow {
  const segs = { ...c.revenueBySegment };
  const v = c.valuation;
  return {
    quarter,
    revenue: total(c.pnl.revenue),
    revenueBySegment: segs,
    aiRevenue: segs.aiProducts + segs.cloudAI,
    cloudRevenue: segs.cloudNonAI + segs.cloudAI,
    ebitda: c.pnl.ebitda,
    netIncome: c.pnl.netIncome,
    operatingCashFlow: c.pnl.ebitda - c.pnl.interest - c.pnl.tax,
    capex: c.capex,
    cash: c.cashFlow.closing,
    debt: c.debt,
    sharePrice: v.sharePrice,
    marketCap: v.marketCap,
    installedGW: c.capacity.installedGW,
    ownCU: c.capacity.ownCU,
    quality: c.quality,
    sentiment: c.sentiment.after,
    credibility: c.credibility,
    cloudStatus: c.cloudStatus,
    tsr: c.bankrupt ? -1 : v.tsr,
    capexPenalty: v.capexPenalty,
    unservedDemand: c.unservedDemand,
    bankrupt: c.bankrupt,
    circularShare: v.circularShare,
    circularDiscount: v.circularShare * v.circularDiscount,
    costOfCapital: v.costOfCapital,
    solvencyHeadroom: c.bankrupt ? 0 : c.solvency.headroom,
  };
}

/** The row of a seat bankrupt before `quarter`: what it froze with, no flows. */
function rowAfterBankruptcy(quarter: number, last: CompanyHistoryRow): CompanyHistoryRow {
  const segs = Object.fromEntries(SEGMENTS.map((x) => [x, 0])) as CompanyHistoryRow['revenueBySegment'];
  return {
    quarter,
    revenue: 0,
    revenueBySegment: segs,
    aiRevenue: 0,
    cloudRevenue: 0,
    ebitda: 0,
    netIncome: 0,
    operatingCashFlow: 0,
    capex: 0,
    cash: last.cash,
    debt: last.debt,
    sharePrice: last.sharePrice,
    marketCap: 0,
    installedGW: 0,
    ownCU: 0,
    quality: last.quality,
    sentiment: last.sentiment,
    credibility: last.credibility,
    cloudStatus: last.cloudStatus,
    tsr: -1,
    capexPenalty: 0,
    unservedDemand: 0,
    bankrupt: true,
    circularShare: 0,
    circularDiscount: 0,
    costOfCapital: 0,
    solvencyHeadroom: 0,
  };
}

/**
 * One row per resolved quarter for `role` (empty for a seat that plays no company). Rows are
 * built once per report and shared, so callers must treat them as read-only.
 */
export function companyHistory(reports: readonly QuarterReport[], role: Role): CompanyHistoryRow[] {
  const rows: CompanyHistoryRow[] = [];
  let last: CompanyHistoryRow | undefined;
  for (const report of reports) {
    let memo = rowsByReport.get(report);
    if (!memo) {
      memo = new Map();
      rowsByReport.set(report, memo);
    }
    let row = memo.get(role);
    if (!row) {
      const c = report.companies.find((x) => x.role === role);
      if (c) row = rowFromReport(report.quarter, c);
      else if (last?.bankrupt) row = rowAfterBankruptcy(report.quarter, last);
      else continue;
      memo.set(role, row);
    }
    rows.push(row);
    last = row;
  }
  return rows;
}

/** The match's latest news items, oldest first (at most MAX_NEWS). */
export function matchNews(reports: readonly QuarterReport[]): NewsItem[] {
  const out: NewsItem[] = [];
  for (let i = reports.length - 1; i >= 0 && out.length < MAX_NEWS; i--) {
    const items = reports[i]!.news;
    for (let j = items.length - 1; j >= 0 && out.length < MAX_NEWS; j--) out.push(items[j]!);
  }
  return out.reverse();
}
