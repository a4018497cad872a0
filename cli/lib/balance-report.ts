import { ROLES, type Role } from '../../shared/roles';
import { PERSONAS, type PersonaId } from '../../shared/bots/personas';
import { CLOUD_ROLES, type CloudRole, type SeedResult } from './balance-seed';

// Aggregates seed results into the GAME.md section 11 targets and renders them for the terminal
// and for docs/BALANCE.md.

export interface Target {
  id: string;
  label: string;
  measured: string;
  goal: string;
  pass: boolean;
}

export interface CloudEffect {
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

export interface BalanceSummary {
  seeds: number;
  quarters: number;
  roleWins: Record<Role, number>;
  personaWinShare: Record<PersonaId, number>;
  personaSeatWinRate: Record<PersonaId, number>;
  personaSeats: Record<PersonaId, number>;
  idleWins: number;
  idleWinsByRole: Record<Role, number>;
  idleMedianRank: number;
  cloud: Record<CloudRole, CloudEffect>;
  bankruptcyRate: number;
  bankruptByRole: Record<Role, number>;
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

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

const median = (xs: readonly number[]) => quantile(xs, 0.5);
const share = (n: number, d: number) => (d > 0 ? n / d : 0);
export const pct = (x: number, digits = 1) => (Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : 'n/a');
const pts = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pts` : 'n/a');

export const TARGET_RULES = {
  roleWinMin: 0.1,
  roleWinMax: 0.35,
  personaWinMax: 0.4,
  idleWinMax: 0.05,
  cloudSwing: 0.1,
  cloudShareEachWay: 0.1,
  bankruptMin: 0.02,
  bankruptMax: 0.15,
  moodShareMin: 0.1,
};

export function summarize(results: readonly SeedResult[], quarters: number): BalanceSummary {
  const n = results.length;
  const R = TARGET_RULES;
  const roleWins = Object.fromEntries(ROLES.map((r) => [r, share(results.filter((x) => x.winner === r).length, n)])) as Record<Role, number>;
  const ids = PERSONAS.map((p) => p.id);
  const personaWinShare = {} as Record<PersonaId, number>;
  const personaSeatWinRate = {} as Record<PersonaId, number>;
  const personaSeats = {} as Record<PersonaId, number>;
  const tsrByPersona = {} as Record<PersonaId, number>;
  for (const p of ids) {
    const wins = results.filter((x) => x.personas[x.winner] === p).length;
    const seats = results.reduce((a, x) => a + ROLES.filter((r) => x.personas[r] === p).length, 0);
    personaWinShare[p] = share(wins, n);
    personaSeats[p] = seats;
    personaSeatWinRate[p] = share(wins, seats);
    tsrByPersona[p] = median(results.flatMap((x) => ROLES.filter((r) => x.personas[r] === p).map((r) => x.tsr[r])));
  }
  const idleWins = share(results.filter((x) => x.idle.won).length, n);
  const idleWinsByRole = Object.fromEntries(
    ROLES.map((r) => {
      const mine = results.filter((x) => x.idle.role === r);
      return [r, share(mine.filter((x) => x.idle.won).length, mine.length)];
    }),
  ) as Record<Role, number>;

  const cloud = {} as Record<CloudRole, CloudEffect>;
  for (const r of CLOUD_ROLES) {
    const deltas = results.map((x) => x.cloud[r].withCloud - x.cloud[r].withoutCloud);
    const launched = results.filter((x) => x.launchedQ[r] !== null);
    const notLaunched = results.filter((x) => x.launchedQ[r] === null);
    cloud[r] = {
      launchRate: share(launched.length, n),
      medianWith: median(results.map((x) => x.cloud[r].withCloud)),
      medianWithout: median(results.map((x) => x.cloud[r].withoutCloud)),
      medianDelta: median(deltas),
      up10: share(deltas.filter((d) => d >= R.cloudSwing).length, n),
      down10: share(deltas.filter((d) => d <= -R.cloudSwing).length, n),
      observedLaunched: launched.length ? median(launched.map((x) => x.tsr[r])) : null,
      observedNot: notLaunched.length ? median(notLaunched.map((x) => x.tsr[r])) : null,
    };
  }

  const bankruptcyRate = share(results.filter((x) => x.bankrupt.length > 0).length, n);
  const bankruptByRole = Object.fromEntries(ROLES.map((r) => [r, share(results.filter((x) => x.bankrupt.includes(r)).length, n)])) as Record<Role, number>;
  const moodBelow30 = share(results.filter((x) => x.moodMin < 30).length, n);
  const moodAbove80 = share(results.filter((x) => x.moodMax > 80).length, n);
  const tsr = Object.fromEntries(
    ROLES.map((r) => {
      const xs = results.map((x) => x.tsr[r]);
      return [r, { p10: quantile(xs, 0.1), median: median(xs), p90: quantile(xs, 0.9) }];
    }),
  ) as BalanceSummary['tsr'];

  const rolePersona = Object.fromEntries(
    ROLES.map((r) => [
      r,
      Object.fromEntries(
        ids.map((p) => {
          const mine = results.filter((x) => x.personas[r] === p);
          return [p, { seats: mine.length, medianTsr: median(mine.map((x) => x.tsr[r])), winRate: share(mine.filter((x) => x.winner === r).length, mine.length) }];
        }),
      ),
    ]),
  ) as BalanceSummary['rolePersona'];

  const targets: Target[] = [];
  for (const r of ROLES)
    targets.push({
      id: `wins.${r}`,
      label: `${r} wins`,
      measured: pct(roleWins[r]),
      goal: `${pct(R.roleWinMin, 0)}–${pct(R.roleWinMax, 0)}`,
      pass: roleWins[r] >= R.roleWinMin && roleWins[r] <= R.roleWinMax,
    });
  for (const p of ids)
    targets.push({ id: `persona.${p}`, label: `persona ${p} wins`, measured: pct(personaWinShare[p]), goal: `≤ ${pct(R.personaWinMax, 0)}`, pass: personaWinShare[p] <= R.personaWinMax });
  targets.push({ id: 'idle', label: '"do nothing" wins', measured: pct(idleWins), goal: `≤ ${pct(R.idleWinMax, 0)}`, pass: idleWins <= R.idleWinMax });
  for (const r of CLOUD_ROLES) {
    const c = cloud[r];
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

  return {
    seeds: n,
    quarters,
    roleWins,
    personaWinShare,
    personaSeatWinRate,
    personaSeats,
    idleWins,
    idleWinsByRole,
    idleMedianRank: median(results.map((x) => x.idle.rank)),
    cloud,
    bankruptcyRate,
    bankruptByRole,
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

/** The targets as a plain-text table for the terminal. */
export function targetsTable(s: BalanceSummary): string {
  const rows = s.targets.map((t) => [t.pass ? 'PASS' : 'FAIL', t.label, t.measured, t.goal]);
  const head = ['', 'target', 'measured', 'goal'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

function mdTable(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export interface ReportContext {
  command: string;
  workers: number;
  seconds: number;
  engineVersion: string;
  scenarioId: string;
  scenarioHash: string;
  /** Hand-written notes kept between runs (the "Notes" section). */
  notes?: string;
}

export function balanceMarkdown(s: BalanceSummary, ctx: ReportContext): string {
  const out: string[] = [];
  out.push('# Balance report');
  out.push('');
  out.push(`Generated by \`${ctx.command}\` (${s.seeds} seeds × 4 matches of ${s.quarters} quarters, ${ctx.workers} worker${ctx.workers === 1 ? '' : 's'}, ${ctx.seconds.toFixed(1)} s).`);
  out.push(`Engine ${ctx.engineVersion}, scenario \`${ctx.scenarioId}\` (hash \`${ctx.scenarioHash}\`). Result: **${s.pass ? 'every target passes' : 'some targets fail'}**.`);
  out.push('');
  out.push('## Targets (GAME.md section 11)');
  out.push('');
  out.push(mdTable(['result', 'target', 'measured', 'goal'], s.targets.map((t) => [t.pass ? 'PASS' : '**FAIL**', t.label, t.measured, t.goal])));
  out.push('');
  out.push('## How it is measured');
  out.push('');
  out.push('Each seed `balance-<i>` plays four all-bot matches with the default settings:');
  out.push('');
  out.push('1. **Main match**: every seat gets a persona drawn uniformly at random for the seed (stream `balance/personas`). Role and persona win rates, bankruptcies, mood extremes and TSR come from these matches. The winner is the top of the engine\'s `standings` (TSR per starting share, bankrupt = −100%).');
  out.push('2. **Do-nothing match**: the same seed and personas, except one seat (rotating through the roles by seed index) plays the internal `idle` baseline: the GAME.md section 7 default of a seat that submits nothing (last allocation carried over, no chips, builds, finance, statements or deals). The target counts how often that seat finishes first.');
  out.push('3. **Cloud counterfactuals** for OpenAI and Meta: the main match replayed with that seat\'s cloud decision flipped and everything else equal (same seed, same personas; the other bots react to what they see). If the bot launched in quarter q, the counterfactual never launches; if it never launched, the counterfactual launches at a quarter drawn for the seed (stream `balance/launch/<role>`, quarters 0 to length − 6). The effect is TSR with a cloud minus TSR without, per seed; the target asks that it is at least +10 points in at least 10% of seeds **and** at most −10 points in at least 10% of seeds, i.e. launching is a real decision, not an always-yes.');
  out.push('');
  out.push('## Wins by role');
  out.push('');
  out.push(mdTable(['role', 'wins', 'TSR p10', 'median TSR', 'TSR p90', 'bankrupt'], ROLES.map((r) => [r, pct(s.roleWins[r]), pct(s.tsr[r].p10, 0), pct(s.tsr[r].median, 0), pct(s.tsr[r].p90, 0), pct(s.bankruptByRole[r])])));
  out.push('');
  out.push('## Wins by persona');
  out.push('');
  out.push('"Share of wins" is the share of all matches won by a seat playing the persona (5 personas: 20% when fair); "win rate per seat" divides by the seats it played.');
  out.push('');
  out.push(mdTable(['persona', 'seats played', 'share of wins', 'win rate per seat', 'median TSR'], PERSONAS.map((p) => [p.id, String(s.personaSeats[p.id]), pct(s.personaWinShare[p.id]), pct(s.personaSeatWinRate[p.id]), pct(s.tsrByPersona[p.id], 0)])));
  out.push('');
  out.push('Median TSR (and win rate) of each role by the persona it plays:');
  out.push('');
  out.push(mdTable(['role', ...PERSONAS.map((p) => p.id)], ROLES.map((r) => [r, ...PERSONAS.map((p) => { const c = s.rolePersona[r][p.id]; return c.seats ? `${pct(c.medianTsr, 0)} (${pct(c.winRate, 0)})` : 'n/a'; })])));
  out.push('');
  out.push(`"Do nothing" (\`idle\`): wins ${pct(s.idleWins)} of its matches; median rank ${s.idleMedianRank}. By role: ${ROLES.map((r) => `${r} ${pct(s.idleWinsByRole[r])}`).join(', ')}.`);
  out.push('');
  out.push('## Cloud launch effect on TSR (OpenAI, Meta)');
  out.push('');
  out.push(
    mdTable(
      ['role', 'bots launch', 'median TSR with cloud', 'median TSR without', 'median effect', 'seeds ≥ +10 pts', 'seeds ≤ −10 pts', 'main matches: launched / not'],
      CLOUD_ROLES.map((r) => {
        const c = s.cloud[r];
        return [r, pct(c.launchRate), pct(c.medianWith, 0), pct(c.medianWithout, 0), pts(c.medianDelta), pct(c.up10), pct(c.down10), `${c.observedLaunched === null ? 'n/a' : pct(c.observedLaunched, 0)} / ${c.observedNot === null ? 'n/a' : pct(c.observedNot, 0)}`];
      }),
    ),
  );
  out.push('');
  out.push('## Bankruptcy and mood');
  out.push('');
  out.push(
    mdTable(
      ['measure', 'value'],
      [
        ['matches with at least one bankruptcy', pct(s.bankruptcyRate)],
        ['matches where mood fell below 30', pct(s.moodBelow30)],
        ['matches where mood rose above 80', pct(s.moodAbove80)],
        ['median lowest mood of a match', s.moodMinMedian.toFixed(1)],
        ['median highest mood of a match', s.moodMaxMedian.toFixed(1)],
      ],
    ),
  );
  out.push('');
  if (ctx.notes && ctx.notes.trim()) {
    out.push('## Notes');
    out.push('');
    out.push(ctx.notes.trim());
    out.push('');
  }
  return out.join('\n');
}

/** The hand-written "## Notes" section of an existing report, kept when the report is regenerated. */
export function notesOf(markdown: string): string | undefined {
  const i = markdown.indexOf('\n## Notes\n');
  if (i < 0) return undefined;
  return markdown.slice(i + '\n## Notes\n'.length);
}
