import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_VERSION } from '../shared/engine';
import { matchRecord, runBotMatch } from '../shared/bots';
import { checkRecord, sealRecord, serializeRecord, verifyRecord, type MatchRecord } from '../shared/replay';
import { GOLDEN_SETS } from '../test/fixtures/golden/sets';

// `npm run golden:update`: plays the golden matches with the bots and writes their records to
// test/fixtures/golden/. Run it only when a change to the engine or the default scenario is meant
// to change the economy; then say in docs/ECONOMY.md what changed and why. `--check` only
// compares (exit 1 when a file would change).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test', 'fixtures', 'golden');
const check = process.argv.includes('--check');
const unknown = process.argv.slice(2).filter((a) => a !== '--check');
if (unknown.length) {
  console.error(`unknown argument(s): ${unknown.join(' ')}\nusage: npm run golden:update [-- --check]`);
  process.exit(2);
}

function previous(file: string): MatchRecord | null {
  if (!existsSync(file)) return null;
  try {
    const r = checkRecord(JSON.parse(readFileSync(file, 'utf8')));
    return r.ok ? r.record : (r.record ?? null);
  } catch {
    return null;
  }
}

let changed = 0;
for (const set of GOLDEN_SETS) {
  const file = path.join(dir, `${set.name}.json`);
  const played = matchRecord(runBotMatch({ ...set.config, keepStates: true }));
  const record = sealRecord({ ...played, meta: { source: 'golden', note: set.description } });
  const verified = verifyRecord(record);
  if (!verified.ok) {
    console.error(`${set.name}: the new record does not replay (${verified.failure?.message}) — the engine is not deterministic; nothing written.`);
    process.exit(1);
  }
  const text = serializeRecord(record, { pretty: true });
  const old = previous(file);
  const same = existsSync(file) && readFileSync(file, 'utf8') === text;
  let what: string;
  if (same) what = 'unchanged';
  else if (!old) what = 'new';
  else {
    const first = record.quarters.findIndex((q, i) => old.quarters[i]?.hash !== q.hash);
    what =
      old.engineVersion !== record.engineVersion
        ? `engine ${old.engineVersion} → ${record.engineVersion}`
        : old.scenarioHash !== record.scenarioHash
          ? `default scenario changed (hashes differ from quarter ${first})`
          : first >= 0
            ? `hashes differ from quarter ${first}`
            : 'same hashes, other content (seats, standings or metadata)';
  }
  if (!same) changed++;
  const top = record.standings[0];
  const winner = top ? `winner ${top.role} ${(top.tsr * 100).toFixed(1)}%` : 'no standings';
  console.log(`${set.name.padEnd(16)} ${what.padEnd(44)} ${winner}, last hash ${record.quarters.at(-1)!.hash}`);
  if (!check && !same) writeFileSync(file, text);
}

if (check) {
  console.log(changed ? `${changed} golden record(s) would change (engine ${ENGINE_VERSION}).` : 'Golden records are up to date.');
  process.exit(changed ? 1 : 0);
}
if (changed) {
  console.log(`\nWrote ${changed} golden record(s) to ${path.relative(root, dir)}/ with engine ${ENGINE_VERSION}.`);
  console.log('Now add a note in docs/ECONOMY.md (what changed in the economy and why), and commit both together.');
} else {
  console.log('\nNothing changed.');
}
