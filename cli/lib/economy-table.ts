import { DEFAULT_SCENARIO, type Scenario } from '../../shared/engine';
import { ROLES, type Role } from '../../shared/roles';

// Section 6 of docs/ECONOMY.md — every parameter of the scenario, its value, GAME.md's value and
// what it does to play — and the event table of section 5, generated from the scenario so the
// document cannot drift from shared/engine/scenarios/default-2026.json (`npm run docs` writes
// them; test/engine/economy-doc.test.ts fails when they are stale). A value that differs from
// GAME.md must name its item in section 7 ("Deliberate changes"), or the table is not generated.

interface ParamRow {
  /** Scenario paths the row describes ('*' matches one path segment). */
  keys: string[];
  value: (sc: Scenario) => string;
  /** GAME.md's value written as `value` writes it; null when GAME.md leaves it open. */
  game: string | null;
  /** The item of section 7 that explains a difference from GAME.md (or a rule GAME.md does not have). */
  change?: number;
  /** What it does to play (and its basis when that is not GAME.md). */
  effect: (sc: Scenario) => string;
}

interface ParamGroup {
  title: string;
  rows: ParamRow[];
}

const num = (x: number) => String(Math.round(x * 1e6) / 1e6);
const pct = (x: number) => `${num(x * 100)}%`;
const signedPct = (x: number) => `${x < 0 ? '−' : '+'}${num(Math.abs(x) * 100)}%`;
const usd = (x: number) => `$${num(x)}B`;
const signed = (x: number) => `${x < 0 ? '−' : '+'}${num(Math.abs(x))}`;
const NAMES: Record<Role, string> = { openai: 'OpenAI', meta: 'Meta', microsoft: 'Microsoft', amazon: 'Amazon', google: 'Google' };
const SEGMENT_NAMES: Record<string, string> = { ads: 'ads', software: 'software', retail: 'retail', cloudNonAI: 'non-AI cloud', cloudAI: 'AI cloud', aiProducts: 'AI products' };
const perRole = (sc: Scenario, pick: (r: Role) => string | null, sep = ', ') =>
  ROLES.map((r) => [r, pick(r)] as const)
    .filter(([, v]) => v !== null)
    .map(([r, v]) => `${NAMES[r]} ${v}`)
    .join(sep);
const fixed = (s: string) => () => s;
/** Section 7's item for the engine 2 economy (GAME.md section 12). */
const V2 = 21;
/** Section 7's item for markets that saturate (engine 2.3.0, issue 11: long matches). */
const MATURITY = 23;

