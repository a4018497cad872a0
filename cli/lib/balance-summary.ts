import { at } from '../../shared/lists';
import { ROLES, type Role } from '../../shared/roles';
import { PERSONAS, type PersonaId } from '../../shared/bots/personas';
import { CLOUD_ROLES, type CloudRole, type SeedResult } from './balance-seed';

// Aggregates seed results into the balance targets: GAME.md section 11 for every table, 12.2 for
// the main table (12 quarters, 5 seats), and the long-match checks of 12.3 for 40-quarter tables.

export interface Target {
  id: string;
  label: string;
  measured: string;
  goal: string;
  pass: boolean;
}

export interface CloudEffect {
  /** Seeds where the role was at the table. */
  seeds: number;
  launchRate: number;
  medianWith: number;
  medianWithout: number;
  medianDelta: number;
  /** Share of seeds where launching raised / lowered the seat's TSR by at least 10 points. */
  up10: number;
  down10: number;
  /** Observed in the main matches: median TSR of seeds where the bot launched vs did not. */
  observedLaunched: number | null;
  observedNot: number | null;
}

export interface CapexEffect {
  pairs: number;
  medianKeep: number;
  medianDoubled: number;
  /** Median of doubled − keep over the paired seeds. */
  medianDelta: number;
  byRole: Partial<Record<Role, { pairs: number; medianKeep: number; medianDoubled: number }>>;
}

export interface LongMatch {
  medianTsr: number;
  /** Share of matches where mood sat at 0 or 100 for more than 4 quarters in a row. */
  moodStuckShare: number;
  /** Median over matches of the lowest cloud price / running cost per CU in the match. */
  cloudCostMinMedian: number;
  cloudCostMedianMedian: number;
}

export interface BalanceSummary {
  seeds: number;
  quarters: number;
  seats: number;
  /** Wins per match the role played. */
  roleWins: Record<Role, number>;
  roleSeats: Record<Role, number>;
  personaWinShare: Record<PersonaId, number>;
  personaSeatWinRate: Record<PersonaId, number>;
  personaSeats: Record<PersonaId, number>;
  idleWins: number;
  idleWinsByRole: Record<Role, number>;
  idleMedianRank: number;
  cloud: Partial<Record<CloudRole, CloudEffect>>;
  bankruptcyRate: number;
  bankruptByRole: Record<Role, number>;
  /** Share of all bankruptcies (seat-matches) that were not OpenAI's. */
  bankruptNotOpenAI: number;
  belowStartShare: number;
  capex: CapexEffect | null;
  long: LongMatch;
  moodBelow30: number;
  moodAbove80: number;
  moodMinMedian: number;
  moodMaxMedian: number;
  tsr: Record<Role, { p10: number; median: number; p90: number }>;
  tsrByPersona: Record<PersonaId, number>;
  /** Median TSR and win rate of each role when it plays each persona. */
  rolePersona: Record<Role, Record<PersonaId, { seats: number; medianTsr: number; winRate: number }>>;
  targets: Target[];
  pass: boolean;
}

export interface SummaryOptions {
  quarters: number;
  /** Seats at the table (2–5). */
  seats: number;
  /** The main table: adds the GAME.md 12.2 targets. */
  main: boolean;
}

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = at(s, lo, 'value below the quantile');
  return low + (at(s, hi, 'value above the quantile') - low) * (pos - lo);
}

