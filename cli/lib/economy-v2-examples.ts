import { at } from '../../shared/lists';
import { companyHistory } from '../../shared/engine/history';
import { createMatch, resolveQuarter, type MatchState, type Orders, type QuarterReport, type Role, type Scenario } from '../../shared/index';
import { DEFAULT_SCENARIO } from '../../shared/engine';
import { allSteady, companyReport, quietScenario } from '../../test/engine/helpers';

// The engine 2 worked examples of docs/ECONOMY.md (section 4, "What engine 2 changes, computed"),
// played with the engine itself on the quiet scenario (no random events, no mood noise):
// a wash trade that nets to zero, a hyperscaler that overbuilds, a hype promise settled at the
// end, and vendor financing before and after a bubble call. Each is also an engine test
// (test/engine/exploits-v1.test.ts, test/engine/economy-v2.test.ts).

type Policy = (s: MatchState) => Partial<Record<Role, Orders>>;

const b = (x: number, d = 0) => `${x < 0 ? '−' : ''}$${Math.abs(x).toFixed(d).replace(/^(\d+)(\d{3})(?=\.|$)/, '$1,$2')}B`;
const pts = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x * 100).toFixed(1)} points`;
const pct = (x: number, d = 0) => `${x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(d)}%`;
const cap = (s: MatchState, r: Role) => s.companies[r].sharePrice * s.companies[r].shares;
const tsr = (s: MatchState, r: Role) => s.companies[r].sharePrice / s.companies[r].startSharePrice - 1;

function run(s0: MatchState, n: number, policy: Policy, events: (q: number) => { id: string }[] = () => []): { state: MatchState; reports: QuarterReport[] } {
  let s = s0;
  const reports: QuarterReport[] = [];
  for (let i = 0; i < n && !s.finished; i++) {
    const out = resolveQuarter(s, policy(s), events(i));
    s = out.state;
    reports.push(out.report);
  }
  return { state: s, reports };
}

function washPolicy(price: number): Policy {
  return (s) => {
    const o = allSteady(s);
    const terms = (seller: Role, buyer: Role) => ({ seller, buyer, cuPerQuarter: 1, pricePerCU: price, quarters: 10 });
    if (s.quarter === 0) {
      o.microsoft = { ...o.microsoft!, deals: { propose: [terms('microsoft', 'amazon')], accept: [], reject: [] } };
      o.amazon = { ...o.amazon!, deals: { propose: [terms('amazon', 'microsoft')], accept: [], reject: [] } };
    }
    if (s.quarter === 1) {
      const open = (from: Role) => s.proposals.filter((p) => p.from === from && p.status === 'open').map((p) => p.id);
      o.microsoft = { ...o.microsoft!, deals: { propose: [], accept: open('amazon'), reject: [] } };
      o.amazon = { ...o.amazon!, deals: { propose: [], accept: open('microsoft'), reject: [] } };
    }
    return o;
  };
}

/** Wash trade, overbuilding hyperscaler, hype settled at the end, vendor financing and a bubble call. */
export function v2Block(scenario: Scenario = DEFAULT_SCENARIO): string {
  const sc = quietScenario(undefined, scenario);
  const lines: string[] = [];

  // 1. Wash trade: Microsoft and Amazon sell each other 1 CU a quarter at $20B/CU for 10 quarters.
  const w0 = createMatch(sc, {}, 'economy-doc');
  const base = run(w0, 12, allSteady);
  const wash = run(w0, 12, washPolicy(20));
  const last = wash.reports.at(-1)!;
  const ms = companyReport(last, 'microsoft');
  const pair = (s: MatchState) => cap(s, 'microsoft') + cap(s, 'amazon');
  lines.push(
    `*A wash trade nets to zero.* Microsoft and Amazon each sell the other 1 CU a quarter at $20B/CU for ten quarters (quarters 2–11).`,
    `Each books ${b(20)} a quarter of contract revenue and ${b(20)} of contract payments: its EBITDA does not move, the compute each`,
    `receives replaces the compute it delivers, and investors count none of the $20B as AI revenue from the world (it is seat money`,
    `that comes straight back: Microsoft's circular share is ${pct(ms.valuation.circularShare)} in the last quarter, discounted at ${pct(ms.valuation.circularDiscount, 1)}).`,
    `After 12 quarters Microsoft's TSR differs from the same match without the deal by ${pts(tsr(wash.state, 'microsoft') - tsr(base.state, 'microsoft'))}, Amazon's by`,
    `${pts(tsr(wash.state, 'amazon') - tsr(base.state, 'amazon'))}, and the pair's market value by ${pct(pair(wash.state) / pair(base.state) - 1, 2)} (engine 1.2 gave both +20–30 points).`,
    '',
  );

  // 2. A hyperscaler that overbuilds: Microsoft doubles its chip and data-center orders.
  const d0 = createMatch(sc, {}, 'economy-doc');
  const doubled: Policy = (s) => {
    const o = allSteady(s);
    const m = o.microsoft!;
    o.microsoft = { ...m, chips: { gw: 2 * m.chips.gw, maxPricePerGW: 0 }, build: { gw: 2 * m.build.gw, expedite: false } };
    return o;
  };
  const pace = run(d0, 12, allSteady);
  const twice = run(d0, 12, doubled);
  const pen = (x: typeof pace) => Math.max(...x.reports.map((r) => companyReport(r, 'microsoft').valuation.capexPenalty));
  const capex = (x: typeof pace) => companyHistory(x.reports, 'microsoft').reduce((s, h) => s + h.capex, 0);
  lines.push(
    `*A hyperscaler that overbuilds.* Microsoft doubles its 2025 pace of chips and data centers for 12 quarters: ${b(capex(twice))} of capex instead of ${b(capex(pace))}.`,
    `Its AI revenue cannot back that much (investors accept ${sc.investors.capexPenalty.backing} × trailing AI revenue from the world), so its capex penalty reaches`,
    `−${pct(pen(twice), 1)} of its value (−${pct(pen(pace), 1)} at its pace), the extra capacity lowers the cloud price it sells at (${b(twice.reports.at(-1)!.cloud.price, 2)}/CU against`,
    `${b(pace.reports.at(-1)!.cloud.price, 2)}/CU), and it ends with a TSR of ${pct(tsr(twice.state, 'microsoft'), 1)} instead of ${pct(tsr(pace.state, 'microsoft'), 1)}.`,
    '',
  );

  // 3. A hype promise still open at the end of a 6-quarter match settles on the quarters that passed.
  const h0 = createMatch(sc, { quarters: 6 }, 'economy-doc');
  const hype: Policy = (s) => {
    const o = allSteady(s);
    if (s.quarter === 3) o.meta = { ...o.meta!, statement: 'hype' };
    return o;
  };
  const h = run(h0, 6, hype);
  const made = at(companyHistory(h.reports, 'meta'), 3, "Meta's history row of quarter 3");
  const end = companyReport(h.reports.at(-1)!, 'meta');
  const settled = h.reports.at(-1)!.news.find((n) => n.role === 'meta' && (n.key === 'news.statement.hypeKept' || n.key === 'news.statement.hypeBroken'));
  const broken = settled?.key === 'news.statement.hypeBroken';
  lines.push(
    `*A hype promise settled at the end.* In a 6-quarter match Meta hypes in quarter 3 (AI revenue ${b(made.aiRevenue, 2)}): the promise is to beat its own`,
    `trend by ${pct(sc.statements.hypeGrowthTarget)} a quarter for ${sc.statements.hypeQuarters} quarters, but the match ends after 2 of them. It settles then, on those 2 quarters:`,
    `AI revenue ${b(Number(settled?.params.aiRevenue ?? 0), 2)} against a target of ${b(Number(settled?.params.target ?? 0), 2)} — ${broken ? `broken, so sentiment −${Math.abs(end.sentiment.causes.find((c) => c.key === 'statement.hypeBroken')?.amount ?? 0)} and credibility ${pct(h.state.companies.meta.credibility)} in the final price` : 'kept, so credibility rises'}.`,
    `In engine 1.2 a promise still open at the end was never checked, so hyping in the last quarters was free.`,
    '',
  );

  // 4. Vendor financing before and after a bubble call.
  const v0 = createMatch(quietScenario((x) => void (x.vendorFinancing.offerProbability = 1), scenario), {}, 'economy-doc');
  const offer = v0.companies.openai.vendorOffer!;
  const take: Policy = (s) => {
    const o = allSteady(s);
    if (s.quarter === 0) o.openai = { ...o.openai!, vendorFinancing: { accept: true }, finance: { ...o.openai!.finance, raiseEquity: 0 } };
    return o;
  };
  const calm = run(v0, 3, take);
  const bubble = run(v0, 3, take, (q) => (q === 2 ? [{ id: 'bubbleCall' }] : []));
  const oc = companyReport(calm.reports.at(-1)!, 'openai').valuation;
  const ob = companyReport(bubble.reports.at(-1)!, 'openai').valuation;
  lines.push(
    `*Vendor financing, before and after a bubble call.* In quarter 0 the chip supplier offers OpenAI to buy ${b(offer.equity, 1)} of its shares at the market`,
    `price if OpenAI takes ${offer.gwPerQuarter} GW of chips a quarter for ${offer.quarters} quarters at the list price of ${b(offer.pricePerGW)}/GW (${b(offer.gwPerQuarter * offer.quarters * offer.pricePerGW, 1)} in all, take-or-pay).`,
    `OpenAI accepts. Two quarters later ${pct(oc.circularShare, 1)} of its trailing revenue and funding is circular; in a calm market investors take`,
    `${pct(oc.circularDiscount, 1)} of that share off its value (${b(oc.circularDiscountValue, 1)}). If a famous investor calls a bubble that quarter, attention jumps and the`,
    `discount rate becomes ${pct(ob.circularDiscount, 1)}: ${b(ob.circularDiscountValue, 1)} off, on top of what the mood shock does. Same deal, same numbers — the echo chamber decides when they matter.`,
  );
  return lines.join('\n');
}
