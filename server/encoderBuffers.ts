import { Encoder } from '@colyseus/schema';
import { adoptGrownFullStateBuffer } from './fullStateBuffer';

/**
 * Every room allocates two encoder buffers of this size up front (its patches and its full state),
 * so an idle room costs twice this. A lobby's full state is 2–3 KB; a running match's grows with
 * its history (tens of KB by its last quarter), and the encoder grows a room's buffers in steps of
 * this size when it needs to, so only the rooms that need large buffers hold them.
 */
export const ENCODER_BUFFER_BYTES = 16 * 1024;

interface ResizingEncoder {
  sharedBuffer: Uint8Array;
  _resizeBuffer(buffer: Uint8Array, usedOffset: number): Uint8Array;
}

let installed = false;

/**
 * Sets the encoder buffer size and makes growing a buffer quiet: Colyseus 0.18.17 prints a
 * warning with advice to raise BUFFER_SIZE every time a room's buffer grows, which here is the
 * intended way for a long match to get a larger buffer (hundreds of rooms would each print it).
 */
export function sizeEncoderBuffers(): void {
  Encoder.BUFFER_SIZE = ENCODER_BUFFER_BYTES;
  adoptGrownFullStateBuffer();
  if (installed) return;
  installed = true;
  const proto = Encoder.prototype as unknown as ResizingEncoder;
  proto._resizeBuffer = function (this: ResizingEncoder, buffer: Uint8Array, usedOffset: number): Uint8Array {
    const grown = new Uint8Array(Math.ceil(usedOffset / Encoder.BUFFER_SIZE) * Encoder.BUFFER_SIZE);
    grown.set(buffer);
    if (buffer === this.sharedBuffer) this.sharedBuffer = grown;
    return grown;
  };
}
