import type { Role } from '../../roles';
import { contractPayment } from '../model/contracts';
import { debtSpread, leverage, blendRate, sharesForRaise } from '../model/finance';
import { addDistress, addSentiment, news, r2, type Ctx } from '../context';
import { cashFlowTotal, ebitda4 } from './money';
import { covenantLeverage, emergencyCapacity, revolverRoom } from '../model/solvency';
import { endCommitments } from '../vendor-financing';

// Step 12 (GAME.md 5.12, engine 2: 12.1.6): cash below zero after all flows → draw the revolver (up
// to 4 × trailing EBITDA) → automatic emergency equity at a 40% discount, if investors will buy it:
// positive equity value, the leverage covenant kept, and the raise within the share of its value a
// company can sell at once (larger when mood is high) → otherwise bankruptcy: contracts and vendor
// commitments end, the unpaid amount is written off, mood −15 for everyone. No market-wide threshold.

export function runDistress(ctx: Ctx): void {
  const { s, sc } = ctx;
  const d = sc.distress;
  for (const role of ctx.live) {
    const c = s.companies[role];
    const l = ctx.ledger[role]!;
    if (c.cash >= 0) {
      // Pay the revolver back from cash above the buffer.
      if (c.revolver > 0 && c.cash > d.revolverRepayAboveCash) {
        const repay = Math.min(c.revolver, c.cash - d.revolverRepayAboveCash);
        c.revolver -= repay;
        if (c.revolver <= 1e-9) {
          c.revolver = 0;
          c.revolverRate = 0;
        }
        addDistress(l, 'distress.revolverRepaid', -repay);
        c.cash = l.openingCash + cashFlowTotal(l);
        news(ctx, 'news.distress.revolverRepaid', { role, amount: r2(repay) }, 'good', role);
      }
      continue;
    }
    const e4 = ebitda4(c, l.ebitda);
    const room = revolverRoom(c.debt, c.revolver, e4, d);
    const draw = Math.min(room, -c.cash);
    if (draw > 0) {
      const lev = leverage(c.debt + c.revolver, e4, sc.money.leverageCap);
      const rate = s.global.baseRate + debtSpread(lev, ctx.startMood, sc.money) + d.revolverSpread;
      c.revolverRate = blendRate(c.revolver, c.revolverRate, draw, rate);
      c.revolver += draw;
      addDistress(l, 'distress.revolver', draw);
      c.cash = l.openingCash + cashFlowTotal(l);
      if (c.cash < 0 && c.cash > -1e-9) c.cash = 0; // float dust from a draw that exactly covers the gap
      l.distressNotes.push('revolver');
      news(ctx, 'news.distress.revolver', { role, amount: r2(draw), rate: r2(rate * 100) }, 'bad', role);
    }
    if (c.cash >= 0) continue;
    const equityValue = c.sharePrice * c.shares;
    const cov = covenantLeverage(c.debt + c.revolver, e4, d);
    const capacity = emergencyCapacity(equityValue, ctx.startMood, cov.broken, d);
    if (-c.cash <= capacity) {
      const flowBeforeDistress = cashFlowTotal(l) - l.distress.reduce((x, y) => x + y.amount, 0);
      const burn = Math.max(0, -flowBeforeDistress);
      const amount = Math.min(capacity, -c.cash + Math.max(d.emergencyBuffer, d.emergencyBufferQuarters * burn));
      c.shares += sharesForRaise(amount, c.sharePrice, d.emergencyDiscount);
      addDistress(l, 'distress.emergencyEquity', amount);
      c.cash = l.openingCash + cashFlowTotal(l);
      addSentiment(ctx, role, 'distress.emergencyEquity', d.emergencySentiment);
      l.distressNotes.push('emergencyEquity');
      news(ctx, 'news.distress.emergencyRaise', { role, amount: r2(amount), discount: r2(d.emergencyDiscount * 100) }, 'bad', role);
      continue;
    }
    l.distressNotes.push(cov.broken ? 'covenant' : 'noInvestors');
    goBankrupt(ctx, role);
  }
}

function goBankrupt(ctx: Ctx, role: Role): void {
  const { s, sc, t } = ctx;
  const c = s.companies[role];
  const l = ctx.ledger[role]!;
  const unpaid = -c.cash;
  addDistress(l, 'distress.unpaid', unpaid);
  c.cash = l.openingCash + cashFlowTotal(l);
  if (Math.abs(c.cash) < 1e-9) c.cash = 0;
  c.bankrupt = true;
  c.bankruptQ = t;
  c.sharePrice = 0;
  c.chipsOnOrder = [];
  l.distressNotes.push('bankrupt');
  news(ctx, 'news.distress.bankrupt', { role, unpaid: r2(unpaid) }, 'bad', role);
  for (const k of s.contracts) {
    if ((k.buyer !== role && k.seller !== role) || k.endQ <= t) continue;
    let lost = 0;
    for (let q = t + 1; q <= k.endQ; q++) lost += contractPayment(k, q);
    k.endQ = t;
    k.endedEarlyQ = t;
    const counterparty = k.buyer === role ? k.seller : k.buyer;
    news(ctx, 'news.contract.ended', { id: k.id, seller: k.seller, buyer: k.buyer, lost: r2(lost), counterparty }, 'bad', counterparty === 'neutral' ? undefined : counterparty);
  }
  for (const p of s.proposals) {
    if (p.status === 'open' && (p.from === role || p.to === role)) p.status = 'expired';
  }
  endCommitments(ctx, role);
  c.vendorOffer = null;
  s.statements = s.statements.filter((x) => x.role !== role);
  s.events = s.events.filter((e) => e.target !== role);
  ctx.moodShocks.push({ key: 'contagion', amount: sc.distress.contagionMood });
  news(ctx, 'news.distress.contagion', { role, mood: r2(sc.distress.contagionMood) }, 'bad');
}
