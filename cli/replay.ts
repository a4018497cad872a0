import { readFileSync } from 'node:fs';
import { calendarLabel, calendarOf, ENGINE_VERSION, standings, type MatchState } from '../shared/index';
import {
  RECORD_ERROR_TITLES,
  describeDifference,
  engineVersionProblem,
  parseRecordBytes,
  replayRecord,
  summarizeRecord,
  summaryLines,
  type MatchRecord,
  type RecordError,
  type ReplayFailure,
} from '../shared/replay';

// `npm run replay -- <file> [--verify] [--to <quarter>] [--json]`
// Prints a match record's summary; --to replays it to a quarter and shows the state there;
// --verify re-runs the engine over every quarter and compares each state hash.
// Exit codes: 0 fine · 1 the replay differs from the record (names the first quarter and what
// differs) or the file was edited · 2 unreadable input · 3 recorded with another engine version.

const USAGE = 'usage: npm run replay -- <record.json> [--verify] [--to <quarter>] [--json]';

interface Args {
  file: string;
  verify: boolean;
  to: number | null;
  json: boolean;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | null = null;
  let verify = false;
  let json = false;
  let to: number | null = null;
  const queue = [...argv];
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    if (a === '--verify') verify = true;
    else if (a === '--json') json = true;
    else if (a === '--to') {
      const v = queue.shift();
      if (v === undefined || !/^\d+$/.test(v)) return `--to needs a quarter number (0 = the start), got ${v === undefined ? 'nothing' : `'${v}'`}`;
      to = Number(v);
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('-')) return `unknown option '${a}'`;
    else if (file === null) file = a;
    else return `only one record file, got '${file}' and '${a}'`;
  }
  if (file === null) return 'no record file given';
  return { file, verify, to, json };
}

function out(json: boolean, value: unknown, lines: string[]): void {
  if (json) console.log(JSON.stringify(value, null, 2));
  else for (const l of lines) console.log(l);
}

function errorLines(e: RecordError): string[] {
  return [`error (${RECORD_ERROR_TITLES[e.kind]}): ${e.message}`, ...e.details.map((d) => `  ${d}`)];
}

function failureJson(f: ReplayFailure) {
  return { kind: f.kind, message: f.message, quarter: f.quarter, details: f.details, divergence: f.divergence ?? null };
}

function stateAt(record: MatchRecord, state: MatchState) {
  const q = state.quarter;
  return {
    quarter: q,
    label: q === 0 ? `start (before ${calendarLabel(calendarOf(record.settings, 0))})` : `after ${calendarLabel(calendarOf(record.settings, q - 1))}`,
    mood: state.global.mood,
    standings: standings(state),
    companies: state.settings.activeSeats.map((role) => {
      const c = state.companies[role];
      return { role, sharePrice: c.sharePrice, cash: c.cash, debt: c.debt + c.revolver, cloud: c.cloud.status, quality: c.quality, bankrupt: c.bankrupt };
    }),
  };
}