const GROUPS: ParamGroup[] = [
  {
    title: 'Chips and obsolescence',
    rows: [
      { keys: ['efficiencyBase'], value: (s) => `${num(s.efficiencyBase)}× a year, as √√${num(s.efficiencyBase)} each quarter`, game: '1.5× a year', change: V2, effect: fixed('each year\'s chips do 1.5× the work of last year\'s at the same price: waiting buys more compute per dollar, older fleets lose value in use') },
      { keys: ['chips.listPrice', 'chips.listPriceGrowth'], value: (s) => `${usd(s.chips.listPrice)}/GW, ${signedPct(s.chips.listPriceGrowth)}/q`, game: '$32B/GW, +0%/q', effect: fixed('GPU content of ~1 GW of 2025-26 accelerators, rounded; with `efficiencyBase` it sets the cost of a CU') },
      { keys: ['chips.supplyCap', 'chips.supplyGrowth'], value: (s) => `${num(s.chips.supplyCap)} GW/q, ${signedPct(s.chips.supplyGrowth)}/q`, game: '6 GW/q, +6%/q', effect: fixed('how easily the class makes chips scarce') },
      { keys: ['chips.neutralDemand', 'chips.neutralDemandGrowth'], value: (s) => `${num(s.chips.neutralDemand)} GW/q, ${signedPct(s.chips.neutralDemandGrowth)}/q`, game: null, effect: fixed('buyers outside the game (other labs, sovereigns, neoclouds) at list price: half the market, so players ordering ~3 GW together tip it into scarcity (engine 2: they buy less as the price rises, `chips.neutralDemandAtMax`)') },
      { keys: ['chips.slackDiscount', 'chips.scarcityPremium', 'chips.maxPriceMultiple'], value: (s) => `discount ${num(s.chips.slackDiscount)}, premium ${num(s.chips.scarcityPremium)}, cap ${num(s.chips.maxPriceMultiple)} × L; limits clear where they meet the price curve`, game: 'discount 0.15, premium 1.5, cap 2 × L, 3 drop-out rounds', change: 6, effect: fixed('the shape of the chip price curve and how price limits drop out') },
      { keys: ['chips.neutralDemandAtMax'], value: (s) => `${pct(s.chips.neutralDemandAtMax)} of outside demand buys at any price; the rest in tranches between L and the cap`, game: null, change: V2, effect: fixed('engine 2: outside buyers are price-sensitive, so seats\' orders move the chip price') },
      { keys: ['chips.secondHandDiscount'], value: (s) => `L × relative efficiency × remaining life × (1 − ${pct(s.chips.secondHandDiscount)})`, game: null, change: V2, effect: fixed('engine 2: old chips can be sold second-hand, worth less the older they are') },
      { keys: ['vendorFinancing'], value: (s) => { const v = s.vendorFinancing; return `offer ${pct(v.offerProbability)} of quarters: ${pct(v.equityShare)} of Y × N × L as equity for Y = max(${num(v.minGW)}, ${num(v.paceMultiple)} × pace) GW a quarter over ${num(v.quarters)} q at L`; }, game: null, change: V2, effect: fixed('engine 2, lesson 7: the chip supplier funds its customers, who commit to buy its chips') },
      { keys: ['chips.depreciationQuarters', 'chips.retireAfterQuarters'], value: (s) => `${num(s.chips.depreciationQuarters)} q, retired after ${num(s.chips.retireAfterQuarters)} q`, game: '20 q, retired after 24 q', effect: fixed('accounting cost of chips; fleets shrink after 6 years') },
      { keys: ['customSilicon.amazon'], value: (s) => customLine(s, 'amazon'), game: '65% of L, 85% efficiency, 0.35 GW/q, +5%/q', effect: fixed('Trainium: cheaper compute for Amazon, outside the shared market') },
      { keys: ['customSilicon.google'], value: (s) => customLine(s, 'google'), game: '60% of L, 90% efficiency, 0.4 GW/q, +5%/q', effect: fixed('TPU: cheaper compute for Google, outside the shared market') },
    ],
  },
  {
    title: 'Data centers',
    rows: [
      { keys: ['dataCenters.costPerGW'], value: (s) => `${usd(s.dataCenters.costPerGW)}/GW`, game: '$11B/GW', effect: fixed('shell cost, about a quarter of a full GW') },
      { keys: ['dataCenters.gridAdditions', 'dataCenters.gridGrowth', 'dataCenters.powerSlope'], value: (s) => `grid ${num(s.dataCenters.gridAdditions)} GW/q, ${signedPct(s.dataCenters.gridGrowth)}/q, slope ${num(s.dataCenters.powerSlope)}`, game: 'grid 4 GW/q, +4%/q, slope 0.5', effect: fixed('building together makes building dearer (the power index)') },
      { keys: ['dataCenters.buildQuarters', 'dataCenters.expediteQuarters', 'dataCenters.expediteCostFactor'], value: (s) => `${num(s.dataCenters.buildQuarters)} q; expedite ${num(s.dataCenters.expediteQuarters)} q at ×${num(s.dataCenters.expediteCostFactor)}`, game: '4 q; expedite 2 q at ×1.6', effect: fixed('planning ahead vs paying for speed') },
      { keys: ['dataCenters.runningCostPerGW', 'dataCenters.idleCostFactor'], value: (s) => `${usd(s.dataCenters.runningCostPerGW)} per GW a quarter; idle ${pct(s.dataCenters.idleCostFactor)}`, game: '$0.25B per GW a quarter; idle 40%', effect: fixed('empty shell still costs money') },
      { keys: ['dataCenters.depreciationQuarters'], value: (s) => `${num(s.dataCenters.depreciationQuarters)} q from ready`, game: '60 q from ready', change: 10, effect: fixed('accounting cost of shells') },
    ],
  },
  {
    title: 'Contracts and the neutral supplier',
    rows: [
      { keys: ['contracts.shortfallPenaltyFactor'], value: (s) => `${num(s.contracts.shortfallPenaltyFactor)} × price per missing CU`, game: '1.5 × price per missing CU', effect: fixed('overselling compute is expensive') },
      { keys: ['contracts.proposalQuarters'], value: (s) => `open through quarter t + ${num(s.contracts.proposalQuarters)}`, game: 'open through quarter t + 2', change: 18, effect: fixed('how long a proposal made while quarter t is planned waits for an answer') },
      { keys: ['contracts.spilloverPerCU'], value: (s) => `${num(s.contracts.spilloverPerCU)} quality per CU`, game: '0.02 quality per CU', effect: fixed('"learning on our dime": selling to OpenAI improves the seller\'s model') },
      { keys: ['contracts.maxQuarters'], value: (s) => `${num(s.contracts.maxQuarters)} q`, game: null, effect: fixed('the longest deal a seat may propose') },
      { keys: ['contracts.neutral.capacity', 'contracts.neutral.capacityGrowth'], value: (s) => `${num(s.contracts.neutral.capacity)} CU/q, ${signedPct(s.contracts.neutral.capacityGrowth)}/q`, game: null, effect: fixed('stands for Oracle, CoreWeave and other neoclouds: a competitor for the clouds') },
      { keys: ['contracts.neutral.priceMarkup', 'contracts.neutral.costPerCU'], value: (s) => `sells at ≥ ${num(s.contracts.neutral.priceMarkup)} × last cloud price; rents spare CU at ${usd(s.contracts.neutral.costPerCU)}/CU ÷ chip efficiency`, game: 'sells at ≥ 1.1 × last cloud price; rents spare CU at $2B/CU ÷ chip efficiency', effect: fixed('a price ceiling for compute buyers and a price floor under the rental market') },
      { keys: ['contracts.neutral.maxContractShare'], value: (s) => `${pct(s.contracts.neutral.maxContractShare)} of its capacity`, game: null, change: 12, effect: fixed('how much the neutral supplier will commit to contracts') },
      { keys: ['startingTrail.adUpliftInEbitda'], value: (s) => (s.startingTrail?.adUpliftInEbitda ? "2025 EBITDA includes the ad uplift's margin" : '2025 EBITDA as given'), game: null, change: 23, effect: fixed("engine 2.3: the five 2025 quarters are booked as the engine books Q1 2026, so Meta's and Google's trailing earnings do not climb for a year whatever they play") },
      { keys: ['eventPace.referenceQuarters'], value: (s) => (s.eventPace ? `a match of q < ${num(s.eventPace.referenceQuarters)} quarters rolls every event ${num(s.eventPace.referenceQuarters)} ÷ q times as often` : 'events roll at their chance whatever the length'), game: null, change: 30, effect: fixed('engine 2.6: a short match meets the shocks of a three-year one (busts happen in a one-year class session)') },
      { keys: ['outsideCompanies.paceMultiple'], value: (s) => (s.outsideCompanies ? `absent seats stay in the markets: chips at ${num(s.outsideCompanies.paceMultiple)} × their 2025 pace, training and cloud at their starting shares, rentals through the neutral supplier at its cost` : 'absent seats are out of the markets'), game: null, change: 23, effect: fixed('engine 2.3: a 2- or 3-seat table rents compute, buys chips and competes for AI products against the same world as a full table, so a cloud launch there is not an always-yes') },
      { keys: ['contracts.starting'], value: startingContracts, game: 'Azure 1.5 CU/q at $3B for 16 q; AWS 0.4 CU/q at $3B for 28 q; neutral 1 → 6 CU/q over 12 q at $3.3B', change: V2, effect: (s) => `OpenAI's ~$1.4T / ~30 GW of deals (public reporting, late 2025), scaled; the neutral contract then holds at its full size until quarter ${num(s.contracts.starting.find((k) => k.seller === 'neutral')?.quarters ?? 0)}: revenue for Microsoft and Amazon, a burden for OpenAI` },
    ],
  },
  {
    title: 'Clouds and the rental market',
    rows: [
      { keys: ['cloud.launchQuarters', 'cloud.startReputation', 'cloud.reputationStep', 'cloud.maxReputation'], value: (s) => `launching ${num(s.cloud.launchQuarters)} q; reputation ${num(s.cloud.startReputation)}, ${signed(s.cloud.reputationStep)}/q up to ${num(s.cloud.maxReputation)}`, game: 'launching 3 q; reputation 0.3, +0.1/q up to 0.9', effect: fixed('a new cloud takes a year to build and longer to be trusted') },
      { keys: ['cloud.sellableBase', 'cloud.sellableReputationWeight'], value: (s) => `${num(s.cloud.sellableBase)} + ${num(s.cloud.sellableReputationWeight)} × reputation`, game: '0.5 + 0.5 × reputation', effect: fixed('share of a cloud\'s offer that can find buyers: 65% for a new cloud, 95% for a hyperscaler') },
      { keys: ['companies.*.launchCost'], value: (s) => perRole(s, (r) => (s.companies[r].cloud.status === 'none' ? usd(s.companies[r].launchCost) : null)), game: 'OpenAI $5B, Meta $4B', change: 22, effect: fixed('the entry ticket to the "money machine"') },
      { keys: ['cloud.pref', 'cloud.pmaxFactor'], value: (s) => `Pref ${usd(s.cloud.pref)}/CU, Pmax ${num(s.cloud.pmaxFactor)} × Pref`, game: 'Pref $3B/CU, Pmax 2 × Pref', effect: fixed('the demand line for rented compute') },
      { keys: ['cloud.dref', 'cloud.drefGrowth'], value: (s) => `${num(s.cloud.dref)} CU, ${signedPct(s.cloud.drefGrowth)}/q`, game: '10 CU, +12%/q', change: 2, effect: fixed('size of the rental market (AI cloud revenue of the big three ~$20B/q plus neoclouds); overbuilding shows as a falling price') },
      { keys: ['cloud.salesCostShare'], value: (s) => pct(s.cloud.salesCostShare), game: '8%', effect: fixed('cost of selling cloud compute, on rental and contract revenue') },
    ],
  },
  {
    title: 'AI products and training',
    rows: [
      { keys: ['products.spend'], value: (s) => `${usd(s.products.spend)}/q`, game: '$20B/q', change: 1, effect: fixed('size of the AI product market, calibrated to OpenAI ≈ $5B/q in Q1 2026') },
      { keys: ['products.growthBase', 'products.growthOffset', 'products.frontierCap'], value: (s) => `${pct(s.products.growthBase)}/q × (${num(s.products.growthOffset)} + frontier factor ≤ ${num(s.products.frontierCap)})`, game: '10%/q × (0.5 + frontier factor ≤ 1.5)', change: 2, effect: fixed('how fast AI revenue grows; better models grow it') },
      { keys: ['products.ceiling'], value: (s) => `${usd(s.products.ceiling)}/q`, game: '$400B/q', effect: fixed('logistic ceiling of AI product spend') },
      { keys: ['products.revenuePerCU', 'products.revenuePerCUDecline'], value: (s) => `${usd(s.products.revenuePerCU)}/CU, ${signedPct(-s.products.revenuePerCUDecline)}/q`, game: '$6B/CU, −3%/q', effect: fixed('how much compute serving needs; inference gets cheaper') },
      { keys: ['products.servingCostShare'], value: (s) => pct(s.products.servingCostShare), game: '10%', effect: fixed('cost of serving AI products') },
      { keys: ['products.adUplift', 'companies.*.adUplift'], value: (s) => `${num(s.products.adUplift)} (${perRole(s, (r) => (s.companies[r].adUplift ? 'ads' : null))})`, game: '0.1 (Meta ads, Google ads)', change: 3, effect: fixed('ads × (1 + uplift × (Q/Qmax − 0.5)): model quality moves ad revenue') },
      { keys: ['companies.*.brand'], value: (s) => perRole(s, (r) => num(s.companies[r].brand)), game: 'OpenAI 1.5, Meta 0.8, Microsoft 1, Amazon 0.7, Google 1.1', effect: fixed('who wins product demand at equal quality') },
      { keys: ['companies.*.quality'], value: (s) => perRole(s, (r) => num(s.companies[r].quality)), game: 'OpenAI 10, Meta 8, Microsoft 6, Amazon 6, Google 9.5', effect: fixed('starting model quality') },
      { keys: ['training.k', 'companies.*.trainingEfficiency'], value: (s) => `k ${num(s.training.k)}; ${perRole(s, (r) => (s.companies[r].trainingEfficiency !== 1 ? `×${num(s.companies[r].trainingEfficiency)}` : null))}`, game: 'k 0.4; OpenAI ×1.25', effect: fixed('quality bought by training compute (square root: expensive)') },
      { keys: ['training.decay', 'training.overheadPerCU'], value: (s) => `decay ${pct(s.training.decay)}/q; ${usd(s.training.overheadPerCU)} per training CU`, game: 'decay 4%/q; $0.3B per training CU', effect: fixed('what it costs to stay at the frontier') },
    ],
  },
  {
    title: 'Markets that saturate (engine 2.3.0)',
    rows: [
      { keys: ['maturity.cloudDemand.knee', 'maturity.cloudDemand.ceiling'], value: (s) => `full growth up to Dref ${num(s.maturity.cloudDemand.knee)} CU, none from ${num(s.maturity.cloudDemand.ceiling)} CU`, game: null, change: MATURITY, effect: fixed('outside demand for rented compute stops growing 11% a quarter for ever: matches of 20 and 40 quarters meet a mature market') },
      { keys: ['maturity.productSpend.knee', 'maturity.productSpend.ceiling'], value: (s) => `full growth up to ${usd(s.maturity.productSpend.knee)}/q, none from ${usd(s.maturity.productSpend.ceiling)}/q`, game: null, change: MATURITY, effect: fixed('AI product spend slows earlier than its logistic ceiling alone would make it') },
      { keys: ['maturity.coreLines.knee', 'maturity.coreLines.ceiling'], value: (s) => `full growth up to ${num(s.maturity.coreLines.knee)} × the starting size, none from ${num(s.maturity.coreLines.ceiling)} ×`, game: null, change: MATURITY, effect: fixed('core businesses do not compound at their 2025 growth rates for ten years (the fastest, Google\'s non-AI cloud, reaches its knee in quarter 9)') },
    ],
  },
  {
    title: 'Money and distress',
    rows: [
      { keys: ['money.taxRate'], value: (s) => pct(s.money.taxRate), game: '15%', effect: fixed('tax on positive pre-tax income') },
      { keys: ['money.baseRate'], value: (s) => `${pct(s.money.baseRate)} a year`, game: null, effect: fixed('the price of money (rate events move it ±1 point)') },
      { keys: ['money.equityDiscountBase', 'money.equityDiscountMood'], value: (s) => `${pct(s.money.equityDiscountBase)} + ${pct(s.money.equityDiscountMood)} × (1 − M/100)`, game: '5% + 25% × (1 − M/100)', effect: fixed('new shares are cheap to sell in good moods, dear in bad ones') },
      { keys: ['money.spreadBase', 'money.spreadLeverage', 'money.spreadMood'], value: (s) => `${pct(s.money.spreadBase)} + ${pct(s.money.spreadLeverage)} × leverage + ${pct(s.money.spreadMood)} × (1 − M/100)`, game: '1% + 6% × leverage + 3% × (1 − M/100)', effect: fixed('debt spread over the base rate') },
      { keys: ['money.leverageCap'], value: (s) => `${num(s.money.leverageCap)} (non-positive EBITDA counts as ${num(s.money.leverageCap)})`, game: null, change: 14, effect: fixed('the worst leverage the spread can price') },
      { keys: ['money.maxEquityRaiseShare'], value: (s) => `${pct(s.money.maxEquityRaiseShare)} of market value a quarter`, game: null, change: 13, effect: fixed('largest equity raise an order may ask for') },
      { keys: ['money.partnerShare'], value: (s) => pct(s.money.partnerShare), game: '20%', effect: fixed('OpenAI pays Microsoft this share of its AI product revenue while it has no live cloud') },
      { keys: ['money.privateEquityEveryQuarters', 'money.privateDebtAfterPositiveOcfQuarters', 'companies.*.privateCompany'], value: (s) => `${perRole(s, (r) => (s.companies[r].privateCompany ? 'private' : null))}: one raise every ${num(s.money.privateEquityEveryQuarters)} q; debt after ${num(s.money.privateDebtAfterPositiveOcfQuarters)} q of positive operating cash flow`, game: 'OpenAI private: one raise every 2 q; debt after 4 q of positive operating cash flow', effect: fixed('a private company has fewer ways to fund itself') },
      { keys: ['distress.revolverEbitdaMultiple', 'distress.revolverSpread'], value: (s) => `${num(s.distress.revolverEbitdaMultiple)} × trailing-4q EBITDA, spread ${signedPct(s.distress.revolverSpread)}`, game: '4 × trailing-4q EBITDA, spread +3%', effect: fixed('automatic credit for a company that earns money') },
      { keys: ['distress.revolverRepayAboveCash'], value: (s) => `from cash above ${usd(s.distress.revolverRepayAboveCash)}`, game: null, change: 7, effect: fixed('the revolver is repaid automatically') },
      { keys: ['distress.emergencyDiscount', 'distress.emergencySentiment'], value: (s) => `${pct(s.distress.emergencyDiscount)} discount, sentiment ${signed(s.distress.emergencySentiment)}`, game: '40% discount, sentiment −0.3', effect: fixed('the price of running out of cash') },
      { keys: ['distress.covenantLeverage'], value: (s) => `debt ≤ ${num(s.distress.covenantLeverage)} × trailing EBITDA (EBITDA > 0)`, game: null, change: V2, effect: fixed('engine 2: a company that breaks it gets no emergency equity') },
      { keys: ['distress.emergencyMaxShareBase', 'distress.emergencyMaxShareMood'], value: (s) => `${pct(s.distress.emergencyMaxShareBase)} + ${pct(s.distress.emergencyMaxShareMood)} × M/100 of equity value`, game: null, change: V2, effect: fixed('engine 2: the largest emergency raise; beyond it the company is bankrupt (no market-wide mood threshold)') },
      { keys: ['distress.emergencyBuffer', 'distress.emergencyBufferQuarters'], value: (s) => `gap + max(${usd(s.distress.emergencyBuffer)}, ${num(s.distress.emergencyBufferQuarters)} q of burn)`, game: null, change: 7, effect: fixed('size of an emergency raise') },
      { keys: ['distress.contagionMood'], value: (s) => `mood ${signed(s.distress.contagionMood)}`, game: 'mood −15', effect: fixed('a bankruptcy hurts everyone') },
    ],
  },
  {
    title: 'Investors, mood and statements',
    rows: [
      { keys: ['investors.earningsMultiple'], value: (s) => `${num(s.investors.earningsMultiple)} × trailing-4q (EBITDA − depreciation)`, game: null, change: V2, effect: fixed('engine 2: value rests on earnings; one multiple for everyone, so a dollar paid to another seat moves exactly as much value') },
      { keys: ['investors.franchise'], value: (s) => Object.entries(s.investors.franchise).map(([k, v]) => `${SEGMENT_NAMES[k]} ${num(v)}`).join(', '), game: null, change: V2, effect: fixed('engine 2: value per dollar of trailing core revenue on top of its earnings') },
      { keys: ['companies.*.valuation'], value: (s) => perRole(s, (r) => { const v = s.companies[r].valuation; const parts = [...Object.entries(v.franchise ?? {}).map(([k, x]) => `${SEGMENT_NAMES[k]} ${num(x)}`), ...(v.growthMultiple !== undefined ? [`growth ${num(v.growthMultiple)}`] : [])]; return parts.length ? parts.join(', ') : null; }, '; '), game: null, change: V2, effect: fixed('company-specific franchise and growth multiples, calibrated to late-2025 market values') },
      { keys: ['investors.growthMultiple', 'investors.marginPlausibility'], value: (s) => `${num(s.investors.growthMultiple)} × fair AI revenue × growth factor × plausibility; plausibility 0 at an AI unit margin of ${pct(s.investors.marginPlausibility.low)}, 1 at ${pct(s.investors.marginPlausibility.high)}`, game: null, change: V2, effect: fixed('engine 2: growth is priced only for AI margins that can plausibly turn positive') },
      { keys: ['investors.growthFactor'], value: (s) => `clamp(${num(s.investors.growthFactor.base)} + ${num(s.investors.growthFactor.slope)} × yoy, ${num(s.investors.growthFactor.min)}, ${num(s.investors.growthFactor.max)})`, game: 'clamp(0.5 + 2 × yoy, 0.5, 3)', change: V2, effect: fixed('investors pay for AI product growth; yoy = trailing four quarters of AI product revenue against the four before (§7.19)') },
      { keys: ['investors.capexPenalty'], value: (s) => { const p = s.investors.capexPenalty; return `${num(p.valuePerExcess)} × max(0, AI capex + compute bought − ${num(p.backing)} × fair AI revenue), at most ${pct(p.maxShare)} of value; news at ±${pct(p.newsStep)}`; }, game: 'backing 3 × cloud revenue; 1 − clamp(1.2 × (u − 0.25), 0, 0.45)', change: V2, effect: fixed('engine 2: unbacked AI capex is penalized for every company, continuously') },
      { keys: ['investors.commitment'], value: (s) => `above ${num(s.investors.commitment.threshold)}: ${signed(-s.investors.commitment.drag)} per point a quarter`, game: 'above 1: −0.05 per point a quarter', change: V2, effect: fixed('large take-or-pay commitments weigh on sentiment') },
      { keys: ['investors.costOfCapital'], value: (s) => { const p = s.investors.costOfCapital; return `k = base rate + ${pct(p.equityPremium)} + ${pct(p.moodPremium)} × (1 − M/100); multiples × (k₀ + ${pct(p.duration)}) / (k + ${pct(p.duration)})`; }, game: '0.6 + 0.8 × M/100', change: V2, effect: fixed('engine 2: rates and mood reach every valuation through the cost of capital') },
      { keys: ['investors.circular'], value: (s) => { const p = s.investors.circular; return `discount = circular share × (${num(p.moodWeight)} × (1 − M/100) + attention), at most ${pct(p.maxDiscount)}; attention × ${num(p.attentionDecay)} a quarter`; }, game: null, change: V2, effect: fixed('engine 2, lesson 7: circular money is marked down, hardest after a narrative event') },
      { keys: ['investors.underinvestment'], value: (s) => { const p = s.investors.underinvestment; return p ? `sentiment ${signed(-p.drag)} × shortfall a quarter while ordered capex (last ${num(p.quarters)} q) + compute bought < ${num(p.maintenance)} × depreciation` + (p.coreErosion ? `; core lines grow ${num(p.coreErosion * 100)} points × shortfall (orders of the last ${num(p.erosionQuarters ?? p.quarters)} q) slower a quarter` : '') : 'none'; }, game: null, change: 23, effect: fixed('engine 2.3: a company that stops investing falls behind and investors mark it down, so "do nothing" loses within a short match; engine 2.7 (§7.31): its core business erodes too') },
      { keys: ['investors.saturatedShare'], value: (s) => { const f = s.investors.saturatedShare; return f === undefined ? 'none' : `product growth multiple × (room + (1 − room) × (1 − share ÷ ${pct(f)})), room = ((ceiling − spend) ÷ spend) ÷ ((ceiling − knee) ÷ knee) of AI product spend, 1 below its knee`; }, game: null, change: 26, effect: fixed('engine 2.4: growth is priced only while it can continue; a lab that leads a saturating product market loses its young-market multiple, a small seller keeps the room to win share') },
      { keys: ['investors.sentimentWeight', 'investors.sentimentPersistence', 'investors.surpriseWeight'], value: (s) => `factor 1 + ${num(s.investors.sentimentWeight)} × s; s ← ${num(s.investors.sentimentPersistence)} s + ${num(s.investors.surpriseWeight)} × surprise`, game: 'factor 1 + 0.3 × s; s ← 0.8 s + 0.5 × surprise', effect: fixed('sentiment: memory and the weight of earnings surprises') },
      { keys: ['mood.start'], value: (s) => num(s.mood.start), game: '65', effect: fixed('starting investor mood') },
      { keys: ['mood.growthWeight', 'mood.growthTarget'], value: (s) => `${num(s.mood.growthWeight)} × (growth − ${pct(s.mood.growthTarget)})`, game: '60 × (growth − 8%)', change: 2, effect: fixed('AI revenue growth above the target lifts mood, below it pulls mood down') },
      { keys: ['mood.roiGapWeight'], value: (s) => `${num(s.mood.roiGapWeight)} × ROI-gap change`, game: '15 × ROI-gap change', effect: fixed('spending that outruns revenue pulls mood down') },
      { keys: ['mood.reversionWeight', 'mood.reversionTarget'], value: (s) => `${num(s.mood.reversionWeight)} × (${num(s.mood.reversionTarget)} − M)`, game: '0.1 × (55 − M)', change: 2, effect: fixed('mood drifts back toward normal') },
      { keys: ['mood.noiseSigma'], value: (s) => `σ ${num(s.mood.noiseSigma)}`, game: 'σ 2', change: 2, effect: fixed('random swings (seeded stream `mood`)') },
      { keys: ['mood.maxGrowth', 'mood.maxGapChange'], value: (s) => `growth within ±${pct(s.mood.maxGrowth)}, ROI-gap change within ±${pct(s.mood.maxGapChange)}`, game: null, change: 16, effect: fixed('bounds one quarter\'s mood swing when revenue bases collapse') },
      { keys: ['statements.clarifyUndo'], value: (s) => `undoes ${pct(s.statements.clarifyUndo)} of a rumor, else nothing`, game: 'undoes 70% of a rumor, else +0.02', change: V2, effect: fixed('clarify') },
      { keys: ['statements.hype', 'statements.hypeGrowthTarget', 'statements.hypeQuarters', 'statements.hypePenalty', 'statements.hypeCredibilityLoss'], value: (s) => { const p = s.statements; return `${signed(p.hype)} now; AI revenue own trend ${signedPct(p.hypeGrowthTarget)}/q for ${num(p.hypeQuarters)} q (or to the match's end) or ${signed(p.hypePenalty)} and credibility ${signed(-p.hypeCredibilityLoss)}`; }, game: '+0.15 now; AI revenue +10%/q for 4 q or −0.3 and credibility −0.2', change: V2, effect: fixed('hype: a promise that is checked') },
      { keys: ['statements.hypeKeptCredibility'], value: (s) => `credibility ${signed(s.statements.hypeKeptCredibility)}`, game: null, change: 9, effect: fixed('a kept hype promise') },
      { keys: ['statements.capexDiscipline', 'statements.capexDisciplineCut'], value: (s) => `±${num(s.statements.capexDiscipline)} for a cut of ≥ ${pct(s.statements.capexDisciplineCut)}`, game: '±0.1 for a cut of ≥ 20%', change: V2, effect: fixed('capex discipline, judged against the average of the last four quarters\' orders') },
      { keys: ['statements.announceCloud'], value: (s) => signed(s.statements.announceCloud), game: '+0.1', effect: fixed('announce cloud (with a launch)') },
      { keys: ['statements.cloudPromise'], value: (s) => { const p = s.statements.cloudPromise; return p ? `after ${num(p.quarters)} q (or at the match's end) the cloud rental price ≥ ${pct(1 - p.tolerance)} of the price at the announcement, or ${signed(p.penalty)} and credibility ${signed(-s.statements.hypeCredibilityLoss)}` : 'none'; }, game: null, change: 29, effect: fixed('engine 2.6: announcing a cloud is a promise that settles; launching into a market that then sours is punished') },
      { keys: ['companies.*.credibility'], value: (s) => perRole(s, (r) => num(s.companies[r].credibility)), game: null, effect: fixed('immediate statement effects are multiplied by it') },
    ],
  },
  {
    title: 'Companies at the start',
    rows: [
      { keys: ['startYear', 'startQuarter'], value: (s) => `Q${s.startQuarter} ${s.startYear}`, game: 'Q1 2026', effect: fixed('the first quarter played') },
      { keys: ['companies.*.coreLines.*.segment', 'companies.*.coreLines.*.base', 'companies.*.coreLines.*.margin'], value: coreLines, game: 'Meta ads $48B (55%); Microsoft software $45B (50%), non-AI cloud $20B (40%); Amazon retail $145B (6%), non-AI cloud $28B (35%); Google ads $85B (40%), non-AI cloud $12B (20%)', change: 8, effect: fixed('the cash engines that pay for capex (GAME.md section 2, public reporting late 2025); margins are EBITDA margins') },
      { keys: ['companies.*.coreLines.*.growth'], value: (s) => perRole(s, (r) => (s.companies[r].coreLines.length ? s.companies[r].coreLines.map((l) => `${SEGMENT_NAMES[l.segment]} ${signedPct(l.growth)}`).join(', ') : null), '; ') + ' a quarter', game: null, change: 8, effect: fixed('growth of the core lines, close to late-2025 public growth rates') },
      { keys: ['companies.*.cash', 'companies.*.debt', 'companies.*.debtRate', 'companies.*.shares', 'companies.*.sentiment'], value: (s) => perRole(s, (r) => { const c = s.companies[r]; return `${usd(c.cash)} cash, ${usd(c.debt)} debt, ${num(c.shares)}B shares`; }, '; '), game: null, effect: fixed('rounded from late-2025 filings; OpenAI\'s share count is a notional 10B units; starting firepower') },
      { keys: ['companies.*.cohorts', 'companies.*.chipsOnOrder', 'companies.*.shellReadyGW', 'companies.*.shellGrossCost', 'companies.*.shellBookValue', 'companies.*.shellsUnderConstruction', 'companies.*.allocation', 'companies.*.cloud'], value: (s) => perRole(s, (r) => { const c = s.companies[r]; return `${num(c.cohorts.reduce((x, k) => x + k.gw, 0))} GW of chips, ${num(c.shellReadyGW)} GW of shell${c.cloud.status === 'live' ? `, cloud live at ${num(c.cloud.reputation)}` : ''}`; }, '; '), game: null, effect: fixed('starting capacity, builds under way and allocation') },
      { keys: ['companies.*.past'], value: (s) => perRole(s, (r) => { const cx = s.companies[r].past.capex; return `${num(Math.min(...cx))}–${num(Math.max(...cx))}`; }, '; ') + ' $B of capex a quarter', game: null, effect: fixed('the five quarters of 2025 investors look back on: starting capex penalty, ROI gap, growth. Microsoft ~$35B in one quarter; Amazon ~$125B (of which the engine counts 86% as AI and cloud capex: the rest builds its retail network, section 7 item 25), Alphabet $91–93B, Meta $70–72B for 2025 (public reporting)') },
      { keys: ['companies.*.pace'], value: (s) => perRole(s, (r) => `${num(s.companies[r].pace.chipsGW + s.companies[r].pace.customGW)} GW chips, ${num(s.companies[r].pace.buildGW)} GW builds`, '; ') + ' a quarter', game: null, effect: fixed('the 2025 capex run rate: the "steady" reference play and the bots\' sense of normal') },
    ],
  },
];

