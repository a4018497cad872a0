import { randomBytes } from 'node:crypto';
import { matchMaker } from '@colyseus/core';
import { ROOM_NAME, type SettingsInput } from '../../shared/protocol';
import type { MatchInit } from './match';
import type { MatchRoom } from './MatchRoom';

// Creating match rooms from the server side (crash recovery, forks, classrooms). What the room
// needs is staged here under a one-time id and handed over through the create options, so a room
// can start from an engine state without that state ever travelling as client input.

export interface ServerRoomOptions {
  settings?: SettingsInput;
  /** Start from this engine state and log instead of a fresh match. */
  init?: MatchInit;
  /**
   * Default true: the room is disposed when its last client leaves (and, as every Colyseus room,
   * about 15 s after creation if nobody joined). Classrooms that open rooms ahead pass false.
   */
  autoDispose?: boolean;
  /** Join code to use instead of a new one (a match restored after a restart keeps its code). */
  code?: string;
}

const staged = new Map<string, ServerRoomOptions>();

export function takeStagedOptions(options: unknown): ServerRoomOptions | null {
  const id = (options as { staged?: unknown } | null)?.staged;
  if (typeof id !== 'string') return null;
  const found = staged.get(id) ?? null;
  staged.delete(id);
  return found;
}

/**
 * Creates a match room on this process. Nobody is host until a client joins with the room's
 * host secret (`room.match.hostSecret`), and the server may drive it with applyHostCommand.
 */
export async function createMatchRoom(options: ServerRoomOptions = {}): Promise<MatchRoom> {
  const id = randomBytes(16).toString('hex');
  staged.set(id, options);
  try {
    // On this process: the staged options live in its memory (matchMaker.createRoom may pick another process).
    const listing = await matchMaker.handleCreateRoom(ROOM_NAME, { staged: id });
    return matchMaker.getLocalRoomById(listing.roomId) as MatchRoom;
  } finally {
    staged.delete(id);
  }
}

export function findMatchRoom(code: string): MatchRoom | null {
  const room = matchMaker.getLocalRoomById(code) as MatchRoom | undefined;
  return room && room.roomName === ROOM_NAME ? room : null;
}
