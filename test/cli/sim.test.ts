import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles';
import { checkRecord, verifyRecord } from '../../shared/replay';
import { runCli } from './run';

// `npm run sim` (issue 3, point 2): readable table, byte-identical --json, a replayable --out
// record, and exit code 2 with a message for bad arguments.

describe('npm run sim', () => {
  it('the same command twice gives byte-identical JSON: one document with seed, seats, a hash per quarter and standings', async () => {
    const args = ['--seed', 'cli-1', '--quarters', '5', '--seats', 'openai=cloud-first,meta=frugal', '--json'];
    const [a, b] = await Promise.all([runCli('cli/sim.ts', args), runCli('cli/sim.ts', args)]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout);
    expect(doc.seed).toBe('cli-1');
    expect(doc.quarters).toBe(5);
    expect(doc.seats).toEqual({ openai: 'cloud-first', meta: 'frugal', microsoft: 'classic', amazon: 'classic', google: 'classic' });
    expect(doc.hashes).toHaveLength(5);
    for (const h of doc.hashes) expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.standings.map((s: { role: string }) => s.role).sort()).toEqual([...ROLES].sort());
    for (const s of doc.standings) {
      expect(typeof s.tsr).toBe('number');
      expect(typeof s.bankrupt).toBe('boolean');
    }
  });

  it('prints a per-quarter table and the final ranking by default', async () => {
    const r = await runCli('cli/sim.ts', ['--seed', 'cli-2', '--quarters', '4']);
    expect(r.code, r.stderr).toBe(0);
    for (const label of ['Q1 2026', 'Q4 2026', 'mood', 'chips $', 'cloud $', 'share price', 'cash', 'GW', 'Final ranking']) expect(r.stdout).toContain(label);
    for (const name of ['OpenAI', 'Meta', 'Microsoft', 'Amazon', 'Google']) expect(r.stdout).toContain(name);
  });

  it('--out writes a match record that verifies', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sim-out-')), 'match.json');
    const r = await runCli('cli/sim.ts', ['--seed', 'cli-3', '--quarters', '4', '--json', '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    const read = checkRecord(JSON.parse(readFileSync(file, 'utf8')));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.record.seed).toBe('cli-3');
    expect(read.record.quarters.map((q) => q.hash)).toEqual(JSON.parse(r.stdout).hashes);
    expect(verifyRecord(read.record).ok).toBe(true);
  });

  it.each([
    [['--seed'], /--seed needs a value/],
    [['--bogus'], /unknown flag --bogus/],
    [['--quarters', '3'], /--quarters must be a whole number from 4 to 40/],
    [['--quarters', 'many'], /--quarters must be a whole number/],
    [['--seats', 'nvidia=builder'], /unknown role 'nvidia'/],
    [['--seats', 'meta=reckless'], /unknown persona 'reckless'/],
    [['--seats', 'meta'], /is not <role>=<persona>/],
    [['--seed', 'bad seed!'], /--seed must be/],
    [['extra'], /unexpected argument 'extra'/],
  ])('bad arguments %j exit 2 with a message and usage', async (args, message) => {
    const r = await runCli('cli/sim.ts', args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: npm run sim');
    expect(r.stdout).toBe('');
  });
});
