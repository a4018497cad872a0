import type { Room } from '@colyseus/sdk';
import { inflateSync } from 'fflate';
import { S2C } from '../../shared/protocol';
import { readSharedPatch } from '../../shared/wire/sharedPatch';

interface PatchingRoom {
  serializer: { patch(bytes: Uint8Array, it: { offset: number }): unknown };
  onStateChange: { invoke(state: unknown): void };
  state: unknown;
}

/**
 * Applies a `patch` message (shared/wire/sharedPatch.ts) as the SDK applies a state patch: the
 * shared part inflated, the client's own changes after it, through the room's schema decoder, then
 * the room's state-change signal. Returns why it could not, or null.
 */
export function applySharedPatch(room: Room, message: unknown): string | null {
  const parts = readSharedPatch(message);
  if ('error' in parts) return parts.error;
  let shared: Uint8Array;
  try {
    shared = inflateSync(parts.compressedShared);
  } catch (err) {
    return `a state patch could not be read (${err instanceof Error ? err.message : String(err)})`;
  }
  const bytes = new Uint8Array(shared.byteLength + parts.own.byteLength);
  bytes.set(shared, 0);
  bytes.set(parts.own, shared.byteLength);
  const r = room as unknown as PatchingRoom;
  r.serializer.patch(bytes, { offset: 0 });
  r.onStateChange.invoke(r.state);
  return null;
}

/**
 * Applies every `patch` message of a match room from now on: any client of a match room must, or
 * its state misses each quarter's resolution (docs/PROTOCOL.md section 3). `problem` hears why
 * one could not be applied.
 */
export function followSharedPatches(room: Room, problem?: (message: string) => void): void {
  room.onMessage(S2C.patch, (message: unknown) => {
    const why = applySharedPatch(room, message);
    if (why !== null) problem?.(why);
  });
}
