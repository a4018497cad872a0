import { at } from '../../shared/lists';
import { companyHistory } from '../../shared/engine/history';
import { DEFAULT_SCENARIO, createMatch, resolveQuarter, type Role, type Scenario } from '../../shared/index';
import { clearChipMarket, chipPrice, type ChipBid } from '../../shared/engine/model/chips';
import { clearCloudMarket, type CloudOfferIn } from '../../shared/engine/model/cloud';
import { trailing, valuation } from '../../shared/engine/model/valuation';
import { ROLES } from '../../shared/roles';
import { companyReport, line, orders, quietScenario } from '../../test/engine/helpers';

// The worked examples of docs/ECONOMY.md, computed with the engine itself (`npm run docs` writes
// them into the document; test/engine/economy-doc.test.ts fails when they no longer match). Each
// case is the one an engine test checks by hand, named next to it.

const group = (s: string) => s.replace(/^(\d+)(\d{3})(?=\.|$)/, '$1,$2');
const b = (x: number, d = 1) => `$${group(x.toFixed(d))}B`;
const minus = (s: string) => s.replace(/^-/, '−');
const n = (x: number, d = 2) => x.toFixed(d);
const pct = (x: number, d = 0) => `${(x * 100).toFixed(d)}%`;
const money = (x: number, d = 1) => `${x < 0 ? '−' : ''}$${Math.abs(x).toFixed(d)}B`;

/** The scenario with random events and mood noise switched off: the engine tests' fixture. */
const quiet = (scenario: Scenario, patch?: (s: Scenario) => void): Scenario => quietScenario(patch, scenario);

const flowBeforeDistress = (lines: readonly { key: string; amount: number }[]) => lines.filter((l) => !l.key.startsWith('distress.')).reduce((x, l) => x + l.amount, 0);

/** Late-2025 market values GAME.md section 2 calibrates to (also test/engine/calibration.test.ts). */
const REFERENCE_VALUE: Record<Role, string> = { openai: '$500B', meta: '$1.7T', microsoft: '$3.8T', amazon: '$2.5T', google: '$3.4T' };

/** Section 2: the starting position, from createMatch and the first quarter played with no new orders. */
export function startingBlock(scenario: Scenario = DEFAULT_SCENARIO): string {
  const sc = quiet(scenario);
  const s0 = createMatch(sc, {}, 'economy-doc');
  const r = resolveQuarter(s0, {}, []);
  const rows = ROLES.map((role) => {
    const c0 = s0.companies[role];
    const cr = companyReport(r.report, role);
    const h = companyHistory([r.report], role)[0]!;
    const pen = valuation(
      { trail: c0.trail, cash: c0.cash, debt: c0.debt, shares: c0.shares, mood: sc.mood.start, sentiment: c0.sentiment, startSharePrice: c0.startSharePrice, baseRate: sc.money.baseRate, attention: 0, cloudReputation: c0.cloud.status === 'live' ? c0.cloud.reputation : 0, productSpend: s0.global.aiProductSpend },
      sc,
      sc.companies[role],
    );
    const bought = cr.capacity.contractInCU;
    return `| ${sc.companies[role].name} | ${b(c0.sharePrice * c0.shares, 0)} (${REFERENCE_VALUE[role]}) | ${b(h.revenue)} | ${b(h.revenueBySegment.aiProducts)} | ${h.revenueBySegment.cloudAI > 0 ? b(h.revenueBySegment.cloudAI) : '—'} | ${money(cr.pnl.ebitda)} | ${b(h.capex)} | ${n(cr.capacity.ownCU)} CU${bought > 0 ? ` (+${n(bought, 1)} CU bought)` : ''} | ${pen.capexPenalty > 0 ? `−${pct(pen.capexPenalty)} (excess ${b(pen.capexPenaltyValue / sc.investors.capexPenalty.valuePerExcess, 0)})` : 'none'} |`;
  });
  const o = s0.companies.openai;
  const oq = companyReport(r.report, 'openai');
  const drag = -line(oq.sentiment.causes, 'sentiment.commitments');
  const coverage = sc.investors.commitment.threshold + drag / sc.investors.commitment.drag;
  return [
    '| company | market value Q0 (late-2025 reference) | revenue Q1 | AI products | AI cloud (rental + contracts) | EBITDA | capex paid Q1* | own compute Q1 | capex penalty Q0 |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `\\* chips ordered in Q4 2025 and data-center installments already under way; new orders add to it. The Q1 2026 figures are`,
    `that quarter played with the scenario's allocations, no new orders and no random events.`,
    '',
    `OpenAI pays ${b(line(oq.pnl.costs, 'cost.contracts'))} to its compute suppliers in Q1 2026 against ${b(line(oq.pnl.revenue, 'revenue.aiProducts'))} of AI product revenue`,
    `(and ${b(line(oq.pnl.costs, 'cost.partnerShare'))} of partner share to Microsoft): its cash falls from ${b(o.cash, 0)} to ${b(r.state.companies.openai.cash)} in the first quarter.`,
    `Its contract payments due in the next four quarters are ${n(coverage, 1)} × its trailing-4q revenue, which drags its sentiment by ${minus(n(-drag, 2))} that quarter.`,
  ].join('\n');
}

