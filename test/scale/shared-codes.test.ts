import { initializeRoomCache, matchMaker, subscribeIPC } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { createMatchRoom } from '../../server/room/create';
import { SHARED_CODES_KEY, allocateSharedJoinCode, claimSharedCode, releaseSharedCode, reserveSharedCode } from '../../server/scale/sharedCodes';
import { serverForFile, startTestServer } from '../server/helpers';
import { freePort } from './support/freePort';

// Join codes are room ids unique across every server process (server/scale/sharedCodes.ts). The
// arbitration runs on the presence and driver the processes share; here they are the in-memory
// ones of one server, and "another process" is a listing (and, when alive, a channel) of an id
// that is not this process's.

const server = serverForFile(async () => startTestServer(await freePort()));

function listElsewhere(code: string, processId: string): Promise<unknown> {
  return Promise.resolve(matchMaker.driver.persist(initializeRoomCache({ name: 'match', roomId: code, processId }), true));
}

describe('join codes shared by the server processes', () => {
  it('a claimed code is nobody else’s until released', async () => {
    expect(server.game).toBeTruthy();
    const code = await allocateSharedJoinCode();
    expect(await matchMaker.presence.hget(SHARED_CODES_KEY, code)).toBe('1');
    // Another process asking for the same code is told no.
    expect(await claimSharedCode(code)).toBe(false);
    releaseSharedCode(code);
    await expect.poll(() => matchMaker.presence.hget(SHARED_CODES_KEY, code)).toBeNull();
    expect(await claimSharedCode(code)).toBe(true);
    releaseSharedCode(code);
  });

  it('a code some process lists a room under is not handed out, even unclaimed', async () => {
    await listElsewhere('QQQQQ2', 'some-other-process');
    expect(await claimSharedCode('QQQQQ2')).toBe(false);
    expect(await matchMaker.presence.hget(SHARED_CODES_KEY, 'QQQQQ2')).toBeNull();
    await matchMaker.driver.remove('QQQQQ2');
  });

  it('a match room of this process keeps its code claimed while it lives', async () => {
    const room = await createMatchRoom({ settings: { seed: 'codes' } });
    expect(await claimSharedCode(room.roomId)).toBe(false);
    await room.disconnect();
    await expect.poll(() => matchMaker.presence.hget(SHARED_CODES_KEY, room.roomId)).toBeNull();
  });

  it('bringing a match back under its code: a dead process’s listing is cleared, a live one keeps it', async () => {
    // The process that listed it does not answer Colyseus's health check: its listing goes, the code is ours.
    await listElsewhere('QQQQQ3', 'dead-process');
    expect(await reserveSharedCode('QQQQQ3')).toBeNull();
    expect(await matchMaker.driver.has('QQQQQ3')).toBe(false);
    expect(await matchMaker.presence.hget(SHARED_CODES_KEY, 'QQQQQ3')).toBe('1');
    releaseSharedCode('QQQQQ3');

    // A process that answers keeps its room: the code is refused, saying where it lives.
    await subscribeIPC(matchMaker.presence, 'p:alive-process', () => true);
    await listElsewhere('QQQQQ4', 'alive-process');
    expect(await reserveSharedCode('QQQQQ4')).toBe('join code QQQQQ4 is in use by a room of server process alive-process');
    expect(await matchMaker.driver.has('QQQQQ4')).toBe(true);
    await matchMaker.driver.remove('QQQQQ4');
    await matchMaker.presence.unsubscribe('p:alive-process');
  });
});
