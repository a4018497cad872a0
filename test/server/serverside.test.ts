import { describe, expect, it, vi } from 'vitest';
import { createMatch as engineCreateMatch, DEFAULT_SCENARIO, reduce, stateHash } from '../../shared/engine';
import type { MatchState } from '../../shared/engine/types';
import { C2S, S2C } from '../../shared/protocol';
import { applyHostCommand, createMatchRoom } from '../../server';
import { toMatchSettings } from '../../server/room/settings';
import { boot, call, joinMatch, ordersFor, waitForCount, serverForFile } from './helpers';
import { must } from '../../shared/lists';

// What later work builds on: rooms created by the server (classrooms, recovery, forks), host
// commands applied from the server side, and an action log a match can be rebuilt from.

const PORT = 2607;
const b = serverForFile(() => boot(PORT));

describe('server-side rooms', () => {
  it('creates several rooms on one seed, drives them with host commands, and they stay identical', async () => {
    const settings = { seed: 'class-42', quarters: 4, planningSeconds: 0, resultsSeconds: 0 } as const;
    const rooms = await Promise.all([createMatchRoom({ settings }), createMatchRoom({ settings }), createMatchRoom({ settings })]);
    expect(new Set(rooms.map((r) => r.roomId)).size).toBe(3);
    for (const r of rooms) {
      expect(r.match.settings.seed).toBe('class-42');
      expect(applyHostCommand(r.match, { command: 'start' }).ok).toBe(true);
      for (let q = 0; q < 2; q++) {
        expect(applyHostCommand(r.match, { command: 'resolveNow' })).toMatchObject({ ok: true });
        expect(applyHostCommand(r.match, { command: 'next' })).toMatchObject({ ok: true });
      }
    }
    const hashes = rooms.map((r) => r.match.log.quarters.map((l) => l.hash));
    expect(hashes[1]).toEqual(hashes[0]);
    expect(hashes[2]).toEqual(hashes[0]);
    expect(applyHostCommand(rooms[0].match, { command: 'next' })).toMatchObject({ ok: false, error: { code: 'WRONG_PHASE' } });
    for (const r of rooms) await r.disconnect();
  });

  it('nobody is host of a server-created room until a client brings its host secret', async () => {
    const room = await createMatchRoom({ settings: { planningSeconds: 0 } });
    const first = await joinMatch(PORT, room.roomId, { name: 'Student', role: 'meta' });
    expect(first.session().isHost).toBe(false);
    expect((await call(first, C2S.host, { command: 'start' })).payload.code).toBe('NOT_HOST');
    const teacher = await joinMatch(PORT, room.roomId, { hostSecret: room.match.hostSecret });
    expect(teacher.session()).toMatchObject({ isHost: true, role: null, hostSecret: room.match.hostSecret });
    expect((await call(teacher, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    for (const p of [first, teacher]) await p.room.leave();
    await room.disconnect();
  });

  it('the action log rebuilds the match bit for bit', async () => {
    const room = await createMatchRoom({ settings: { seed: 'log-check', quarters: 4, planningSeconds: 0, resultsSeconds: 0, seats: { amazon: { kind: 'bot' }, google: { kind: 'bot' }, microsoft: { kind: 'bot' } } } });
    const code = room.roomId;
    const ada = await joinMatch(PORT, code, { name: 'Ada', role: 'openai', hostSecret: room.match.hostSecret });
    const bob = await joinMatch(PORT, code, { name: 'Bob', role: 'meta' });
    await call(ada, C2S.host, { command: 'start', force: true });
    await vi.waitFor(() => expect(ada.room.state.phase).toBe('planning'));
    const proposal = await call(ada, C2S.proposeDeal, { to: 'microsoft', terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.3, pricePerCU: 3.2, quarters: 4 } });
    expect(proposal.ok).toBe(true);
    const orders = ordersFor(b, code, 'openai');
    await call(ada, C2S.submitOrders, { orders: { ...orders, statement: 'hype' } });
    await call(ada, C2S.host, { command: 'injectEvent', eventId: DEFAULT_SCENARIO.events.find((e) => e.target === 'global')!.id });
    await call(bob, C2S.submitOrders, { orders: ordersFor(b, code, 'meta') });
    await waitForCount(ada, S2C.resolved, 1);
    await call(ada, C2S.host, { command: 'next' });
    await call(ada, C2S.host, { command: 'resolveNow' });
    await waitForCount(ada, S2C.resolved, 2);

    // replay: createMatch, then each quarter's actions in order, then the resolve with the logged orders
    const m = room.match;
    let state: MatchState = engineCreateMatch(DEFAULT_SCENARIO, toMatchSettings(m.settings), m.settings.seed);
    for (const q of m.log.quarters) {
      for (const action of q.actions) {
        const r = reduce(state, action);
        expect(r.ok).toBe(true);
        if (r.ok) state = r.state;
      }
      const r = reduce(state, { type: 'resolve', orders: q.orders, hostEvents: q.hostEvents });
      expect(r.ok).toBe(true);
      if (r.ok) state = r.state;
      expect(stateHash(state)).toBe(q.hash);
    }
    expect(stateHash(state)).toBe(stateHash(m.state));
    expect(m.log.quarters[0]?.sources).toMatchObject({ openai: 'submitted', meta: 'submitted', amazon: 'bot' });
    expect(m.log.quarters[1]?.sources).toMatchObject({ openai: 'autopilot', meta: 'autopilot' });
    for (const p of [ada, bob]) await p.room.leave();
    await room.disconnect();
  });

  it('a room created from an engine state continues (fork) and keeps its economy settings fixed', async () => {
    const source = await createMatchRoom({ settings: { seed: 'fork-me', quarters: 6, planningSeconds: 0, resultsSeconds: 0 } });
    applyHostCommand(source.match, { command: 'start' });
    applyHostCommand(source.match, { command: 'resolveNow' });
    applyHostCommand(source.match, { command: 'next' });
    const atQ1 = structuredClone(source.match.state);
    const reportsAtQ1 = structuredClone(source.match.reports);
    const log = structuredClone(source.match.log.quarters);
    applyHostCommand(source.match, { command: 'resolveNow' });

    const fork = await createMatchRoom({ init: { state: atQ1, reports: reportsAtQ1, log }, settings: { planningSeconds: 0, resultsSeconds: 0 } });
    expect(fork.match.phase).toBe('lobby');
    expect(fork.match.state.quarter).toBe(1);
    expect(fork.match.settings).toMatchObject({ seed: 'fork-me', quarters: 6 });
    const teacher = await joinMatch(PORT, fork.roomId, { hostSecret: fork.match.hostSecret });
    await vi.waitFor(() => expect(teacher.room.state.quarter).toBe(1));
    const refused = await call(teacher, C2S.host, { command: 'configure', settings: { seed: 'other' } });
    expect(refused.payload.code).toBe('INVALID_SETTINGS');
    expect((await call(teacher, C2S.host, { command: 'configure', settings: { planningSeconds: 90 } })).ok).toBe(true);
    expect(applyHostCommand(fork.match, { command: 'configure', settings: { planningSeconds: 0 } }).ok).toBe(true);
    expect((await call(teacher, C2S.host, { command: 'start' })).ok).toBe(true);
    expect(applyHostCommand(fork.match, { command: 'resolveNow' }).ok).toBe(true);
    // same state, same (bot) orders: the fork's quarter 1 equals the source's
    expect(fork.match.log.quarters.map((q) => q.quarter)).toEqual([0, 1]);
    expect(fork.match.log.quarters[1]?.hash).toBe(must(source.match.log.quarters[1], "the source's quarter 2").hash);
    await teacher.room.leave();
    await fork.disconnect();
    await source.disconnect();
  });
});