/** Section 4, chip market: the cases of test/engine/chip-market.test.ts. */
export function chipBlock(scenario: Scenario = DEFAULT_SCENARIO): string {
  const p = scenario.chips;
  const L = p.listPrice;
  const S = p.supplyCap;
  const N = p.neutralDemand;
  const clear = (bids: ChipBid[], neutral = N) => clearChipMarket(bids, neutral, S, L, p);
  const slack = clear([{ role: 'meta', gw: 1, maxPrice: 0 }, { role: 'google', gw: 0.5, maxPrice: 40 }]);
  const scarce = clear([{ role: 'meta', gw: 3, maxPrice: 0 }, { role: 'google', gw: 1.5, maxPrice: 0 }]);
  const limits: ChipBid[] = [{ role: 'meta', gw: 3, maxPrice: 0 }, { role: 'google', gw: 1.5, maxPrice: 40 }, { role: 'amazon', gw: 1, maxPrice: 42 }];
  const first = chipPrice(N + 5.5, S, L, p);
  const drop = clear(limits);
  const capAt = 1 + (p.maxPriceMultiple - 1) / p.scarcityPremium;
  const fill = (m: typeof scarce, role: Role) => m.fills.find((f) => f.role === role)!.filledGW;
  return [
    `* *Slack:* neutral ${n(N, 1)} + Meta 1 + Google 0.5 = ${n(slack.totalDemand, 1)} GW of ${n(S, 0)} → p = ${n(L, 0)} × (1 − ${p.slackDiscount} × (1 − ${n(slack.totalDemand, 1)}/${n(S, 0)})) = **${b(slack.price)}/GW**; everyone is filled.`,
    `  When no seat orders, p = ${b(chipPrice(N, S, L, p))}/GW (D = ${n(N, 1)}); the lowest possible price is ${b(chipPrice(0, S, L, p))}/GW.`,
    `* *Scarce:* neutral ${n(N, 1)} + Meta 3 + Google 1.5 = ${n(scarce.totalDemand, 1)} GW → p = ${n(L, 0)} × (1 + ${p.scarcityPremium} × (${n(scarce.totalDemand, 1)}/${n(S, 0)} − 1)) = **${b(scarce.price)}/GW**,`,
    `  and everyone gets ${n(S, 0)}/${n(scarce.totalDemand, 1)} = ${pct(S / scarce.totalDemand)} of its order: Meta ${n(fill(scarce, 'meta'), 1)} GW, Google ${n(fill(scarce, 'google'), 1)} GW, the neutral buyers ${n(scarce.neutralFilled, 1)} GW.`,
    `  From D = ${n(capAt, 2)} × S (${n(capAt * S, 0)} GW) up, the price stays at the cap, **${b(p.maxPriceMultiple * L)}/GW**.`,
    `* *Price limits:* neutral ${n(N, 1)} + Meta 3 (no limit) + Google 1.5 (limit $40) + Amazon 1 (limit $42): D = ${n(N + 5.5, 1)} → p = ${b(first)};`,
    `  Google's $40 is the lowest limit under it and drops → D = ${n(drop.totalDemand, 1)} → p = **${b(drop.price)}/GW**; Amazon's $42 limit now clears and it stays in.`,
    `  Meta gets ${n(fill(drop, 'meta'), 2)} GW and Amazon ${n(fill(drop, 'amazon'), 2)} GW (${n(S, 0)}/${n(drop.totalDemand, 0)} of their orders); Google gets nothing this quarter.`,
  ].join('\n');
}

