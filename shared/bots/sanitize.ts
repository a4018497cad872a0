import type { Role } from '../roles';
import { CUSTOM_SILICON_ROLES } from '../roles';
import type { DealTerms, Orders } from '../orders/types';
import { ORDER_LIMITS as L } from '../orders/limits';
import type { PlayerView } from '../engine/types';
import type { Scenario } from '../engine/scenario-types';
import { isProposalOpen } from '../engine/proposals';
import { clamp, floor2 } from './numbers';

// The last step of every bot decision: bring the orders inside the rules of GAME.md section 7
// as the seat can see them (the same rules shared/orders/validate.ts checks), so a bot never
// submits something the engine rejects. Values are only ever lowered or dropped.

function amount(x: number, max: number): number {
  return Number.isFinite(x) ? clamp(floor2(x), 0, max) : 0;
}

function cloudLiveIn(view: PlayerView, t: number): boolean {
  const c = view.own!.cloud;
  return c.status === 'live' || (c.status === 'launching' && c.readyQuarter !== null && c.readyQuarter <= t);
}

function allocation(a: Orders['allocation'], cloudOk: boolean): Orders['allocation'] {
  const int = (x: number) => (Number.isFinite(x) ? clamp(Math.round(x), 0, 100) : 0);
  let training = int(a.training);
  let products = int(a.products);
  let cloud = cloudOk ? int(a.cloud) : 0;
  if (!cloudOk) training += int(a.cloud);
  const sum = training + products + cloud;
  if (sum === 0) return { training: 100, products: 0, cloud: 0 };
  if (sum !== 100) {
    products = Math.floor((products * 100) / sum);
    cloud = Math.floor((cloud * 100) / sum);
    training = 100 - products - cloud;
  }
  return { training: clamp(training, 0, 100), products, cloud };
}

function dealOk(view: PlayerView, role: Role, sc: Scenario, d: DealTerms): boolean {
  if (d.seller !== role && d.buyer !== role) return false;
  if (d.seller === d.buyer) return false;
  const other = d.seller === role ? d.buyer : d.seller;
  if (other !== 'neutral') {
    const oc = view.companies[other];
    if (!oc || !oc.active || oc.bankrupt) return false;
  }
  if (d.seller !== 'neutral' && view.companies[d.seller].cloud.status !== 'live') return false;
  if (!(d.cuPerQuarter > 0 && d.cuPerQuarter <= L.dealCU)) return false;
  if (!(d.pricePerCU > 0 && d.pricePerCU <= L.dealPricePerCU)) return false;
  return Number.isInteger(d.quarters) && d.quarters >= 1 && d.quarters <= Math.min(L.dealQuarters, sc.contracts.maxQuarters);
}

export function sanitizeOrders(o: Orders, view: PlayerView, role: Role, sc: Scenario): Orders {
  const me = view.own!;
  const t = view.quarter;
  const m = sc.money;
  const isPrivate = sc.companies[role].privateCompany;

  const chipsGW = amount(o.chips.gw, L.chipsGW);
  const customCap = CUSTOM_SILICON_ROLES.includes(role) && sc.customSilicon[role] ? (view.global.customCaps[role] ?? 0) : 0;
  const launch = o.cloud.launch && me.cloud.status === 'none';

  const maxRaise = m.maxEquityRaiseShare * me.sharePrice * me.shares;
  const roundOk = !(isPrivate && me.lastEquityRaiseQ !== null && t - me.lastEquityRaiseQ < m.privateEquityEveryQuarters);
  let raiseEquity = roundOk ? Math.min(amount(o.finance.raiseEquity, L.raiseEquity), floor2(maxRaise)) : 0;
  const debtOk = !isPrivate || me.positiveOcfStreak >= m.privateDebtAfterPositiveOcfQuarters;
  let issueDebt = debtOk ? amount(o.finance.issueDebt, L.issueDebt) : 0;
  let repayDebt = Math.min(amount(o.finance.repayDebt, L.repayDebt), floor2(me.debt + me.revolver));
  let buyback = isPrivate ? 0 : Math.min(amount(o.finance.buyback, L.buyback), floor2(me.cash));
  if (raiseEquity > 0 && buyback > 0) buyback = 0;
  if (issueDebt > 0 && repayDebt > 0) repayDebt = 0;
  if (raiseEquity < 0) raiseEquity = 0;
  if (issueDebt < 0) issueDebt = 0;

  let statement = o.statement;
  if (statement === 'announceCloud' && !launch) statement = 'none';

  const open = new Set(view.proposals.filter((p) => p.to === role && isProposalOpen(p, t)).map((p) => p.id));
  const seen = new Set<string>();
  const pick = (ids: string[]) =>
    ids.filter((id) => {
      if (!open.has(id) || seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  const accept = pick(o.deals.accept).slice(0, L.responses);
  const reject = pick(o.deals.reject).slice(0, L.responses);

  const vendorOpen = me.vendorOffer !== null && me.vendorOffer !== undefined && me.vendorOffer.quarter === t;
  const extras: Pick<Orders, 'vendorFinancing' | 'sellChips'> = {};
  if (o.vendorFinancing?.accept === true && vendorOpen) extras.vendorFinancing = { accept: true };
  const owned = me.cohorts.reduce((s, k) => s + k.gw, 0);
  const sell = Math.min(amount(o.sellChips?.gw ?? 0, L.sellChipsGW), Math.floor(owned * 100) / 100);
  if (sell > 0) extras.sellChips = { gw: sell };

  return {
    ...extras,
    quarter: t,
    chips: { gw: chipsGW, maxPricePerGW: chipsGW > 0 ? amount(o.chips.maxPricePerGW, L.maxPricePerGW) : 0 },
    customChips: { gw: customCap > 0 ? Math.min(amount(o.customChips.gw, L.customChipsGW), floor2(customCap)) : 0 },
    build: { gw: amount(o.build.gw, L.buildGW), expedite: o.build.expedite === true && o.build.gw > 0 },
    allocation: allocation(o.allocation, cloudLiveIn(view, t)),
    cloud: { launch, askPrice: amount(o.cloud.askPrice, L.askPrice) },
    finance: { raiseEquity, issueDebt, repayDebt, buyback },
    statement,
    deals: { propose: o.deals.propose.filter((d) => dealOk(view, role, sc, d)).slice(0, L.proposals), accept, reject },
  };
}
