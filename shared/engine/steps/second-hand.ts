import { efficiency } from '../calendar';
import { at } from '../../lists';
import { secondHandPricePerGW, sellOrder } from '../model/second-hand';
import { addFinance, news, r2, type Ctx } from '../context';

// Step 2b (engine 2): seats sell chips second-hand, oldest first, to buyers outside the game. The
// proceeds are an asset sale (cash, not revenue); the chips' book value leaves with them. Outside
// buyers count what they got in new-chip terms and order that much less this quarter.

export function runSecondHand(ctx: Ctx): void {
  const { s, sc, t } = ctx;
  for (const role of ctx.live) {
    let want = ctx.orders[role]!.sellChips?.gw ?? 0;
    if (want <= 0) continue;
    const c = s.companies[role];
    let sold = 0;
    let proceeds = 0;
    for (const i of sellOrder(c.cohorts)) {
      if (want <= 1e-12) break;
      const k = at(c.cohorts, i, 'cohort in sell order');
      const gw = Math.min(k.gw, want);
      if (gw <= 0) continue;
      proceeds += gw * secondHandPricePerGW(k, t, s.global.chipListPrice, sc);
      ctx.secondHandGW += (gw * efficiency(sc, k.vintage) * k.efficiency) / efficiency(sc, t);
      const share = gw / k.gw;
      k.bookValue -= k.bookValue * share;
      k.cost -= k.cost * share;
      k.gw -= gw;
      want -= gw;
      sold += gw;
    }
    c.cohorts = c.cohorts.filter((k) => k.gw > 1e-12);
    if (sold <= 0) continue;
    addFinance(ctx.ledger[role]!, 'finance.chipSale', proceeds);
    ctx.ledger[role]!.chipSaleProceeds += proceeds;
    ctx.secondHand.push({ role, gw: sold, proceeds });
    news(ctx, 'news.chips.secondHand', { role, gw: r2(sold), proceeds: r2(proceeds) }, 'info', role);
  }
}
