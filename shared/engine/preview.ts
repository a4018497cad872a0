import type { Role } from '../roles';
import type { Orders } from '../orders/types';
import type { MatchState, MoneyLine, OrderPreview, PreviewWarning, QuarterReport } from './types';
import { activeEffects } from './effects';
import { chipPrice } from './model/chips';
import { buildPlan, powerIndex } from './model/datacenters';
import { contractFlows } from './model/contracts';
import { availableAfterContracts, capacityAfterDeliveries, cohortDepreciation, shellDepreciation, shellRunningCost } from './model/capacity';
import { blendRate, debtSpread, leverage, quarterlyInterest, taxOn } from './model/finance';
import { revolverRoom } from './model/solvency';
import { trailing } from './model/valuation';
import { customChipPrice } from './steps/chip-market';
import { coreRevenue } from './steps/money';
import { cloudLiveIn } from './model/cloud';
import { PREVIEW_WARNINGS, formatTemplate } from './news-keys';

// Live estimate of what a seat's orders do to this quarter's cash (the decision panel), built from
// the same formulas resolution uses. Assumes other seats repeat last quarter's chip and build orders
// and AI revenue stays at last quarter's level.

function warn(key: keyof typeof PREVIEW_WARNINGS, params: Record<string, string | number>): PreviewWarning {
  return { key, params, message: formatTemplate(PREVIEW_WARNINGS[key], params) };
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function previewOrders(state: MatchState, role: Role, orders: Orders, lastQuarter: QuarterReport | null): OrderPreview {
  const sc = state.scenario;
  const g = state.global;
  const t = state.quarter;
  const c = state.companies[role];
  const fx = activeEffects(sc, state.events, t);
  const others = (m: Partial<Record<Role, number>>) =>
    Object.entries(m).reduce((x, [r, v]) => (r === role || state.companies[r as Role]?.bankrupt ? x : x + (v ?? 0)), 0);

  // Chips and custom silicon ordered now, paid on delivery next quarter.
  const supply = g.chipSupplyCap * fx.chipSupply;
  const demand = g.neutralChipDemand + others(g.lastChipRequests) + orders.chips.gw;
  const price = chipPrice(demand, supply, g.chipListPrice, sc.chips);
  const customGW = Math.min(orders.customChips.gw, g.customCaps[role] ?? 0);
  const customCost = customGW * customChipPrice({ sc, s: state }, role);
  const chipsCost = orders.chips.gw * (demand > supply ? supply / demand : 1) * price;

  // Data centers.
  const pIndex = powerIndex(others(g.lastBuildRequests) + orders.build.gw, g.gridAdditions, sc.dataCenters.powerSlope);
  const plan = buildPlan(orders.build.gw, orders.build.expedite, g.dcCostIndex * fx.dcCost, pIndex, fx.buildQuarters, sc);
  const installments = c.shellsUnderConstruction.reduce((x, u) => x + (u.remainingInstallments > 0 ? u.installment : 0), 0);

  const capexNow: MoneyLine[] = [];
  const push = (lines: MoneyLine[], key: string, amount: number) => amount !== 0 && lines.push({ key, amount });
  push(capexNow, 'capex.chips', c.chipsOnOrder.filter((o) => !o.custom).reduce((x, o) => x + o.gw * o.price, 0));
  push(capexNow, 'capex.customChips', c.chipsOnOrder.filter((o) => o.custom).reduce((x, o) => x + o.gw * o.price, 0));
  push(capexNow, 'capex.dataCenters', installments + (orders.build.gw > 0 ? plan.installment : 0));
  if (orders.cloud.launch && c.cloud.status === 'none') push(capexNow, 'capex.cloudLaunch', sc.companies[role].launchCost);
  const capexNext: MoneyLine[] = [];
  push(capexNext, 'capex.chips', chipsCost);
  push(capexNext, 'capex.customChips', customCost);

  // Capacity after this quarter's deliveries.
  const inst = capacityAfterDeliveries(c, sc, state.settings, t);
  const shellNow = inst.shellGW;
  const flows = contractFlows(state.contracts, role, t);
  const payments = flows.pay;
  const receipts = flows.receive;
  const available = availableAfterContracts(inst.ownCU, flows.outCU, flows.inCU);
  const trainingCU = (available * orders.allocation.training) / 100;

  // Operating lines: core exact, AI at last quarter's level.
  const frontier = Math.max(...Object.values(state.companies).filter((x) => !x.bankrupt).map((x) => x.quality));
  const operating: MoneyLine[] = [];
  let coreCost = 0;
  for (const line of c.coreLines) {
    const rev = coreRevenue({ sc, fx, frontier }, c, line, c.quality);
    push(operating, `revenue.core.${line.segment}`, rev);
    coreCost += rev * (1 - line.margin);
  }
  const last = c.trail[c.trail.length - 1];
  const lastReport = lastQuarter?.companies.find((x) => x.role === role);
  const lastCloud = lastReport?.pnl.revenue.find((x) => x.key === 'revenue.cloud')?.amount ?? 0;
  const aiProducts = last ? last.segments.aiProducts - (lastReport?.pnl.revenue.find((x) => x.key === 'revenue.partnerShare')?.amount ?? 0) : 0;
  const cloudSales = cloudLiveIn(c.cloud.status, c.cloud.readyQuarter, t) && orders.allocation.cloud > 0 ? lastCloud : 0;
  push(operating, 'revenue.aiProducts', aiProducts);
  push(operating, 'revenue.cloud', cloudSales);
  push(operating, 'revenue.contracts', receipts);
  push(operating, 'cost.core', -coreCost);
  push(operating, 'cost.dataCenters', -shellRunningCost(inst.installedGW, inst.idleShellGW, sc));
  push(operating, 'cost.training', -sc.training.overheadPerCU * trainingCU);
  push(operating, 'cost.serving', -sc.products.servingCostShare * aiProducts);
  push(operating, 'cost.cloudSales', -sc.cloud.salesCostShare * (cloudSales + receipts));
  push(operating, 'cost.contracts', -payments);
  if (role === 'openai' && c.cloud.status !== 'live') push(operating, 'cost.partnerShare', -sc.money.partnerShare * aiProducts);
  const ebitda = operating.reduce((x, l) => x + l.amount, 0);

  // Finance orders at start-of-quarter prices.
  const f = orders.finance;
  const financing: MoneyLine[] = [];
  push(financing, 'finance.equity', f.raiseEquity);
  push(financing, 'finance.debt', f.issueDebt);
  const owed = c.debt + c.revolver;
  push(financing, 'finance.repay', -Math.min(f.repayDebt, owed));
  push(financing, 'finance.buyback', -Math.min(f.buyback, c.sharePrice * c.shares * 0.5));
  let debt = c.debt;
  let debtRate = c.debtRate;
  if (f.issueDebt > 0) {
    const lev = leverage(c.debt + c.revolver, trailing(c.trail, (r) => r.ebitda), sc.money.leverageCap);
    debtRate = blendRate(debt, debtRate, f.issueDebt, g.baseRate + debtSpread(lev, g.mood, sc.money));
    debt += f.issueDebt;
  }
  const fromRevolver = Math.min(c.revolver, f.repayDebt);
  const revolver = c.revolver - fromRevolver;
  debt -= Math.min(debt, f.repayDebt - fromRevolver);
  const interest = quarterlyInterest(debt, debtRate, revolver, c.revolverRate);
  const depreciation = c.cohorts.reduce((x, k) => x + cohortDepreciation(k, sc), 0) + shellDepreciation(c, sc);
  const tax = taxOn(ebitda - depreciation - interest, sc.money.taxRate);

  const sum = (ls: MoneyLine[]) => ls.reduce((x, l) => x + l.amount, 0);
  const cashAfter = c.cash + ebitda - interest - tax - sum(capexNow) + sum(financing);
  const revolverAvailable = revolverRoom(c.debt, c.revolver, trailing(c.trail, (r) => r.ebitda, 3) + ebitda, sc.distress);

  const warnings: PreviewWarning[] = [];
  if (cashAfter < 0) {
    if (-cashAfter <= revolverAvailable) warnings.push(warn('preview.cashNegative', { cash: r2(cashAfter), revolver: r2(revolverAvailable) }));
    else warnings.push(warn('preview.distress', { cash: r2(cashAfter), revolver: r2(revolverAvailable) }));
  }
  if (orders.chips.gw > 0 && orders.chips.maxPricePerGW > 0 && orders.chips.maxPricePerGW < price)
    warnings.push(warn('preview.chipLimit', { maxPrice: r2(orders.chips.maxPricePerGW), price: r2(price) }));
  if (orders.chips.gw > 0 && demand > supply) warnings.push(warn('preview.chipsScarce', {}));
  const shellNext = shellNow + c.shellsUnderConstruction.filter((u) => u.readyQuarter === t + 1).reduce((x, u) => x + u.gw, 0) + (plan.quarters <= 1 && orders.build.gw > 0 ? orders.build.gw : 0);
  const chipsNext = inst.chipGW + orders.chips.gw + customGW;
  if (chipsNext > shellNext + 1e-9) warnings.push(warn('preview.stranded', { gw: r2(chipsNext - shellNext) }));
  if (pIndex > 1 && orders.build.gw > 0) warnings.push(warn('preview.powerIndex', { index: r2(pIndex) }));

  return {
    role,
    quarter: t,
    chipPriceEstimate: price,
    scarceEstimate: demand > supply,
    chipsCostEstimate: chipsCost,
    customChipsCost: customCost,
    buildCostPerGW: plan.costPerGW,
    buildQuarters: plan.quarters,
    powerIndexEstimate: pIndex,
    capexThisQuarter: capexNow,
    capexNextQuarter: capexNext,
    financing,
    contractPayments: payments,
    contractReceipts: receipts,
    operating,
    interest,
    taxEstimate: tax,
    openingCash: c.cash,
    estimatedCashAfter: cashAfter,
    revolverAvailable,
    warnings,
  };
}
