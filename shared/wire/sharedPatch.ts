// A state patch whose shared part the room compressed once for all its clients. Colyseus encodes a
// patch's shared changes once and appends each client's own (StateView) changes; a resolution's
// shared part is 3–6 KB of float64 figures (every company's cohorts, trail row, cash…) that every
// seat and spectator receives alike. The room deflates it once and sends each client a `patch`
// message instead of the plain patch:
//
//   bytes 0–3   length of the compressed shared part (unsigned, big-endian)
//   then        the shared part as raw DEFLATE (RFC 1951), no dictionary: a client that joins
//               later must be able to read the next patch
//   then        the client's own changes, as Colyseus encoded them
//
// Reading it back gives exactly the bytes of the plain patch (without its protocol byte), for the
// client's schema decoder.

export const SHARED_PATCH_HEADER_BYTES = 4;

/** The message body: header, compressed shared part, the client's own changes. */
export function sharedPatchMessage(compressedShared: Uint8Array, own: Uint8Array): Uint8Array {
  const out = new Uint8Array(SHARED_PATCH_HEADER_BYTES + compressedShared.byteLength + own.byteLength);
  new DataView(out.buffer).setUint32(0, compressedShared.byteLength);
  out.set(compressedShared, SHARED_PATCH_HEADER_BYTES);
  out.set(own, SHARED_PATCH_HEADER_BYTES + compressedShared.byteLength);
  return out;
}

/** The compressed shared part and the client's own changes, or why the message is not a shared patch. */
export function readSharedPatch(message: unknown): { compressedShared: Uint8Array; own: Uint8Array } | { error: string } {
  if (!(message instanceof Uint8Array)) return { error: 'a shared patch must be bytes' };
  if (message.byteLength < SHARED_PATCH_HEADER_BYTES) return { error: `a shared patch of ${message.byteLength} bytes is shorter than its header` };
  const length = new DataView(message.buffer, message.byteOffset, message.byteLength).getUint32(0);
  const end = SHARED_PATCH_HEADER_BYTES + length;
  if (end > message.byteLength) return { error: `a shared patch announces ${length} compressed bytes but holds ${message.byteLength - SHARED_PATCH_HEADER_BYTES}` };
  return { compressedShared: message.subarray(SHARED_PATCH_HEADER_BYTES, end), own: message.subarray(end) };
}
