import { deflateRawSync } from 'node:zlib';
import { ClientState, Protocol, SchemaSerializer, getMessageBytes, type Client } from '@colyseus/core';
import type { Schema } from '@colyseus/schema';
import { S2C } from '../../shared/protocol';
import { sharedPatchMessage } from '../../shared/wire/sharedPatch';

/**
 * A shared part this large is compressed (a resolution's: 3–6 KB, deflated to about two thirds);
 * smaller ones (a submit flag, a seat's ready state) go as Colyseus patches.
 */
export const SHARED_PATCH_THRESHOLD_BYTES = 1024;
/** 4.6 → 3.1 KB at level 9 for a 40-quarter match's patches, 0.1 ms each, once per room. */
const LEVEL = 9;

const joined = (c: Client) => c.state === ClientState.JOINED;

/** The shared part of a patch as a `patch` message carries it, or null when it goes as a plain patch. */
export function compressedSharedPart(shared: Uint8Array): Uint8Array | null {
  return shared.byteLength >= SHARED_PATCH_THRESHOLD_BYTES ? deflateRawSync(shared, { level: LEVEL }) : null;
}

/**
 * Colyseus's schema serializer, with each large patch's shared part compressed once per room
 * (shared/wire/sharedPatch.ts) instead of by every socket. Everything else (full states, small
 * patches, rooms without views, timed frames) is Colyseus's own path.
 */
export class SharedPatchSerializer extends SchemaSerializer<Schema> {
  override applyPatches(clients: Client[], state?: unknown, timing?: Parameters<SchemaSerializer<Schema>['applyPatches']>[2]): boolean {
    if (timing !== undefined || !this.hasFilters || !this.encoder.hasChanges || !clients.some(joined)) return super.applyPatches(clients, state, timing);
    this.needFullEncode = true;
    const it = { offset: 1 };
    this.encoder.sharedBuffer[0] = Protocol.ROOM_STATE_PATCH;
    const shared = this.encoder.encode(it);
    const sharedOffset = it.offset;
    const compressed = compressedSharedPart(shared.subarray(1, sharedOffset));
    for (const client of clients) {
      if (!joined(client)) continue;
      const body = client.view ? this.encoder.encodeView(client.view, sharedOffset, it) : shared;
      if (!compressed) client.raw(body);
      else client.raw(getMessageBytes.raw(Protocol.ROOM_DATA_BYTES, S2C.patch, undefined, sharedPatchMessage(compressed, body.subarray(sharedOffset))));
    }
    this.encoder.discardChanges();
    return true;
  }
}
