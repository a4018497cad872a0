import { SchemaSerializer } from '@colyseus/core';

// Works around a Colyseus 0.18.17 bug that a small encoder buffer exposes (server/index.ts sets
// Encoder.BUFFER_SIZE to 64 KB so an idle room stays small). When a room's full state outgrows the
// serializer's full-state buffer, encodeAll() re-encodes into a larger buffer and returns it, but
// the serializer keeps the old one and builds every seat's filtered full state (StateView) from it:
// a client joining a long match then decodes a truncated state (no reports, no history). Here the
// serializer adopts the grown buffer and encodes again, so the views are built from the whole state.

interface FullStateSerializer {
  fullEncodeBuffer: Uint8Array;
  fullEncodeCache: Uint8Array | undefined;
  needFullEncode: boolean;
  getFullState: (this: FullStateSerializer, client?: unknown, timing?: unknown) => Uint8Array;
}

let installed = false;

export function adoptGrownFullStateBuffer(): void {
  if (installed) return;
  installed = true;
  const proto = SchemaSerializer.prototype as unknown as FullStateSerializer;
  const original = proto.getFullState;
  proto.getFullState = function (this: FullStateSerializer, client?: unknown, timing?: unknown): Uint8Array {
    const result = original.call(this, client, timing);
    const cache = this.fullEncodeCache;
    if (!cache || cache.buffer === this.fullEncodeBuffer.buffer) return result;
    this.fullEncodeBuffer = new Uint8Array(cache.buffer);
    this.needFullEncode = true;
    return original.call(this, client, timing);
  };
}
