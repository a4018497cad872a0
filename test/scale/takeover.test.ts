import { matchMaker } from '@colyseus/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROCESS_LEFT_TOPIC, startTakeover } from '../../server/scale/takeover';
import { serverForFile, startTestServer } from '../server/helpers';
import { freePort } from './support/freePort';

// When the processes notice one of them leaving (server/scale/takeover.ts), on the in-memory
// presence of one test server: a process announcing its graceful stop, and one still counted in the
// shared stats that no longer answers (killed). The restore runs a few ticks after, not forever.

const server = serverForFile(async () => startTestServer(await freePort()));
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

function watch(restored: string[]) {
  const restore = vi.fn(() => Promise.resolve(restored));
  const restoreClasses = vi.fn((_codes: ReadonlySet<string>) => Promise.resolve(undefined));
  stops.push(startTakeover({ restore, restoreClasses }, { tickMs: 20, ticksAfterLeave: 3, fallbackMs: 3_600_000 }));
  return { restore, restoreClasses };
}

describe('taking over the matches of a process that left', () => {
  it('nothing happens while every process is there', async () => {
    expect(server.game).toBeTruthy();
    const { restore } = watch([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(restore).not.toHaveBeenCalled();
  });

  it('a process announcing its stop: the restore runs for a few ticks, classes of the reopened groups follow', async () => {
    const { restore, restoreClasses } = watch(['ABCDEF']);
    await matchMaker.presence.publish(PROCESS_LEFT_TOPIC, 'stopping-process');
    await vi.waitFor(() => expect(restore).toHaveBeenCalledTimes(3));
    expect(restoreClasses).toHaveBeenCalledWith(new Set(['ABCDEF']));
    await new Promise((r) => setTimeout(r, 200));
    expect(restore).toHaveBeenCalledTimes(3);
  });

  it('a stopping process still draining its rooms: tried again once its channel is gone', async () => {
    const listen = () => undefined;
    await matchMaker.presence.subscribe('p:draining-process', listen);
    const { restore } = watch([]);
    await matchMaker.presence.publish(PROCESS_LEFT_TOPIC, 'draining-process');
    await vi.waitFor(() => expect(restore).toHaveBeenCalledTimes(3));
    await new Promise((r) => setTimeout(r, 100));
    expect(restore).toHaveBeenCalledTimes(3);
    await matchMaker.presence.unsubscribe('p:draining-process', listen);
    await vi.waitFor(() => expect(restore).toHaveBeenCalledTimes(6));
  });

  it('its own announcement is not a reason', async () => {
    const { restore } = watch([]);
    await matchMaker.presence.publish(PROCESS_LEFT_TOPIC, matchMaker.processId);
    await new Promise((r) => setTimeout(r, 200));
    expect(restore).not.toHaveBeenCalled();
  });

  it('a process still counted that does not answer (killed) is found and cleaned up, then its matches restored', async () => {
    await matchMaker.presence.hset('roomcount', 'killed-process', '2,3');
    const { restore } = watch([]);
    await vi.waitFor(() => expect(restore).toHaveBeenCalled(), { timeout: 10_000 });
    // Colyseus's health check took it out of the shared stats: it is not found again.
    expect(await matchMaker.presence.hget('roomcount', 'killed-process')).toBeNull();
    await vi.waitFor(() => expect(restore).toHaveBeenCalledTimes(3));
  });
});
