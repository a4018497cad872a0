import type { Role } from '../../roles';
import type { CompanyState } from '../types';
import { adUpliftFactor } from '../model/products';
import { shellRunningCost, cohortDepreciation, shellDepreciation } from '../model/capacity';
import {
  blendRate,
  debtSpread,
  equityDiscount,
  leverage,
  quarterlyInterest,
  sharesForRaise,
  taxOn,
} from '../model/finance';
import { trailing } from '../model/valuation';
import { addCost, addFinance, addRevenue, news, r2, total, type Ctx, type Ledger } from '../context';

// Step 11 (GAME.md 5.11): core lines, operating costs, finance orders (at start-of-quarter prices),
// interest, depreciation and tax. Cash changes by exactly the sum of the cash-flow lines.

/** Trailing-4q EBITDA from the last three recorded quarters plus this one. */
export function ebitda4(c: CompanyState, thisQuarter: number): number {
  return trailing(c.trail, (r) => r.ebitda, 3) + thisQuarter;
}

/** Core line revenue this quarter; ads lift with the start-of-quarter model quality `quality`. */
export function coreRevenue(ctx: Pick<Ctx, 'sc' | 'fx' | 'frontier'>, c: CompanyState, line: CompanyState['coreLines'][number], quality: number): number {
  const uplift = ctx.sc.companies[c.role].adUplift && line.segment === 'ads' ? adUpliftFactor(quality, ctx.frontier, ctx.sc.products.adUplift) : 1;
  return line.base * ctx.fx.coreRevenue * uplift;
}

function applyFinanceOrders(ctx: Ctx, role: Role, l: Ledger): void {
  const { s, sc, t } = ctx;
  const c = s.companies[role];
  const f = ctx.orders[role]!.finance;
  const price = c.sharePrice;
  const mood = ctx.startMood;
  if (f.raiseEquity > 0 && price > 0) {
    const d = equityDiscount(mood, sc.money);
    const shares = sharesForRaise(f.raiseEquity, price, d);
    c.shares += shares;
    addFinance(l, 'finance.equity', f.raiseEquity);
    c.lastEquityRaiseQ = t;
    news(ctx, 'news.finance.equity', { role, amount: r2(f.raiseEquity), discount: r2(d * 100) }, 'info', role);
  }
  if (f.issueDebt > 0) {
    const lev = leverage(c.debt + c.revolver, trailing(c.trail, (r) => r.ebitda), sc.money.leverageCap);
    const rate = s.global.baseRate + debtSpread(lev, mood, sc.money);
    c.debtRate = blendRate(c.debt, c.debtRate, f.issueDebt, rate);
    c.debt += f.issueDebt;
    addFinance(l, 'finance.debt', f.issueDebt);
    news(ctx, 'news.finance.debt', { role, amount: r2(f.issueDebt), rate: r2(rate * 100) }, 'info', role);
  }
  if (f.repayDebt > 0) {
    const fromRevolver = Math.min(c.revolver, f.repayDebt);
    const fromDebt = Math.min(c.debt, f.repayDebt - fromRevolver);
    c.revolver -= fromRevolver;
    c.debt -= fromDebt;
    if (c.revolver <= 0) c.revolverRate = 0;
    if (fromRevolver + fromDebt > 0) addFinance(l, 'finance.repay', -(fromRevolver + fromDebt));
  }
  if (f.buyback > 0 && price > 0) {
    const shares = Math.min(c.shares * 0.5, f.buyback / price);
    c.shares -= shares;
    addFinance(l, 'finance.buyback', -shares * price);
    news(ctx, 'news.finance.buyback', { role, amount: r2(shares * price) }, 'info', role);
  }
}

export function runMoney(ctx: Ctx): void {
  const { s, sc } = ctx;
  for (const role of ctx.live) {
    const c = s.companies[role];
    const l = ctx.ledger[role]!;
    const cap = ctx.cap[role]!;
    for (const line of c.coreLines) {
      const rev = coreRevenue(ctx, c, line, ctx.qualityAtStart[role] ?? c.quality);
      addRevenue(l, `revenue.core.${line.segment}`, rev, line.segment);
      addCost(l, 'cost.core', rev * (1 - line.margin));
      l.coreEarnings += rev * line.margin;
    }
    addCost(l, 'cost.dataCenters', shellRunningCost(cap.installedGW, cap.idleShellGW, sc));
    addCost(l, 'cost.training', sc.training.overheadPerCU * cap.trainingCU);
    addCost(l, 'cost.serving', sc.products.servingCostShare * l.segments.aiProducts);
    // Engine 2: only market cloud sales carry a sales cost; a contract is sold once, so a dollar paid
    // under it is exactly a dollar of the seller's earnings (no value is lost or made in transit).
    const cloudSales = l.revenue.find((x) => x.key === 'revenue.cloud')?.amount ?? 0;
    addCost(l, 'cost.cloudSales', sc.cloud.salesCostShare * cloudSales);

    applyFinanceOrders(ctx, role, l);

    let dep = 0;
    for (const k of c.cohorts) {
      const d = cohortDepreciation(k, sc);
      k.bookValue -= d;
      if (k.bookValue < 1e-9) k.bookValue = 0;
      dep += d;
    }
    const sd = shellDepreciation(c, sc);
    c.shellBookValue -= sd;
    dep += sd;
    l.depreciation = dep;

    l.ebitda = total(l.revenue) - total(l.costs);
    l.interest = quarterlyInterest(c.debt, c.debtRate, c.revolver, c.revolverRate);
    l.pretax = l.ebitda - l.depreciation - l.interest;
    l.tax = taxOn(l.pretax, sc.money.taxRate);
    l.netIncome = l.pretax - l.tax;
    l.operatingCashFlow = l.ebitda - l.interest - l.tax;
    c.positiveOcfStreak = l.operatingCashFlow > 0 ? c.positiveOcfStreak + 1 : 0;
    c.cash = l.openingCash + cashFlowTotal(l);
  }
}

/** Visits the signed cash-flow lines of a ledger, in display order (the one place they are defined). */
function eachCashFlowLine(l: Ledger, visit: (key: string, amount: number) => void): void {
  for (const x of l.revenue) visit(x.key, x.amount);
  for (const x of l.costs) visit(x.key, -x.amount);
  if (l.interest !== 0) visit('cost.interest', -l.interest);
  if (l.tax !== 0) visit('cost.tax', -l.tax);
  for (const x of l.capex) visit(x.key, -x.amount);
  for (const x of l.finance) visit(x.key, x.amount);
  for (const x of l.distress) visit(x.key, x.amount);
}

/** The signed cash-flow lines of a ledger, in display order. */
export function cashFlowLines(l: Ledger): { key: string; amount: number }[] {
  const out: { key: string; amount: number }[] = [];
  eachCashFlowLine(l, (key, amount) => out.push({ key, amount }));
  return out;
}

/** Σ of the cash-flow lines, added in display order from 0, without building them (several steps ask for it). */
export function cashFlowTotal(l: Ledger): number {
  let total = 0;
  eachCashFlowLine(l, (_key, amount) => {
    total += amount;
  });
  return total;
}
