import { matchMaker } from '@colyseus/core';
import { ROOM_NAME } from '../shared/protocol';
import { matchPersistence } from './room/persistence';
import type { MatchRoom } from './room/MatchRoom';

// On SIGTERM/SIGINT (and GameServer.close) every match this process runs is written once more
// before its room goes away, so a restart restores it even if a save during play had failed.

/** Saves every started match of this process; returns the join codes saved. */
export async function saveLiveMatches(): Promise<string[]> {
  const persistence = matchPersistence();
  if (!persistence) return [];
  const saved: string[] = [];
  for (const listing of await matchMaker.query({ name: ROOM_NAME, processId: matchMaker.processId })) {
    const room = matchMaker.getLocalRoomById(listing.roomId) as MatchRoom | undefined;
    const match = room?.match;
    // A lobby has nothing to restore yet.
    if (!match || match.phase === 'lobby') continue;
    persistence.save(match);
    saved.push(match.code);
  }
  return saved;
}