function customLine(s: Scenario, role: 'amazon' | 'google'): string {
  const c = s.customSilicon[role];
  if (!c) return 'none';
  return `${pct(c.priceFactor)} of L, ${pct(c.efficiency)} efficiency, ${num(c.cap)} GW/q, ${signedPct(c.capGrowth)}/q`;
}

function startingContracts(s: Scenario): string {
  const label = (k: Scenario['contracts']['starting'][number]) => (k.seller === 'microsoft' ? 'Azure' : k.seller === 'amazon' ? 'AWS' : k.seller === 'neutral' ? 'neutral' : NAMES[k.seller]);
  return s.contracts.starting
    .map((k) =>
      k.rampToCU !== undefined
        ? `${label(k)} ${num(k.cuPerQuarter)} → ${num(k.rampToCU)} CU/q over ${num(k.rampQuarters ?? 0)} q at ${usd(k.pricePerCU)}`
        : `${label(k)} ${num(k.cuPerQuarter)} CU/q at ${usd(k.pricePerCU)} for ${num(k.quarters)} q`,
    )
    .join('; ');
}

function coreLines(s: Scenario): string {
  return ROLES.filter((r) => s.companies[r].coreLines.length > 0)
    .map((r) => `${NAMES[r]} ${s.companies[r].coreLines.map((l) => `${SEGMENT_NAMES[l.segment]} ${usd(l.base)} (${pct(l.margin)})`).join(', ')}`)
    .join('; ');
}