function stateLines(at: ReturnType<typeof stateAt>): string[] {
  const money = (v: number) => (Math.abs(v) >= 1000 ? `$${(v / 1000).toFixed(1)}T` : `$${v.toFixed(1)}B`);
  const lines = [`State at quarter ${at.quarter} — ${at.label}: investor mood ${at.mood.toFixed(1)}`];
  lines.push(`  ${'company'.padEnd(10)} ${'share'.padStart(9)} ${'TSR'.padStart(8)} ${'cash'.padStart(9)} ${'debt'.padStart(9)}  cloud`);
  for (const c of at.companies) {
    const st = at.standings.find((s) => s.role === c.role)!;
    const tsr = `${st.tsr >= 0 ? '+' : ''}${(st.tsr * 100).toFixed(1)}%`;
    lines.push(`  ${c.role.padEnd(10)} ${c.sharePrice.toFixed(2).padStart(9)} ${tsr.padStart(8)} ${money(c.cash).padStart(9)} ${money(c.debt).padStart(9)}  ${c.cloud}${c.bankrupt ? '  BANKRUPT' : ''}`);
  }
  return lines;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args === USAGE ? USAGE : `error: ${args}\n${USAGE}`);
    return args === USAGE ? 0 : 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.message;
    out(args.json, { ok: false, error: { kind: 'unreadable', message: `cannot read ${args.file}: ${why}` } }, [`error: cannot read ${args.file}: ${why}`]);
    return 2;
  }
  const read = parseRecordBytes(bytes);
  let record: MatchRecord;
  let tamperedFile: RecordError | null = null;
  if (!read.ok) {
    if (read.error.kind !== 'tampered' || !read.record) {
      out(args.json, { ok: false, error: read.error }, errorLines(read.error));
      return read.error.kind === 'tampered' ? 1 : 2;
    }
    record = read.record;
    tamperedFile = read.error;
  } else {
    record = read.record;
  }

  const summary = summarizeRecord(record);
  const result: Record<string, unknown> = { ok: true, file: args.file, bytes: bytes.length, summary };
  const lines = [...summaryLines(summary), `File: ${args.file} (${(bytes.length / 1024).toFixed(1)} KB)`];
  if (tamperedFile) {
    result.ok = false;
    result.error = tamperedFile;
    lines.push('', ...errorLines(tamperedFile));
  }

  const needsEngine = args.verify || args.to !== null || tamperedFile !== null;
  const version = engineVersionProblem(record);
  if (needsEngine && version) {
    result.ok = false;
    result.error = version;
    out(args.json, result, [...lines, '', ...errorLines(version)]);
    return 3;
  }
  if (args.to !== null && args.to > record.quarters.length) {
    const msg = `--to ${args.to}: the record has ${record.quarters.length} quarters (use 0–${record.quarters.length})`;
    out(args.json, { ...result, ok: false, error: { kind: 'usage', message: msg } }, [...lines, '', `error: ${msg}`]);
    return 2;
  }

  let exit = tamperedFile ? 1 : 0;
  if (needsEngine) {
    const verify = args.verify || tamperedFile !== null;
    const replay = replayRecord(record, { to: args.verify || tamperedFile ? undefined : args.to ?? undefined, verify, keepStates: args.to !== null });
    const wanted = args.to === null ? undefined : replay.states[args.to];
    if (wanted) {
      const at = stateAt(record, wanted);
      result.at = at;
      lines.push('', ...stateLines(at));
    }
    if (verify) {
      if (replay.ok) {
        result.verify = { ok: true, quarters: replay.reports.length, engineVersion: ENGINE_VERSION, hashes: replay.reports.map((r) => r.hash) };
        lines.push('', `Verified: all ${replay.reports.length} quarters reproduce bit for bit with engine ${ENGINE_VERSION} (last hash ${replay.reports.at(-1)?.hash ?? record.startHash}).`);
      } else {
        const f = replay.failure!;
        result.ok = false;
        result.verify = { ok: false, quartersReproduced: replay.reports.length, failure: failureJson(f) };
        exit = f.kind === 'engineVersion' ? 3 : 1;
        lines.push('', `NOT VERIFIED: ${f.message}`);
        if (f.divergence) {
          lines.push(`  first quarter that differs: ${f.divergence.quarter} (${f.divergence.label})`);
          lines.push(`  hash recorded ${f.divergence.expectedHash}, replayed ${f.divergence.actualHash}`);
          if (f.divergence.differences.length === 0) lines.push('  (no recorded part or figure differs: the change is elsewhere in the state)');
          for (const d of f.divergence.differences) lines.push(`  differs: ${describeDifference(d)}`);
        } else {
          for (const d of f.details) lines.push(`  ${d}`);
        }
      }
    } else if (!replay.ok) {
      const f = replay.failure!;
      result.ok = false;
      result.error = failureJson(f);
      lines.push('', ...errorLines(f));
      exit = f.kind === 'engineVersion' ? 3 : 1;
    }
  }
  out(args.json, result, lines);
  return exit;
}

// `npm run replay -- file | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = main();