const median = (xs: readonly number[]) => quantile(xs, 0.5);
const share = (n: number, d: number) => (d > 0 ? n / d : 0);
export const pct = (x: number, digits = 1) => (Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : 'n/a');
export const pts = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pts` : 'n/a');

export const TARGET_RULES = {
  roleWinMin: 0.1,
  roleWinMax: 0.35,
  /** GAME.md 12.3: the ceiling for 2- and 3-seat tables. */
  roleWinMaxSmall: 0.6,
  personaWinMax: 0.4,
  idleWinMax: 0.05,
  cloudSwing: 0.1,
  cloudShareEachWay: 0.1,
  bankruptMin: 0.02,
  bankruptMax: 0.15,
  /** 12.2 "not only for OpenAI": at least this share of bankruptcies are other companies'. */
  bankruptOthersMin: 0.1,
  moodShareMin: 0.1,
  belowStartMin: 0.3,
  longTsrMin: -1,
  longTsrMax: 6,
  moodStuckQuarters: 4,
  moodStuckShareMax: 0.1,
};

export function summarize(results: readonly SeedResult[], opts: SummaryOptions): BalanceSummary {
  const { quarters, seats } = opts;
  const n = results.length;
  const R = TARGET_RULES;
  const seated = (r: Role) => results.filter((x) => x.seats.includes(r));
  const roleSeats = Object.fromEntries(ROLES.map((r) => [r, seated(r).length])) as Record<Role, number>;
  const roleWins = Object.fromEntries(ROLES.map((r) => [r, share(seated(r).filter((x) => x.winner === r).length, roleSeats[r])])) as Record<Role, number>;
  const ids = PERSONAS.map((p) => p.id);
  const personaOf = (x: SeedResult, p: PersonaId) => x.seats.filter((r) => x.personas[r] === p);
  const personaWinShare = {} as Record<PersonaId, number>;
  const personaSeatWinRate = {} as Record<PersonaId, number>;
  const personaSeats = {} as Record<PersonaId, number>;
  const tsrByPersona = {} as Record<PersonaId, number>;
  for (const p of ids) {
    const wins = results.filter((x) => x.personas[x.winner] === p).length;
    const played = results.reduce((a, x) => a + personaOf(x, p).length, 0);
    personaWinShare[p] = share(wins, n);
    personaSeats[p] = played;
    personaSeatWinRate[p] = share(wins, played);
    tsrByPersona[p] = median(results.flatMap((x) => personaOf(x, p).map((r) => x.tsr[r])));
  }
  const idleWins = share(results.filter((x) => x.idle.won).length, n);
  const idleWinsByRole = Object.fromEntries(
    ROLES.map((r) => {
      const mine = results.filter((x) => x.idle.role === r);
      return [r, share(mine.filter((x) => x.idle.won).length, mine.length)];
    }),
  ) as Record<Role, number>;

  const cloud: BalanceSummary['cloud'] = {};
  for (const r of CLOUD_ROLES) {
    const mine = results.filter((x) => x.cloud[r] !== undefined);
    if (mine.length === 0) continue;
    const c = (x: SeedResult) => x.cloud[r]!;
    const deltas = mine.map((x) => c(x).withCloud - c(x).withoutCloud);
    const launched = mine.filter((x) => x.launchedQ[r] !== null);
    const notLaunched = mine.filter((x) => x.launchedQ[r] === null);
    cloud[r] = {
      seeds: mine.length,
      launchRate: share(launched.length, mine.length),
      medianWith: median(mine.map((x) => c(x).withCloud)),
      medianWithout: median(mine.map((x) => c(x).withoutCloud)),
      medianDelta: median(deltas),
      up10: share(deltas.filter((d) => d >= R.cloudSwing).length, mine.length),
      down10: share(deltas.filter((d) => d <= -R.cloudSwing).length, mine.length),
      observedLaunched: launched.length ? median(launched.map((x) => x.tsr[r])) : null,
      observedNot: notLaunched.length ? median(notLaunched.map((x) => x.tsr[r])) : null,
    };
  }

  const bankruptcyRate = share(results.filter((x) => x.bankrupt.length > 0).length, n);
  const bankruptByRole = Object.fromEntries(ROLES.map((r) => [r, share(seated(r).filter((x) => x.bankrupt.includes(r)).length, roleSeats[r])])) as Record<Role, number>;
  const allBankrupt = results.flatMap((x) => x.bankrupt);
  const bankruptNotOpenAI = share(allBankrupt.filter((r) => r !== 'openai').length, allBankrupt.length);
  const belowStartShare = share(results.filter((x) => x.seats.some((r) => x.tsr[r] < 0)).length, n);
  const moodBelow30 = share(results.filter((x) => x.moodMin < 30).length, n);
  const moodAbove80 = share(results.filter((x) => x.moodMax > 80).length, n);
  const tsr = Object.fromEntries(
    ROLES.map((r) => {
      const xs = seated(r).map((x) => x.tsr[r]);
      return [r, { p10: quantile(xs, 0.1), median: median(xs), p90: quantile(xs, 0.9) }];
    }),
  ) as BalanceSummary['tsr'];
  const rolePersona = Object.fromEntries(
    ROLES.map((r) => [
      r,
      Object.fromEntries(
        ids.map((p) => {
          const mine = seated(r).filter((x) => x.personas[r] === p);
          return [p, { seats: mine.length, medianTsr: median(mine.map((x) => x.tsr[r])), winRate: share(mine.filter((x) => x.winner === r).length, mine.length) }];
        }),
      ),
    ]),
  ) as BalanceSummary['rolePersona'];

  const pairs = results.flatMap((x) => (x.capex ? [x.capex] : []));
  const capex: CapexEffect | null = pairs.length
    ? {
        pairs: pairs.length,
        medianKeep: median(pairs.map((p) => p.keep)),
        medianDoubled: median(pairs.map((p) => p.doubled)),
        medianDelta: median(pairs.map((p) => p.doubled - p.keep)),
        byRole: Object.fromEntries(
          ROLES.filter((r) => pairs.some((p) => p.role === r)).map((r) => {
            const mine = pairs.filter((p) => p.role === r);
            return [r, { pairs: mine.length, medianKeep: median(mine.map((p) => p.keep)), medianDoubled: median(mine.map((p) => p.doubled)) }];
          }),
        ),
      }
    : null;
  const long: LongMatch = {
    medianTsr: median(results.flatMap((x) => x.seats.map((r) => x.tsr[r]))),
    moodStuckShare: share(results.filter((x) => x.moodStuck > R.moodStuckQuarters).length, n),
    cloudCostMinMedian: median(results.map((x) => x.cloudCostMin).filter(Number.isFinite)),
    cloudCostMedianMedian: median(results.map((x) => x.cloudCostMedian).filter(Number.isFinite)),
  };

  const targets: Target[] = [];
  const winMax = seats <= 3 ? R.roleWinMaxSmall : R.roleWinMax;
  for (const r of ROLES) {
    if (roleSeats[r] === 0) continue;
    targets.push({
      id: `wins.${r}`,
      label: `${r} wins`,
      measured: pct(roleWins[r]),
      goal: `${pct(R.roleWinMin, 0)}–${pct(winMax, 0)}`,
      pass: roleWins[r] >= R.roleWinMin && roleWins[r] <= winMax,
    });
  }
  for (const p of ids)
    targets.push({ id: `persona.${p}`, label: `persona ${p} wins`, measured: pct(personaWinShare[p]), goal: `≤ ${pct(R.personaWinMax, 0)}`, pass: personaWinShare[p] <= R.personaWinMax });
  targets.push({ id: 'idle', label: '"do nothing" wins', measured: pct(idleWins), goal: `≤ ${pct(R.idleWinMax, 0)}`, pass: idleWins <= R.idleWinMax });
  for (const r of CLOUD_ROLES) {
    const c = cloud[r];
    if (!c) continue;
    targets.push({
      id: `cloud.${r}`,
      label: `${r} cloud launch ±10 pts`,
      measured: `${pct(c.up10)} up / ${pct(c.down10)} down`,
      goal: `each ≥ ${pct(R.cloudShareEachWay, 0)}`,
      pass: c.up10 >= R.cloudShareEachWay && c.down10 >= R.cloudShareEachWay,
    });
  }
  targets.push({
    id: 'bankruptcy',
    label: 'matches with a bankruptcy',
    measured: pct(bankruptcyRate),
    goal: `${pct(R.bankruptMin, 0)}–${pct(R.bankruptMax, 0)}`,
    pass: bankruptcyRate >= R.bankruptMin && bankruptcyRate <= R.bankruptMax,
  });
  targets.push({ id: 'mood.low', label: 'mood below 30', measured: pct(moodBelow30), goal: `≥ ${pct(R.moodShareMin, 0)}`, pass: moodBelow30 >= R.moodShareMin });
  targets.push({ id: 'mood.high', label: 'mood above 80', measured: pct(moodAbove80), goal: `≥ ${pct(R.moodShareMin, 0)}`, pass: moodAbove80 >= R.moodShareMin });

  if (opts.main) {
    targets.push({
      id: 'risk.belowStart',
      label: 'matches with a company below its starting price',
      measured: pct(belowStartShare),
      goal: `≥ ${pct(R.belowStartMin, 0)}`,
      pass: belowStartShare >= R.belowStartMin,
    });
    targets.push({
      id: 'risk.capexDouble',
      label: 'hyperscaler doubling capex: median TSR',
      measured: capex ? `${pct(capex.medianDoubled, 0)} doubled vs ${pct(capex.medianKeep, 0)} kept (${capex.pairs} pairs)` : 'not measured',
      goal: 'doubled < kept',
      pass: capex !== null && capex.medianDoubled < capex.medianKeep,
    });
    targets.push({
      id: 'risk.bankruptOthers',
      label: 'bankruptcies not OpenAI',
      measured: allBankrupt.length ? `${pct(bankruptNotOpenAI)} of ${allBankrupt.length}` : 'none',
      goal: `≥ ${pct(R.bankruptOthersMin, 0)}`,
      pass: allBankrupt.length > 0 && bankruptNotOpenAI >= R.bankruptOthersMin,
    });
  }
  if (quarters >= 40) {
    targets.push({
      id: 'long.tsr',
      label: 'median TSR over the match',
      measured: pct(long.medianTsr, 0),
      goal: `${pct(R.longTsrMin, 0)}..+${pct(R.longTsrMax, 0)}`,
      pass: long.medianTsr >= R.longTsrMin && long.medianTsr <= R.longTsrMax,
    });
    targets.push({
      id: 'long.moodStuck',
      label: `mood at 0 or 100 > ${R.moodStuckQuarters} quarters in a row`,
      measured: pct(long.moodStuckShare),
      goal: `≤ ${pct(R.moodStuckShareMax, 0)} of matches`,
      pass: long.moodStuckShare <= R.moodStuckShareMax,
    });
    targets.push({
      id: 'long.cloudPrice',
      label: 'cloud price / running cost, lowest quarter, median match',
      measured: Number.isFinite(long.cloudCostMinMedian) ? `${long.cloudCostMinMedian.toFixed(2)}×` : 'n/a',
      goal: '> 1×',
      pass: long.cloudCostMinMedian > 1,
    });
  }

  return {
    seeds: n,
    quarters,
    seats,
    roleWins,
    roleSeats,
    personaWinShare,
    personaSeatWinRate,
    personaSeats,
    idleWins,
    idleWinsByRole,
    idleMedianRank: median(results.map((x) => x.idle.rank)),
    cloud,
    bankruptcyRate,
    bankruptByRole,
    bankruptNotOpenAI,
    belowStartShare,
    capex,
    long,
    moodBelow30,
    moodAbove80,
    moodMinMedian: median(results.map((x) => x.moodMin)),
    moodMaxMedian: median(results.map((x) => x.moodMax)),
    tsr,
    tsrByPersona,
    rolePersona,
    targets,
    pass: targets.every((t) => t.pass),
  };
}