/** GAME.md column: "same", GAME.md's value and the section 7 item that explains the change, or "—" when GAME.md leaves it open. */
function gameCell(row: ParamRow, value: string): string {
  const ref = row.change !== undefined ? ` (§7.${row.change})` : '';
  if (row.game === null) return row.change !== undefined ? `not in GAME.md${ref}` : '—';
  if (row.game === value) return 'same';
  if (row.change === undefined)
    throw new Error(`${row.keys.join(', ')}: ${value} differs from GAME.md (${row.game}); add an item to "Deliberate changes from GAME.md" (docs/ECONOMY.md section 7) and its number to this row in cli/lib/economy-table.ts`);
  return `${row.game}${ref}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** Section 6: one table per area, every scenario parameter with its value, GAME.md's and its effect on play. */
export function parameterTables(scenario: Scenario = DEFAULT_SCENARIO): string {
  const out: string[] = [];
  for (const g of GROUPS) {
    out.push(`**${g.title}**`, '', '| parameter | value | GAME.md | what it does to play |', '|---|---|---|---|');
    for (const row of g.rows) {
      const value = row.value(scenario);
      out.push(`| ${row.keys.map((k) => `\`${k}\``).join(', ')} | ${cell(value)} | ${cell(gameCell(row, value))} | ${cell(row.effect(scenario))} |`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** Every number or flag the scenario holds, as a dotted path (event texts, names and sources aside). */
export function scenarioParameterPaths(scenario: Scenario = DEFAULT_SCENARIO): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number' || typeof v === 'boolean') out.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  const { events: _e, sources: _s, ...rest } = scenario;
  void _e;
  void _s;
  walk(rest, '');
  return out;
}

function covers(key: string, path: string): boolean {
  const k = key.split('.');
  const p = path.split('.');
  if (p.length < k.length) return false;
  return k.every((seg, i) => seg === '*' || seg === p[i]);
}

/** Scenario parameters no row of the table describes (a new parameter must get a row). */
export function uncoveredParameters(scenario: Scenario = DEFAULT_SCENARIO): string[] {
  const keys = GROUPS.flatMap((g) => g.rows.flatMap((r) => r.keys));
  return scenarioParameterPaths(scenario).filter((p) => !keys.some((k) => covers(k, p)));
}

/** Section 5: the event catalogue, its chances, targets and effects, from the scenario. */
export function eventTable(scenario: Scenario = DEFAULT_SCENARIO): string {
  const target = { global: 'all', company: 'a company', cloud: 'a live cloud' } as const;
  const rows = scenario.events.map((e) => {
    const effects = e.effects.map((f) => {
      const span = (q: number | undefined) => ((q ?? e.duration) === 1 ? 'for 1 quarter' : `for ${q ?? e.duration} quarters`);
      switch (f.type) {
        case 'mult':
          return `${PARAM_NAMES[f.param]} ×${num(f.factor)} ${f.param === 'dcCost' ? `for builds started in the next ${e.duration} quarters` : span(f.quarters)}`;
        case 'add':
          return `builds started in the next ${f.quarters ?? e.duration} quarters take ${num(f.amount)} quarters longer`;
        case 'shock':
          return f.param === 'baseRate' ? `base rate ${signed(f.amount * 100)} point` : `${PARAM_NAMES[f.param]} ${signed(f.amount)}`;
        case 'scale':
          return `${PARAM_NAMES[f.param]} ×${num(f.factor)} for good`;
        case 'rumor':
          return `sentiment held ${num(f.amount)} lower until the company clarifies (which undoes ${pct(scenario.statements.clarifyUndo)}), at most ${e.duration} quarters`;
      }
    });
    return `| ${e.title.en} | \`${e.id}\` | ${pct(e.probability)} | ${target[e.target]} | ${effects.join('; ')} |`;
  });
  return ['| event | id | chance per quarter | target | effect |', '|---|---|---|---|---|', ...rows].join('\n');
}

const PARAM_NAMES: Record<string, string> = {
  revenuePerCU: 'AI revenue per CU',
  cloudDemand: 'cloud demand',
  chipSupply: 'chip supply cap',
  dcCost: 'data-center cost',
  coreRevenue: 'core business revenue',
  buildQuarters: 'build time',
  mood: 'mood',
  baseRate: 'base rate',
  sentiment: 'sentiment',
  reputation: 'reputation',
  attention: 'investors\' attention to circular money',
  aiProductSpend: 'AI product spend',
};
