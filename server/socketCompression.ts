import type { TransportOptions } from '@colyseus/ws-transport';

/**
 * permessage-deflate for the room WebSocket, from this frame size up: a resolved quarter's patch
 * (reports and histories as JSON text) shrinks several times, while small acks and seat updates
 * are not worth the CPU. Level 1: most of the gain for a fraction of the CPU of the default.
 */
export const DEFLATE_THRESHOLD_BYTES = 1024;

export function socketCompression(on: boolean): TransportOptions['perMessageDeflate'] {
  return on ? { threshold: DEFLATE_THRESHOLD_BYTES, zlibDeflateOptions: { level: 1 } } : false;
}
