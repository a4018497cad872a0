// npm run sim -- --seed <s> [--quarters <n>] [--seats openai=cloud-first,meta=frugal,...] [--json] [--out <file>] [--scenario <file>]
// Plays an all-bot match headless. Default output: a per-quarter table (mood, chip and cloud
// prices, each company's share price, cash and capacity) and the final ranking. --json: stdout is
// exactly one JSON document. --out: writes the match record (docs/REPLAY.md). Exit 2 on bad arguments.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROLES, isRole, type Role } from '../shared/roles';
import { ENGINE_VERSION, calendarLabel, scenarioHash, type Scenario } from '../shared/engine';
import { BASELINE_IDS, PERSONAS, isBotPersona, matchRecord, runBotMatch, type BotMatchResult, type BotPersona } from '../shared/bots';
import { serializeRecord } from '../shared/replay';
import { intFlag, parseFlags, UsageError } from './lib/args';
import { simTable } from './lib/sim-table';
import { readScenarioFile } from './lib/scenario-file';

const PERSONA_LIST = [...PERSONAS.map((p) => p.id), ...BASELINE_IDS].join(', ');
const USAGE = `usage: npm run sim -- --seed <s> [--quarters <n>] [--seats <role>=<persona>,...] [--json] [--out <file>] [--scenario <file>]
  --seed      match seed: 1–64 characters of A–Z a–z 0–9 . _ -  (default "1")
  --quarters  match length, 4–40 (default 12)
  --seats     personas by role, e.g. openai=cloud-first,meta=frugal (others play classic)
              roles: ${ROLES.join(', ')}; personas: ${PERSONA_LIST} (idle = do nothing)
  --json      print one JSON document {seed, quarters, seats, hashes, standings, ...} instead of the table
  --out       also write the match record (replayable with npm run replay) to this file
  --scenario  play a scenario JSON file instead of the default scenario`;

interface SimOptions {
  seed: string;
  quarters: number;
  seats: Partial<Record<Role, BotPersona>>;
  json: boolean;
  out: string | null;
  scenario: Scenario | undefined;
}

function parseSeats(spec: string): Partial<Record<Role, BotPersona>> {
  const seats: Partial<Record<Role, BotPersona>> = {};
  for (const part of spec.split(',')) {
    const m = /^([^=]+)=(.+)$/.exec(part.trim());
    if (!m) throw new UsageError(`--seats: '${part}' is not <role>=<persona>`);
    const [, role, persona] = m;
    if (!isRole(role)) throw new UsageError(`--seats: unknown role '${role}' (roles: ${ROLES.join(', ')})`);
    if (!isBotPersona(persona)) throw new UsageError(`--seats: unknown persona '${persona}' for ${role} (personas: ${PERSONA_LIST})`);
    if (seats[role]) throw new UsageError(`--seats: ${role} is given twice`);
    seats[role] = persona;
  }
  return seats;
}

function parse(argv: string[]): SimOptions | 'help' {
  const f = parseFlags(argv, { seed: 'string', quarters: 'string', seats: 'string', json: 'boolean', out: 'string', scenario: 'string', help: 'boolean' });
  if (f.help) return 'help';
  const seed = typeof f.seed === 'string' ? f.seed : '1';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(seed)) throw new UsageError(`--seed must be 1–64 characters of A–Z a–z 0–9 . _ - (got '${seed}')`);
  return {
    seed,
    quarters: intFlag(f.quarters, 'quarters', 4, 40, 12),
    seats: typeof f.seats === 'string' ? parseSeats(f.seats) : {},
    json: f.json === true,
    out: typeof f.out === 'string' ? path.resolve(f.out) : null,
    scenario: typeof f.scenario === 'string' ? readScenarioFile(f.scenario).scenario : undefined,
  };
}

/** The --json document: everything in it is a pure function of the arguments (no timings). */
export function simJson(m: BotMatchResult): Record<string, unknown> {
  return {
    seed: m.seed,
    quarters: m.settings.quarters,
    seats: m.seats,
    engineVersion: ENGINE_VERSION,
    scenarioId: m.scenario.id,
    scenarioHash: scenarioHash(m.scenario),
    hashes: m.hashes,
    standings: m.standings.map((s) => ({ role: s.role, tsr: s.tsr, bankrupt: s.bankrupt, sharePrice: s.sharePrice, marketCap: s.marketCap })),
    quarterly: m.reports.map((r) => ({
      quarter: r.quarter,
      calendar: calendarLabel(r.calendar),
      mood: r.mood.after,
      chipPrice: r.chips.price,
      cloudPrice: r.cloud.price,
      events: r.events.map((e) => (e.target ? `${e.id}:${e.target}` : e.id)),
      companies: Object.fromEntries(
        r.companies.map((c) => [c.role, { sharePrice: c.valuation.sharePrice, tsr: c.valuation.tsr, cash: c.cashFlow.closing, installedGW: c.capacity.installedGW, availableCU: c.capacity.availableCU, bankrupt: c.bankrupt }]),
      ),
    })),
  };
}

function main(): void {
  let opts: SimOptions | 'help';
  try {
    opts = parse(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`sim: ${e.message}\n${USAGE}`);
      process.exit(2);
    }
    throw e;
  }
  if (opts === 'help') {
    console.log(USAGE);
    return;
  }
  const match = runBotMatch({ seed: opts.seed, quarters: opts.quarters, seats: opts.seats, scenario: opts.scenario, keepStates: opts.out !== null });
  if (opts.out) {
    mkdirSync(path.dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, serializeRecord(matchRecord(match)));
    console.error(`sim: match record written to ${path.relative(process.cwd(), opts.out) || opts.out}`);
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(simJson(match))}\n`);
  else process.stdout.write(simTable(match));
}

main();