/** Section 4, cloud market: the first quarter as played, and the cases of test/engine/cloud-market.test.ts. */
export function cloudBlock(scenario: Scenario = DEFAULT_SCENARIO): string {
  const cp = scenario.cloud;
  const D = cp.dref;
  const pref = cp.pref;
  const pmax = pref * cp.pmaxFactor;
  const slope = (pmax - pref) / D;
  const offer = (seller: CloudOfferIn['seller'], ask: number, cu: number, order: number): CloudOfferIn => ({ seller, ask, offeredCU: cu, sellableCU: cu, order });
  const sc = quiet(scenario);
  const s0 = createMatch(sc, {}, 'economy-doc');
  const q1 = resolveQuarter(s0, {}, []).report.cloud;
  const sold = (role: string) => q1.offers.find((o) => o.seller === role)?.soldCU ?? 0;
  const clouds = q1.offers.filter((o) => o.seller !== 'neutral');
  const cloudCU = clouds.reduce((x, o) => x + o.sellableCU, 0);
  const neutral = q1.offers.find((o) => o.seller === 'neutral');
  const over = clearCloudMarket([offer('microsoft', 0, 8, 2), offer('amazon', 0, 7, 3), offer('neutral', 2, 5, 99)], D, pref, pmax);
  const flood = clearCloudMarket([offer('google', 0, 25, 4)], D, pref, pmax);
  const tight = clearCloudMarket([offer('microsoft', 0, 4, 2), offer('amazon', 2.5, 2, 3)], D, pref, pmax);
  const marginal = clearCloudMarket([offer('microsoft', 0, 4, 2), offer('amazon', 3.5, 10, 3)], D, pref, pmax);
  return [
    `* *Q1 2026 as played:* Microsoft, Amazon and Google offer their cloud shares at ask 0; ${n(cloudCU, 1)} CU of it can find buyers`,
    `  (Microsoft ${n(sold('microsoft'), 2)}, Amazon ${n(sold('amazon'), 2)}, Google ${n(sold('google'), 2)}); the neutral supplier offers ${n(neutral?.sellableCU ?? 0, 1)} CU at its $${n(neutral?.ask ?? 0, 0)} cost.`,
    `  Supply runs out at ${n(q1.quantity, 2)} CU, so the price is read off the demand line there: **${b(q1.price, 2)}/CU** (about Pref).`,
    `* *A marginal seller:* Microsoft 4 CU at ask 0, Amazon 10 CU at ask $3.5 → demand at $3.5 is ${n(marginal.quantity, 2)} CU: the price is **${b(marginal.price, 2)}/CU**,`,
    `  Microsoft sells 4 and Amazon the remaining ${n(at(marginal.offers, 1, "Amazon's offer").soldCU, 2)} CU.`,
    `* *Overbuilt:* Microsoft 8 CU and Amazon 7 CU at ask 0, the neutral supplier 5 CU at $2 → 15 CU clear at ${n(pmax, 0)} − 15 × ${n(slope, 1)} = **${b(over.price, 2)}/CU**;`,
    `  the neutral supplier, whose cost is $2, sells nothing. With ${n(flood.quantity, 0)} CU or more offered at ask 0 the price is **$0**: rental revenue disappears`,
    `  while the chips keep depreciating (one cloud offering 25 CU sells ${n(flood.quantity, 0)} and leaves ${n(25 - flood.quantity, 0)} idle).`,
    `* *Tight:* only 6 CU offered (Microsoft 4 at ask 0, Amazon 2 at $2.5) → **${b(tight.price, 2)}/CU** for everyone; Amazon's $2.5 ask does not set the price.`,
  ].join('\n');
}

