import type { Room } from '@colyseus/sdk';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { C2S, S2C } from '../../shared/protocol';
import { readSharedPatch, sharedPatchMessage } from '../../shared/wire/sharedPatch';
import { applySharedPatch } from '../../client/state/sharedPatch';
import { SHARED_PATCH_THRESHOLD_BYTES } from '../../server/schema/sharedPatchSerializer';
import { boot, call, clientSnapshot, createMatch, joinMatch, ordersFor, serverForFile, serverRoom, waitForCount } from './helpers';
import { playerView } from '../../shared/engine/view';

// A resolution's shared changes are compressed once per room and sent as `patch` messages
// (shared/wire/sharedPatch.ts); small patches stay Colyseus patches. Every client's state must be
// the same as with plain patches: test/server/wire.test.ts compares whole seat views at every step.

const PORT = 2692;
const b = serverForFile(() => boot(PORT));

describe('the shared patch format', () => {
  it('reads back what was written, and names what is wrong with a bad message', () => {
    const message = sharedPatchMessage(new Uint8Array([1, 2, 3]), new Uint8Array([9, 8]));
    expect(readSharedPatch(message)).toEqual({ compressedShared: new Uint8Array([1, 2, 3]), own: new Uint8Array([9, 8]) });
    expect(readSharedPatch('text')).toEqual({ error: 'a shared patch must be bytes' });
    expect(readSharedPatch(new Uint8Array([0, 0]))).toEqual({ error: 'a shared patch of 2 bytes is shorter than its header' });
    expect(readSharedPatch(new Uint8Array([0, 0, 0, 9, 1]))).toEqual({ error: 'a shared patch announces 9 compressed bytes but holds 1' });
  });

  it('is refused by the client with the reason when its compressed part is corrupt, and the state is left as it was', () => {
    const fake = { serializer: { patch: vi.fn() }, onStateChange: { invoke: vi.fn() }, state: {} } as unknown as Room;
    expect(applySharedPatch(fake, sharedPatchMessage(new Uint8Array([0xff, 0xff, 0xff]), new Uint8Array(0)))).toMatch(/^a state patch could not be read/);
    expect((fake as unknown as { serializer: { patch: ReturnType<typeof vi.fn> } }).serializer.patch).not.toHaveBeenCalled();
  });
});

describe('compressed shared patches in a match', () => {
  it('carry each resolution once compressed for every client, smaller than the plain shared part', async () => {
    const ada = await createMatch(PORT, { name: 'Ada', role: 'openai', settings: { quarters: 4, planningSeconds: 0, resultsSeconds: 0, seats: { meta: { kind: 'bot' }, microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } } } });
    const code = ada.session().code;
    const watcher = await joinMatch(PORT, code, {});
    const seen: Record<'ada' | 'watcher', { compressed: number; shared: number; own: number }[]> = { ada: [], watcher: [] };
    for (const [who, p] of [['ada', ada], ['watcher', watcher]] as const) {
      p.room.onMessage(S2C.patch, (m: Uint8Array) => {
        const parts = readSharedPatch(m);
        if ('error' in parts) throw new Error(parts.error);
        seen[who].push({ compressed: parts.compressedShared.byteLength, shared: inflateRawSync(parts.compressedShared).byteLength, own: parts.own.byteLength });
      });
    }
    expect((await call(ada, C2S.host, { command: 'start', force: true })).ok).toBe(true);
    await vi.waitFor(() => expect(ada.room.state.phase).toBe('planning'));
    for (let q = 0; q < 2; q++) {
      expect((await call(ada, C2S.submitOrders, { orders: ordersFor(b, code, 'openai') })).ok).toBe(true);
      await waitForCount(watcher, S2C.resolved, q + 1);
      await call(ada, C2S.ready, { ready: true });
      await vi.waitFor(() => expect(ada.room.state.quarter).toBe(q + 1));
    }
    // The start and each resolution: the same shared part for both, the seat's own changes beside it.
    expect(seen.watcher.length).toBeGreaterThanOrEqual(3);
    expect(seen.ada.map((x) => [x.compressed, x.shared])).toEqual(seen.watcher.map((x) => [x.compressed, x.shared]));
    for (const x of seen.watcher) {
      expect(x.shared).toBeGreaterThanOrEqual(SHARED_PATCH_THRESHOLD_BYTES);
      expect(x.compressed).toBeLessThan(x.shared * 0.8);
      expect(x.own).toBe(0);
    }
    expect(seen.ada.some((x) => x.own > 0)).toBe(true);
    const match = serverRoom(b, code).match;
    await vi.waitFor(() => expect(clientSnapshot(watcher).companies.openai?.cash).toBe(match.state.companies.openai.cash));
    expect(clientSnapshot(ada).own?.view).toEqual(playerView(match.state, 'openai', match.reports));
    for (const p of [ada, watcher]) await p.room.leave();
  });
});
