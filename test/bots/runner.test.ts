import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, ROLES, stateHash } from '../../shared/index';
import { matchRecord, runBotMatch } from '../../shared/bots';
import { verifyRecord } from '../../shared/replay';

// The headless match runner the sim CLI, the balance workers and match records build on.

describe('runBotMatch', () => {
  it('plays every quarter, records orders and hashes, and is reproducible bit for bit', () => {
    const a = runBotMatch({ seed: 'run-1', quarters: 6, seats: { openai: 'builder', meta: 'frugal' }, keepStates: true });
    const b = runBotMatch({ seed: 'run-1', quarters: 6, seats: { openai: 'builder', meta: 'frugal' } });
    expect(a.hashes).toHaveLength(6);
    expect(a.orders).toHaveLength(6);
    expect(a.reports).toHaveLength(6);
    expect(a.hashes).toEqual(b.hashes);
    expect(a.standings).toEqual(b.standings);
    expect(a.seats).toEqual({ openai: 'builder', meta: 'frugal', microsoft: 'classic', amazon: 'classic', google: 'classic' });
    expect(a.states!.map((s) => stateHash(s))).toEqual(a.hashes);
    expect(a.final.finished).toBe(true);
    expect(runBotMatch({ seed: 'run-2', quarters: 6 }).hashes).not.toEqual(a.hashes);
  });

  it('without hashes (simulations) plays the same match, and refuses to make a record of it', () => {
    const hashed = runBotMatch({ seed: 'run-3', quarters: 4 });
    const quick = runBotMatch({ seed: 'run-3', quarters: 4, hashes: false });
    expect(quick.hashes).toEqual([]);
    expect(quick.final).toEqual(hashed.final);
    expect(quick.standings).toEqual(hashed.standings);
    expect(quick.reports.map((r) => ({ ...r, hash: '' }))).toEqual(hashed.reports.map((r) => ({ ...r, hash: '' })));
    expect(quick.reports.every((r) => r.hash === '')).toBe(true);
    expect(() => matchRecord(quick)).toThrow(/without state hashes/);
  });

  it('works with a subset of seats and host events', () => {
    const m = runBotMatch({ seed: 'subset', quarters: 4, activeSeats: ['meta', 'google'], hostEvents: { 1: [{ id: 'bubbleCall' }] } });
    expect(Object.keys(m.seats)).toEqual(['meta', 'google']);
    expect(m.standings.map((s) => s.role).sort()).toEqual(['google', 'meta']);
    expect(m.reports[1]?.events.some((e) => e.id === 'bubbleCall' && e.injected)).toBe(true);
    expect(m.hostEvents[1]).toEqual([{ id: 'bubbleCall' }]);
  });

  it('its match record replays and verifies every hash', () => {
    const m = runBotMatch({ seed: 'rec', quarters: 5, seats: { google: 'cloud-first' } });
    const record = matchRecord(m);
    expect(record.seed).toBe('rec');
    expect(record.scenarioId).toBe(DEFAULT_SCENARIO.id);
    expect(record.quarters.map((q) => q.hash)).toEqual(m.hashes);
    expect(record.seats.filter((s) => s.kind === 'bot').map((s) => s.role)).toEqual([...ROLES]);
    const v = verifyRecord(record);
    expect(v.ok).toBe(true);
  });
});
