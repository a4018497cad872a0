import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../shared/engine';
import { parseRecordText, replayRecord, summarizeRecord, summaryLines } from '../../shared/replay';

// Records made by engine 1.x (docs/REPLAY.md "Versions", docs/ECONOMY.md section 8): engine 2 does
// not keep the v1 rules, so such a record is refused for re-simulation (replay, verify, fork) with
// the error kind `engineVersion` naming the version that made it (CLI exit 3), and still opens
// read-only from what it stores: its summary, seats and final standings.

const root = path.resolve(__dirname, '../..');
const file = path.join(root, 'test/fixtures/records/v1-golden-three.json');
const text = readFileSync(file, 'utf8');

function cli(...args: string[]): { code: number; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/replay.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

describe('engine 1.x records under engine 2', () => {
  it('reads: the file parses and its summary and standings are shown', () => {
    const read = parseRecordText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.record.engineVersion).toBe('1.2.0');
    expect(ENGINE_VERSION.startsWith('2.')).toBe(true);
    const s = summarizeRecord(read.record);
    expect(s.engineVersion).toBe('1.2.0');
    expect(s.quartersPlayed).toBe(12);
    expect(s.standings.map((x) => x.role).sort()).toEqual(['google', 'meta', 'openai']);
    expect(summaryLines(s)[0]).toContain('engine 1.2.0');
  });

  it('is refused for re-simulation with the engine version that made it', () => {
    const read = parseRecordText(text);
    if (!read.ok) throw new Error('fixture does not parse');
    const r = replayRecord(read.record);
    expect(r.ok).toBe(false);
    expect(r.states).toEqual([]);
    expect(r.failure?.kind).toBe('engineVersion');
    expect(r.failure?.message).toContain('engine version 1.2.0');
    expect(r.failure?.message).toContain(`engine ${ENGINE_VERSION}`);
  });

  it('CLI: the summary opens (exit 0); --verify and --to are refused with exit 3, naming the version', () => {
    const open = cli(file);
    expect(open.code).toBe(0);
    expect(open.out).toContain('engine 1.2.0');
    expect(open.out).toMatch(/Final standings \(TSR\):/);
    for (const args of [['--verify'], ['--to', '3']]) {
      const r = cli(file, ...args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.out).toContain('made with engine version 1.2.0');
    }
  });
});
