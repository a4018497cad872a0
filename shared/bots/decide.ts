import type { Role } from '../roles';
import type { DealTerms, Orders, StatementKind } from '../orders/types';
import { ORDER_LIMITS } from '../orders/limits';
import type { MatchState, PlayerView, QuarterReport } from '../engine/types';
import type { Scenario } from '../engine/scenario-types';
import { idleOrders } from '../engine/defaults';
import { playerView } from '../engine/view';
import { SCENARIOS, DEFAULT_SCENARIO } from '../engine/scenario';
import { stream, type Stream } from '../math/rng';
import { traitsFor, type BotPersona, type BotTraits } from './personas';
import { offersToHumans } from './human-offers';
import { readSituation, type Situation } from './situation';
import { planCapacity, scaleCapacity, type CapacityPlan, type Jitter } from './capacity';
import { floor2 } from './numbers';
import { planAllocation } from './allocation';
import { askPrice, decideLaunch, type CloudOverride } from './cloud';
import { planFinance } from './finance';
import { planDeals } from './deals';
import { decideStatement } from './statement';
import { sanitizeOrders } from './sanitize';
import { planVendorFinancing } from './vendor-financing';
import { courseTraits } from './course';

// The bot (GAME.md section 10): a pure function of what the seat can see, its role, a persona and
// the seat's seeded stream `bots/<role>`. It always returns orders the engine accepts.

export interface BotOptions {
  /** The match's scenario (rules are public). Default: the scenario named by view.scenarioId. */
  scenario?: Scenario;
  /** Force the cloud-launch decision (balance counterfactuals). */
  cloud?: CloudOverride;
  /** Seats people play: the bot may offer them deals (shared/bots/human-offers.ts). */
  humans?: readonly Role[];
  /** Play these traits instead of the persona's (strategy search, npm run exploits). */
  traits?: BotTraits;
  /** Multiply the chips, custom silicon and data centers ordered (balance: "doubles its capex"). */
  capexScale?: number;
  /** Force the CEO statement policy: hype whenever allowed, or never speak. */
  statements?: 'hype' | 'silent';
}

/** The draws every decision takes from the stream, used or not, so the sequence never shifts. */
type Draws = [number, number, number, number, number, number, number, number];

function drawAll(rng: Stream): Draws {
  return [rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next(), rng.next()];
}

function scenarioOf(view: PlayerView, opts?: BotOptions): Scenario {
  return opts?.scenario ?? SCENARIOS[view.scenarioId] ?? DEFAULT_SCENARIO;
}

