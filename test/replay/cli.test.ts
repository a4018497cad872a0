import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeRecord } from '../../shared/replay';
import { resealed } from './badFiles';
import { playScripted, recordQuarter } from './helpers';

// `npm run replay -- <file> [--verify] [--to <quarter>] [--json]` and its exit codes.

const dir = mkdtempSync(path.join(tmpdir(), 'cr-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { record } = playScripted({ seed: 'cli-test', quarters: 6 });
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}
const good = file('good.json', serializeRecord(record));
const edited = file('edited.json', serializeRecord(resealed(record, (r) => (recordQuarter(r, 3).orders.google!.finance.issueDebt += 30))));
const handEdited = (() => {
  const r = JSON.parse(serializeRecord(record));
  r.quarters[2].orders.meta.chips.gw += 0.5;
  return file('hand.json', JSON.stringify(r));
})();
const truncated = file('cut.json', serializeRecord(record).slice(0, 5000));
const other = file('other.json', serializeRecord(resealed(record, (r) => (r.engineVersion = '0.0.9'))));

function replay(...args: string[]): { code: number; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/replay.ts', ...args], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

describe('npm run replay', () => {
  it('prints the summary and verifies a good record (exit 0)', () => {
    const r = replay(good, '--verify');
    expect(r.code).toBe(0);
    expect(r.out).toContain('seed cli-test');
    expect(r.out).toContain('Status: finished, 6 of 6 quarters (Q1 2026 – Q2 2027)');
    expect(r.out).toMatch(/Verified: all 6 quarters reproduce bit for bit/);
  });

  it('--to shows the state at a quarter; --json gives the same as data', () => {
    const r = replay(good, '--to', '3', '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.at).toMatchObject({ quarter: 3, label: 'after Q3 2026' });
    expect(data.at.companies).toHaveLength(5);
    expect(data.summary.seed).toBe('cli-test');
    expect(replay(good, '--to', '7').code).toBe(2);
  });

  it('names the first quarter that differs and what differs (exit 1)', () => {
    const r = replay(edited, '--verify');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/NOT VERIFIED: quarter 3 \(Q4 2026\) does not reproduce/);
    expect(r.out).toMatch(/first quarter that differs: 3 \(Q4 2026\)/);
    expect(r.out).toMatch(/differs: companies\.google/);
    expect(r.out).toMatch(/differs: google\.debt: recorded/);
  });

  it('a hand-edited file is reported as modified, with the quarter where it stops matching (exit 1)', () => {
    const r = replay(handEdited, '--verify', '--json');
    expect(r.code).toBe(1);
    const data = JSON.parse(r.out);
    expect(data.error.kind).toBe('tampered');
    expect(data.verify.failure.quarter).toBe(2);
  });

  it('unreadable input exits 2 with the reason', () => {
    const cut = replay(truncated, '--verify');
    expect(cut.code).toBe(2);
    expect(cut.out).toMatch(/truncated/);
    const missing = replay(path.join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/no such file/);
    expect(replay().code).toBe(2);
    expect(replay(good, '--to', 'x').out).toMatch(/--to needs a quarter number/);
  });

  it('a record from another engine version is reported as such (exit 3), not as corrupt', () => {
    const r = replay(other, '--verify');
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/made with engine version 0\.0\.9/);
    expect(r.out).not.toMatch(/corrupt/);
    expect(replay(other).code).toBe(0);
  });
});
