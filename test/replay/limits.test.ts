import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { GameServer } from '../../server';
import { applyHostCommand } from '../../server/room/hostCommands';
import { findMatchRoom } from '../../server/room/create';
import * as actions from '../../server/room/playerActions';
import { C2S } from '../../shared/protocol';
import { ROLES } from '../../shared/roles';
import {
  MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER,
  MAX_HOST_EVENTS_PER_QUARTER,
  MAX_RECORD_DEAL_ACTIONS,
  MAX_RECORD_HOST_EVENTS,
  checkRecord,
} from '../../shared/replay';
import { call, createMatch, joinMatch, startTestServer } from '../server/helpers';

// Finding H4 of issue 12: one player proposing valid deals as fast as allowed made the match's
// own record exceed the record format's 500-deal-actions bound, so the record was "corrupt" and
// the match was not restored after a restart. The server now bounds deal actions per company and
// host events per quarter, so that every seat at its limit still makes a valid record.

const PORT = 2714;
const dirs: string[] = [];
let game: GameServer | null = null;

afterAll(async () => {
  await game?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a match record cannot be bloated past its format', () => {
  it('the per-quarter bounds of the server fit the record format', () => {
    expect(ROLES.length * MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER).toBeLessThanOrEqual(MAX_RECORD_DEAL_ACTIONS);
    expect(MAX_HOST_EVENTS_PER_QUARTER).toBeLessThanOrEqual(MAX_RECORD_HOST_EVENTS);
  });

  it('a hostile player and host hit their bounds; the record stays valid and the match is restored after a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'cr-limits-'));
    dirs.push(dataDir);
    game = (await startTestServer(PORT, dataDir)).game;
    const bots = { microsoft: { kind: 'bot' as const }, amazon: { kind: 'bot' as const }, google: { kind: 'bot' as const } };
    const mallory = await createMatch(PORT, { name: 'Mallory', role: 'openai', settings: { seed: 'bloat', quarters: 4, planningSeconds: 0, resultsSeconds: 0, seats: bots } });
    const code = mallory.session().code;
    const bob = await joinMatch(PORT, code, { name: 'Bob', role: 'meta' });
    expect((await call(mallory, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    const match = findMatchRoom(code)!.match;
    await vi.waitFor(() => expect(match.phase).toBe('planning'));

    // Straight into the player action, past the per-connection rate limit, as a flood over many connections would be.
    const propose = () =>
      actions.proposeDeal(match, mallory.session().sessionId, {
        to: 'microsoft',
        terms: { seller: 'microsoft', buyer: 'openai', cuPerQuarter: 0.1, pricePerCU: 3.4, quarters: 2 },
      });
    const results = Array.from({ length: MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER + 15 }, propose);
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER);
    const refused = results.at(-1)!;
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('INVALID_DEAL');
      expect(refused.error.message).toBe(`a company can make at most ${MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER} deal proposals and answers while a quarter is planned; openai has made them all this quarter`);
    }
    // Another company keeps its own allowance.
    const bobsDeal = actions.proposeDeal(match, bob.session().sessionId, { to: 'amazon', terms: { seller: 'amazon', buyer: 'meta', cuPerQuarter: 0.1, pricePerCU: 3.4, quarters: 2 } });
    expect(bobsDeal.ok).toBe(true);
    const events = Array.from({ length: MAX_HOST_EVENTS_PER_QUARTER + 5 }, () => applyHostCommand(match, { command: 'injectEvent', eventId: 'rateCut' }));
    expect(events.filter((r) => r.ok)).toHaveLength(MAX_HOST_EVENTS_PER_QUARTER);
    expect(events.at(-1)).toMatchObject({ ok: false, error: { code: 'NO_EFFECT' } });

    expect(applyHostCommand(match, { command: 'resolveNow' }).ok).toBe(true);
    const id = game.storage!.tracker.idOf(match)!;
    const stored = checkRecord(JSON.parse(game.storage!.store.get(id)!.text));
    expect(stored.ok).toBe(true);
    if (stored.ok) {
      expect(stored.record.quarters[0]?.dealActions).toHaveLength(MAX_DEAL_ACTIONS_PER_SEAT_PER_QUARTER + 1);
      expect(stored.record.quarters[0]?.hostEvents).toHaveLength(MAX_HOST_EVENTS_PER_QUARTER);
    }
    // The next quarter's allowance starts again.
    applyHostCommand(match, { command: 'next' });
    expect(propose().ok).toBe(true);

    await game.close();
    game = (await startTestServer(PORT, dataDir)).game;
    expect(game.restored).toEqual([expect.objectContaining({ code, restored: true, quarters: 1, pending: 1 })]);
  });
});
