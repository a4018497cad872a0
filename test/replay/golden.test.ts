import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, ENGINE_VERSION, scenarioHash } from '../../shared/engine';
import { checkRecord, describeDifference, verifyRecord, type MatchRecord } from '../../shared/replay';
import { GOLDEN_SETS } from '../fixtures/golden/sets';

// Golden records (issue 6, point 8): bot matches recorded once, replayed on every test run. Any
// change to the engine (or the default scenario) that moves a single state hash fails here.

const dir = path.resolve(__dirname, '../fixtures/golden');
const HOW_TO_UPDATE =
  'If this change is deliberate, run `npm run golden:update`, commit the new test/fixtures/golden/*.json, and add a note in docs/ECONOMY.md ' +
  '(what changed in the economy and why). If it is not deliberate, the engine changed behaviour or lost determinism: find the cause instead.';

function load(file: string): MatchRecord {
  const read = checkRecord(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
  if (!read.ok) throw new Error(`golden record ${file} is unusable: ${read.error.message} ${read.error.details.join('; ')}\n${HOW_TO_UPDATE}`);
  return read.record;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('golden records', () => {
  it('there is one for every golden set: 3+ seeds, different personas, 12 quarters', () => {
    expect(files, `missing golden records in test/fixtures/golden. ${HOW_TO_UPDATE}`).toEqual(GOLDEN_SETS.map((s) => `${s.name}.json`).sort());
    const records = files.map(load);
    expect(new Set(records.map((r) => r.seed)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(records.map((r) => r.seats.map((s) => s.persona).join(','))).size).toBe(records.length);
    for (const r of records) {
      expect(r.quarters).toHaveLength(12);
      expect(r.status).toBe('finished');
    }
  });

  for (const file of files) {
    it(`${file} reproduces every hash with this engine and scenario`, () => {
      const record = load(file);
      if (record.engineVersion !== ENGINE_VERSION)
        throw new Error(`${file} was recorded with engine ${record.engineVersion}; the engine is now ${ENGINE_VERSION}. ${HOW_TO_UPDATE}`);
      if (record.scenarioHash !== scenarioHash(DEFAULT_SCENARIO))
        throw new Error(
          `${file} was recorded with another version of the default scenario (${record.scenarioHash}; now ${scenarioHash(DEFAULT_SCENARIO)}): its parameters were changed. ${HOW_TO_UPDATE}`,
        );
      const v = verifyRecord(record);
      if (!v.ok) {
        const f = v.failure!;
        const what = f.divergence ? f.divergence.differences.slice(0, 12).map(describeDifference).join('\n  ') : f.details.join('\n  ');
        throw new Error(`${file}: ${f.message}\n  ${what}\n${HOW_TO_UPDATE}`);
      }
      expect(v.quartersChecked).toBe(12);
    });
  }
});