export function decideOrders(view: PlayerView, role: Role, persona: BotPersona, rng: Stream, opts?: BotOptions): Orders {
  const me = view.own;
  if (!me || view.seat !== role) throw new Error(`decideOrders: the view is not ${role}'s own view`);
  const sc = scenarioOf(view, opts);
  const draws = drawAll(rng);
  // Engine 2: one more draw, after the others so that they do not shift, for vendor financing.
  const vendorDraw = rng.next();
  // Deals offered to people (shared/bots/human-offers.ts): two more, last.
  const humanDraws: [number, number] = [rng.next(), rng.next()];
  if (persona === 'idle') return sanitizeOrders(idleOrders(view.quarter, me), view, role, sc);
  const k = readSituation(view, role, sc);
  const tr = courseTraits(k, opts?.traits ?? traitsFor(persona, role));

  const jitter: Jitter = [0.85 + 0.3 * draws[0], 0.9 + 0.2 * draws[1], 0.95 + 0.1 * draws[2]];
  const plan = (launching: boolean) => {
    const capacity = scaleBy(planCapacity(k, tr, jitter, me.cloud.status !== 'none' || launching), opts?.capexScale, k);
    const cost = launching ? sc.companies[role].launchCost : 0;
    return { capacity, cost, money: planFinance(k, tr, capacity, cost) };
  };
  let launch = decideLaunch(k, tr, draws[3], opts?.cloud);
  let p = plan(launch);
  // A launch the seat cannot fund waits (unless forced).
  if (launch && p.money.spendScale < 1 && !opts?.cloud) {
    launch = false;
    p = plan(false);
  }
  const money = p.money;
  const launchCost = p.cost;
  const capacity = scaleCapacity(p.capacity, money.spendScale);
  const orderedCapex = capacity.chipsGW * capacity.chipPrice + capacity.customGW * capacity.customPrice + capacity.buildGW * capacity.buildCostPerGW + launchCost;

  // Compute the seat would like beyond what it has: unserved products, and OpenAI's training appetite.
  const needProducts = k.revenuePerCU > 0 ? k.productDemand / k.revenuePerCU : 0;
  const trainingWish = k.availableCU * tr.minTraining + (k.isPrivate ? 0.15 * k.availableCU : 0);
  // A seat without a cloud of its own, or living on bought compute, may also want its compute to keep
  // growing under contract (OpenAI's deals).
  const buysCompute = me.cloud.status !== 'live' || k.contractInCU > k.ownCU;
  const ambition = buysCompute ? Math.max(0, tr.computeAmbition * k.availableCU - k.contractInGrowth) : 0;
  const computeGapCU = Math.max(0, needProducts * (1 + tr.productsHeadroom) + trainingWish - k.availableCU) + ambition;

  const orders: Orders = {
    quarter: view.quarter,
    chips: { gw: capacity.chipsGW, maxPricePerGW: capacity.maxPricePerGW },
    customChips: { gw: capacity.customGW },
    build: { gw: capacity.buildGW, expedite: capacity.expedite },
    allocation: planAllocation(k, tr),
    cloud: { launch, askPrice: askPrice(k, tr, draws[6]) },
    finance: money.finance,
    statement: forcedStatement(opts?.statements, launch, k.rumorAgainstMe) ?? decideStatement(view, k, tr, launch, orderedCapex, draws[4]),
    deals: planDeals({ k, tr, view, computeGapCU, draws: [draws[5], draws[7]] }),
  };
  if (opts?.humans && opts.humans.length > 0) {
    const offers = offersToHumans({ k, tr, view, humans: opts.humans, computeGapCU, draws: humanDraws });
    const partner = (d: DealTerms) => (d.seller === role ? d.buyer : d.seller);
    const taken = new Set(orders.deals.propose.map(partner));
    for (const d of offers) if (!taken.has(partner(d)) && orders.deals.propose.length < ORDER_LIMITS.proposals) orders.deals.propose.push(d);
  }
  return sanitizeOrders(planVendorFinancing(view, tr, orders, vendorDraw), view, role, sc);
}

/** A forced statement policy, or undefined to let the bot decide (a rumor is still answered). */
function forcedStatement(policy: BotOptions['statements'], launching: boolean, rumor: boolean): StatementKind | undefined {
  if (!policy || rumor || launching) return undefined;
  return policy === 'hype' ? 'hype' : 'none';
}

/** Capex orders times `f` (within the order limits), before the finance plan funds them. */
function scaleBy(p: CapacityPlan, f: number | undefined, k: Situation): CapacityPlan {
  if (f === undefined || f === 1) return p;
  const chipsGW = floor2(Math.min(p.chipsGW * f, ORDER_LIMITS.chipsGW));
  const customGW = floor2(Math.min(p.customGW * f, 0.999 * k.customCap));
  const buildGW = floor2(Math.min(p.buildGW * f, ORDER_LIMITS.buildGW));
  return { ...p, chipsGW, chipPrice: chipsGW > 0 ? k.chipPriceFor(chipsGW) : 0, customGW, buildGW, maxPricePerGW: chipsGW > 0 ? p.maxPricePerGW : 0 };
}

/** The seat's seeded stream for quarter t (GAME.md section 9: `bots/<role>`). */
export function botStream(seed: string, quarter: number, role: Role): Stream {
  return stream(seed, quarter, `bots/${role}`);
}

/** Convenience for the server: the bot's orders for a seat of a running match (its state and the reports of the quarters played). */
export function botOrders(state: MatchState, reports: readonly QuarterReport[], role: Role, persona: BotPersona, opts?: Omit<BotOptions, 'scenario'>): Orders {
  return decideOrders(playerView(state, role, reports), role, persona, botStream(state.seed, state.quarter, role), { ...opts, scenario: state.scenario });
}
