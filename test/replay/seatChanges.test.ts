import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { GameServer } from '../../server';
import { C2S } from '../../shared/protocol';
import { afterRestart } from '../classroom/helpers';
import { call, createMatch, joinMatch, startTestServer } from '../server/helpers';

// A seat taken from its holder during a match (kicked, or turned into a bot) stays taken across a
// restart: the room a restart restores is written when its seats change, not only at the next
// quarter, so the old seat token does not open the seat again.

const PORT = 2719;
let game: GameServer | null = null;
const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-seats-'));

afterAll(async () => {
  await game?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('seat changes across a restart', () => {
  it('a kicked player cannot come back with the old seat token after the server restarts', async () => {
    game = (await startTestServer(PORT, dataDir)).game;
    const bots = { microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } };
    const ada = await createMatch(PORT, { name: 'Ada', role: 'openai', settings: { seed: 'kick', quarters: 4, planningSeconds: 600, resultsSeconds: 0, seats: bots } });
    const code = ada.session().code;
    const hostSecret = ada.session().hostSecret!;
    const bob = await joinMatch(PORT, code, { name: 'Bob', role: 'meta' });
    const bobToken = bob.session().seatToken!;
    expect((await call(ada, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    expect((await call(ada, C2S.host, { command: 'kick', role: 'meta' })).ok).toBe(true);
    await vi.waitFor(() => expect(ada.room.state.seats.get('meta')!.name).toBe(''));

    await game.close();
    game = (await startTestServer(PORT, dataDir)).game;
    expect(game.restored).toEqual([expect.objectContaining({ code, restored: true })]);
    await expect(afterRestart(() => joinMatch(PORT, code, { seatToken: bobToken }))).rejects.toThrow(/BAD_TOKEN/);
    const host = await afterRestart(() => joinMatch(PORT, code, { hostSecret }));
    expect(host.session().isHost).toBe(true);
    await host.room.leave();
  });
});