/** Section 4, distress: the cases of test/engine/distress.test.ts. */
export function distressBlock(scenario: Scenario = DEFAULT_SCENARIO): string {
  const d = scenario.distress;
  // 1. Revolver: Meta with $1B of cash orders 3 GW of chips; it pays for them on delivery.
  const sm = quiet(scenario, (x) => (x.companies.meta.cash = 1));
  const m0 = createMatch(sm, {}, 'economy-doc');
  const q0 = resolveQuarter(m0, { meta: orders(m0, 'meta', { chips: { gw: 3, maxPricePerGW: 0 } }) }, []);
  const q1 = resolveQuarter(q0.state, {}, []);
  const mr = companyReport(q1.report, 'meta');
  const draw = line(mr.cashFlow.lines, 'distress.revolver');
  const chips = -line(mr.cashFlow.lines, 'capex.chips');
  const gap = -(mr.cashFlow.opening + flowBeforeDistress(mr.cashFlow.lines));
  const meta1 = q1.state.companies.meta;
  const e4 = trailing(meta1.trail, (r) => r.ebitda);
  const q2 = resolveQuarter(q1.state, {}, []);
  const repaid = -line(companyReport(q2.report, 'meta').cashFlow.lines, 'distress.revolverRepaid');

  // 2. Emergency equity: OpenAI with $1B of cash in Q1 2026.
  const so = quiet(scenario, (x) => (x.companies.openai.cash = 4));
  const o0 = createMatch(so, {}, 'economy-doc');
  const or = resolveQuarter(o0, {}, []);
  const orep = companyReport(or.report, 'openai');
  const oflow = flowBeforeDistress(orep.cashFlow.lines);
  const ogap = -(4 + oflow);
  const raise = line(orep.cashFlow.lines, 'distress.emergencyEquity');
  const price = o0.companies.openai.sharePrice;
  const newShares = or.state.companies.openai.shares - o0.companies.openai.shares;
  const capacity = (d.emergencyMaxShareBase + (d.emergencyMaxShareMood * o0.global.mood) / 100) * price * o0.companies.openai.shares;

  // 3. Bankruptcy: the same OpenAI with a neutral-supplier contract so large that its shortfall is more than investors will buy.
  const bigCU = 25;
  const sb = quiet(scenario, (x) => {
    x.companies.openai.cash = 1;
    const k = x.contracts.starting.find((c) => c.seller === 'neutral' && c.buyer === 'openai')!;
    k.cuPerQuarter = bigCU;
    delete k.rampToCU;
    delete k.rampQuarters;
    x.contracts.neutral.capacity = 100;
  });
  const br = resolveQuarter(createMatch(sb, {}, 'economy-doc'), {}, []);
  const unpaid = line(companyReport(br.report, 'openai').cashFlow.lines, 'distress.unpaid');
  const lost = (seller: string) => Number(br.report.news.find((x) => x.key === 'news.contract.ended' && x.params.seller === seller)?.params.lost ?? 0);
  const contagion = br.report.mood.causes.find((c) => c.key === 'contagion')!.amount;

  return [
    `*Revolver.* Meta starts with ${b(1, 0)} of cash (instead of ${b(scenario.companies.meta.cash, 0)}) and orders 3 GW of chips in Q1 2026 (D = S, ${b(chips / 3, 0)}/GW).`,
    `In Q2 they arrive and are paid, ${b(chips, 0)}: the quarter's cash flow leaves Meta ${b(gap)} short. Its trailing-4q EBITDA is ${b(e4)},`,
    `so the revolver (up to ${d.revolverEbitdaMultiple} × ${b(e4)} = ${b(d.revolverEbitdaMultiple * e4, 0)}) covers all of it: it draws ${b(draw)} at ${pct(meta1.revolverRate, 2)} a year and cash ends at exactly $0.`,
    `In Q3 the revolver is paid down by ${b(repaid)} from cash above ${b(d.revolverRepayAboveCash, 0)}, leaving ${b(meta1.revolver - repaid)} drawn.`,
    '',
    `*Emergency raise.* OpenAI starts with ${b(4, 0)} of cash (instead of ${b(scenario.companies.openai.cash, 0)}). Its Q1 2026 cash flow is ${money(oflow)}, so it is ${b(ogap)} short;`,
    `its EBITDA is negative, so it has no revolver. It has no debt, so no covenant to break, and investors buy up to ${pct(d.emergencyMaxShareBase, 1)} + ${pct(d.emergencyMaxShareMood, 1)} × mood/100`,
    `of its equity value at once: ${b(capacity)} of ${b(price * o0.companies.openai.shares, 0)} at mood ${n(scenario.mood.start, 0)}. It asks for the gap plus max(${b(d.emergencyBuffer, 0)}, ${d.emergencyBufferQuarters} × ${b(-oflow)} of burn) = ${b(ogap + Math.max(d.emergencyBuffer, d.emergencyBufferQuarters * -oflow))}`,
    `and gets ${b(raise)}${raise < ogap + Math.max(d.emergencyBuffer, d.emergencyBufferQuarters * -oflow) - 1e-9 ? ' (all investors will buy)' : ''}. The shares are sold at ${pct(d.emergencyDiscount)} below the price ($${(price * (1 - d.emergencyDiscount)).toFixed(2)} instead of $${price.toFixed(2)} a share):`,
    `${n(newShares, 2)}B new shares on top of ${n(o0.companies.openai.shares, 0)}B, a ${pct(newShares / (o0.companies.openai.shares + newShares))} dilution, and sentiment ${minus(n(d.emergencySentiment, 1))}.`,
    '',
    `*Bankruptcy.* The same OpenAI with its neutral-supplier contract at ${bigCU} CU a quarter from the start (and a neutral supplier able to deliver them):`,
    `the shortfall is more than investors will buy at once, so it goes bankrupt in its first quarter (engine 1 sent it there only when mood was 45 or below).`,
    `${b(unpaid)} is written off, its TSR is −100%, and every contract ends: Microsoft loses ${b(lost('microsoft'))} and Amazon ${b(lost('amazon'))} of future`,
    `contract revenue (the neutral supplier ${b(lost('neutral'))}), and investor mood falls ${n(-contagion, 0)} points for everyone (contagion).`,
  ].join('\n');
}
