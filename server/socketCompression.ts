import { Protocol, getMessageBytes } from '@colyseus/core';
import { WebSocketClient, type TransportOptions } from '@colyseus/ws-transport';
import { S2C } from '../shared/protocol';

/**
 * permessage-deflate for the room WebSocket at zlib level 1 (most of the gain for a fraction of
 * the CPU of the default), with ws's default window (32 KB) and context takeover: the context
 * carries from frame to frame, which is what makes a resolution's patch small (a smaller window
 * — windowBits 13 or 12 — sent 7.9–8.4 KB per client-quarter in stress instead of 5.7–5.9 KB). ws
 * would then compress every frame whatever its size (its threshold applies only without context
 * takeover), so frames under the threshold are sent uncompressed here (raw below): answers and
 * small patches gain little, and each compression is a trip through zlib's thread pool that a
 * resolution's patch then queues behind (4,000 clients: p95 78 → 43 ms, +0.3 KB a client-quarter).
 */
export const DEFLATE_THRESHOLD_BYTES = 1024;

/**
 * zlib's hash tables: a connection's deflate context takes 2^(windowBits+2) + 2^(memLevel+9)
 * bytes, 256 KB at the default memLevel 8 and 160 KB at 6 (measured, once a 60 KB message went
 * through: 333 and 275 KB of RSS), with the same bytes on the wire (5.9 KB per client-quarter in
 * stress with either) and the same CPU.
 */
const DEFLATE_MEM_LEVEL = 6;

export function socketCompression(on: boolean): TransportOptions['perMessageDeflate'] {
  if (!on) return false;
  sendLobbyFramesUncompressed();
  return { threshold: DEFLATE_THRESHOLD_BYTES, zlibDeflateOptions: { level: 1, memLevel: DEFLATE_MEM_LEVEL } };
}

type RawSend = (this: WebSocketClient, data: Uint8Array, options?: unknown, cb?: (err?: Error) => void) => void;
const UNCOMPRESSED = { binary: true, compress: false };
const plain = new WeakSet<object>();
let installed = false;

/**
 * Whether the frames to this client are compressed. ws compresses every frame of a connection
 * that negotiated permessage-deflate with context takeover (its size threshold applies only
 * without it), and its first compressed frame creates the connection's deflate context: about
 * 250 KB of native memory (zlib's window and hash tables) kept as long as the connection. A client
 * waiting in a lobby receives only small frames (seats, answers), so it is sent them as they are
 * and costs no context until its match starts.
 */
export function compressFrames(client: object, on: boolean): void {
  if (on) plain.delete(client);
  else plain.add(client);
}

/** How every `report` message starts: its bytes are a report the room already compressed (server/schema/reportFrames.ts). */
const REPORT_HEADER = Uint8Array.from(getMessageBytes.raw(Protocol.ROOM_DATA_BYTES, S2C.report, undefined, new Uint8Array(0)));

function isReport(data: Uint8Array): boolean {
  if (data.byteLength < REPORT_HEADER.byteLength) return false;
  for (let i = 0; i < REPORT_HEADER.byteLength; i++) if (data[i] !== REPORT_HEADER[i]) return false;
  return true;
}

/**
 * Frames to clients marked by compressFrames(client, false) (the join frame included: the room
 * marks a client in onJoin), frames under DEFLATE_THRESHOLD_BYTES, and reports (compressed
 * already, once per room) go out as they are.
 */
function sendLobbyFramesUncompressed(): void {
  if (installed) return;
  installed = true;
  const proto = WebSocketClient.prototype as unknown as { raw: RawSend };
  const raw = proto.raw;
  proto.raw = function (this: WebSocketClient, data, options, cb) {
    if (!plain.has(this) && data.byteLength >= DEFLATE_THRESHOLD_BYTES && !isReport(data)) return raw.call(this, data, options, cb);
    this.ref.send(data, UNCOMPRESSED, cb);
  };
}
