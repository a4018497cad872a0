import { matchMaker } from '@colyseus/core';
import { allocateJoinCode, releaseJoinCode, reserveJoinCode } from '../room/joinCodes';

// Join codes (match rooms) and class ids (class rooms) are room ids, unique across every server
// process: a code is claimed in a presence hash before its room exists (HINCRBY answers 1 to one
// claimer only, so two processes never hand out the same code) and checked against the room list
// of every process. With the in-memory presence this is one process's own bookkeeping.

export const SHARED_CODES_KEY = 'cr:codes';

function presence() {
  return matchMaker.presence as typeof matchMaker.presence | undefined;
}

/** Claims a code for a new room of this process; false when another process has it. */
export async function claimSharedCode(code: string): Promise<boolean> {
  const p = presence();
  if (!p) return true;
  if ((await p.hincrby(SHARED_CODES_KEY, code, 1)) !== 1) return false;
  if (await matchMaker.driver.has(code)) {
    await p.hdel(SHARED_CODES_KEY, code);
    return false;
  }
  return true;
}

/** A code picked at random that no room of any process uses, reserved for this process. */
export async function allocateSharedJoinCode(isTaken: (code: string) => boolean = () => false): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const code = allocateJoinCode(isTaken);
    if (await claimSharedCode(code)) return code;
    releaseJoinCode(code);
  }
  throw new Error('could not find a join code free on every server process');
}

/**
 * Reserves a given code for a room this process brings back (its match was restored here: the
 * store's lock says it is ours). A listing left by a process that died is cleared once Colyseus's
 * health check finds that process gone; a process that still answers keeps its room. Returns the
 * reason when the code cannot be used.
 */
export async function reserveSharedCode(code: string, isTaken: (code: string) => boolean = () => false): Promise<string | null> {
  if (!reserveJoinCode(code, isTaken)) return `join code ${code} is already in use on this server`;
  const p = presence();
  if (!p) return null;
  const listing = await matchMaker.driver.findOne({ roomId: code });
  if (listing && listing.processId !== matchMaker.processId) {
    const alive: unknown = await matchMaker.healthCheckProcessId(listing.processId);
    if (alive) {
      releaseJoinCode(code);
      return `join code ${code} is in use by a room of server process ${listing.processId}`;
    }
  }
  await p.hset(SHARED_CODES_KEY, code, '1');
  return null;
}

/** The room of this code is gone: the code is free again on every process. */
export function releaseSharedCode(code: string): void {
  releaseJoinCode(code);
  const p = presence();
  if (!p) return;
  Promise.resolve(p.hdel(SHARED_CODES_KEY, code)).catch((err: unknown) => console.error(`[cluster] could not release join code ${code}: ${(err as Error).message}`));
}
