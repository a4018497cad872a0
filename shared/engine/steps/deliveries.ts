import { addCapex, news, r2, type Ctx } from '../context';

// Step 2 (GAME.md 5.2): retire chips past their life, deliver last quarter's chip orders (paid now,
// at their clearing price), and turn finished data centers into ready shell.

export function runDeliveries(ctx: Ctx): void {
  const { s, sc, cal } = ctx;
  for (const role of ctx.live) {
    const c = s.companies[role];
    const ledger = ctx.ledger[role]!;
    const retired = c.cohorts.filter((k) => k.ageQ >= sc.chips.retireAfterQuarters);
    if (retired.length > 0) {
      c.cohorts = c.cohorts.filter((k) => k.ageQ < sc.chips.retireAfterQuarters);
      news(ctx, 'news.chips.retired', { role, gw: r2(retired.reduce((x, k) => x + k.gw, 0)) }, 'info', role);
    }
    for (const o of c.chipsOnOrder) {
      if (o.gw <= 0) continue;
      const cost = o.gw * o.price;
      const custom = sc.customSilicon[role];
      c.cohorts.push({
        gw: o.gw,
        year: cal.year,
        vintage: ctx.t,
        cost,
        bookValue: cost,
        ageQ: 0,
        custom: o.custom,
        efficiency: o.custom && custom ? custom.efficiency : 1,
      });
      addCapex(ledger, o.custom ? 'capex.customChips' : 'capex.chips', cost);
    }
    c.chipsOnOrder = [];
    const ready = c.shellsUnderConstruction.filter((u) => u.readyQuarter <= ctx.t);
    for (const u of ready) {
      c.shellReadyGW += u.gw;
      c.shellGrossCost += u.cost;
      c.shellBookValue += u.cost;
    }
    c.shellsUnderConstruction = c.shellsUnderConstruction.filter((u) => u.readyQuarter > ctx.t);
    const readyGW = ready.reduce((x, u) => x + u.gw, 0);
    if (readyGW > 0) news(ctx, 'news.dc.ready', { role, gw: r2(readyGW) }, 'good', role);
  }
}
