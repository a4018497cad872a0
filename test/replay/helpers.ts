import {
  DEFAULT_SCENARIO,
  createMatch,
  defaultOrders,
  reduce,
  validateOrders,
  type Action,
  type HostEvent,
  type MatchSettings,
  type MatchState,
  type Orders,
  type Role,
} from '../../shared/index';
import { must } from '../../shared/lists';
import { appendQuarter, startRecord, withStatus, type DealAction, type MatchRecord, type RecordSeat, type UnsealedRecord, sealRecord } from '../../shared/replay';

// A scripted match for replay tests: every seat varies its orders from quarter to quarter, deals
// are proposed and answered mid-quarter, and the host injects events, so records carry every kind
// of input. Orders the engine would refuse fall back to the GAME.md §7 defaults.

export interface Played {
  record: MatchRecord;
  final: MatchState;
  /** State after each quarter (index 0 = start). */
  states: MatchState[];
}

/** The state after `n` quarters of a played match (0 = the start). */
export function playedState(p: Played, n: number): MatchState {
  return must(p.states[n], `the state after ${n} quarters`);
}

/** Quarter `n` of a record (of any version or state of sealing). */
export function recordQuarter<Q>(r: { quarters: readonly Q[] }, n: number): Q {
  return must(r.quarters[n], `recorded quarter ${n}`);
}

function scriptedOrders(state: MatchState, role: Role, quarter: number, k: number): Orders {
  const o = defaultOrders(state, role);
  const c = state.companies[role];
  const wave = (quarter + k) % 4;
  o.chips = { gw: 0.2 * wave + 0.1 * k, maxPricePerGW: state.global.chipListPrice * (1.2 + 0.1 * wave) };
  o.build = { gw: wave === 1 ? 0.4 + 0.1 * k : 0, expedite: wave === 1 && k % 2 === 0 };
  const cloudLive = c.cloud.status === 'live';
  const cloud = cloudLive ? 10 + 5 * wave : 0;
  const training = 30 + 5 * ((quarter + 2 * k) % 3);
  o.allocation = { training, products: 100 - training - cloud, cloud };
  if (cloudLive) o.cloud = { launch: false, askPrice: Math.round((state.global.lastCloudPrice * (0.9 + 0.05 * wave)) * 100) / 100 };
  if (role === 'meta' && quarter === 3) o.cloud = { launch: true, askPrice: 0 };
  if (quarter % 3 === 2) o.finance = { raiseEquity: 0, issueDebt: 5 + k, repayDebt: 0, buyback: 0 };
  o.statement = quarter === 4 && role === 'meta' ? 'capexDiscipline' : quarter === 6 && role === 'openai' ? 'hype' : 'none';
  const checked = validateOrders(o, { state, role });
  return checked.ok ? checked.orders : defaultOrders(state, role);
}

function dealActions(state: MatchState, quarter: number): DealAction[] {
  const out: DealAction[] = [];
  const active = state.settings.activeSeats;
  if (quarter % 4 === 1 && active.includes('openai') && active.includes('microsoft')) {
    out.push({ type: 'proposeDeal', seat: 'openai', to: 'microsoft', terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.2, pricePerCU: 9, quarters: 4 } });
  }
  if (quarter % 4 === 2 && active.includes('meta') && active.includes('google')) {
    out.push({ type: 'proposeDeal', seat: 'meta', to: 'google', terms: { seller: 'google', buyer: 'meta', cuPerQuarter: 0.1, pricePerCU: 8, quarters: 3 } });
  }
  return out;
}

function hostEvents(quarter: number): HostEvent[] {
  if (quarter === 2) return [{ id: 'killerApp' }];
  if (quarter === 5) return [{ id: 'rumor', target: 'meta' }];
  return [];
}

/** Plays a match and records it; `personaSalt` varies the orders between runs. */
export function playScripted(opts: { seed?: string; quarters?: number; seats?: Role[]; salt?: number; status?: 'finished' | 'playing' } = {}): Played {
  const settings: Partial<MatchSettings> = { quarters: opts.quarters ?? 12 };
  if (opts.seats) settings.activeSeats = opts.seats;
  let state = createMatch(DEFAULT_SCENARIO, settings, opts.seed ?? 'replay-test');
  const seats: RecordSeat[] = (['openai', 'meta', 'microsoft', 'amazon', 'google'] as Role[]).map((role, i) => ({
    role,
    kind: state.settings.activeSeats.includes(role) ? (i % 2 === 0 ? 'human' : 'bot') : 'absent',
    persona: 'balanced',
    name: i % 2 === 0 && state.settings.activeSeats.includes(role) ? `Player ${i + 1}` : '',
  }));
  let record: UnsealedRecord = startRecord(state, seats, { source: 'test', matchId: 'test-match' });
  const states = [state];
  const salt = opts.salt ?? 0;
  const total = state.settings.quarters;
  for (let q = 0; q < total; q++) {
    const applied: Action[] = [];
    for (const a of dealActions(state, q)) {
      const r = reduce(state, a);
      if (!r.ok) continue;
      state = r.state;
      applied.push(a);
      const created = state.proposals[state.proposals.length - 1];
      if (a.type === 'proposeDeal' && created && a.to !== 'neutral') {
        const answer: Action = { type: 'respondDeal', seat: a.to, proposalId: created.id, accept: (q + salt) % 2 === 1 };
        const r2 = reduce(state, answer);
        if (r2.ok) {
          state = r2.state;
          applied.push(answer);
        }
      }
    }
    const orders: Partial<Record<Role, Orders>> = {};
    state.settings.activeSeats.forEach((role, k) => {
      if (!state.companies[role].bankrupt) orders[role] = scriptedOrders(state, role, q, k + salt);
    });
    const events = hostEvents(q).filter((e) => !e.target || state.settings.activeSeats.includes(e.target));
    const r = reduce(state, { type: 'resolve', orders, hostEvents: events });
    if (!r.ok) throw new Error(`scripted match refused at quarter ${q}: ${r.errors.map((e) => e.message).join('; ')}`);
    state = r.state;
    states.push(state);
    record = appendQuarter(record, { quarter: q, actions: applied, hostEvents: events, orders, sources: Object.fromEntries(Object.keys(orders).map((k) => [k, 'submitted'])), trigger: 'allSubmitted' }, state);
    if (opts.status === 'playing' && q === total - 2) break;
  }
  if (opts.status !== 'playing') record = withStatus(record, 'finished');
  return { record: sealRecord(record), final: state, states };
}
