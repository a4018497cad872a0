// A quarter report on the wire. Every seat and spectator of a room receives the same report, so
// the server compresses it once per room (not once per connection, as socket compression did) and
// sends the same bytes to everyone in a `report` message:
//
//   byte 0      REPORT_FRAME_VERSION
//   bytes 1–2   the report's index in the match (unsigned, big-endian)
//   bytes 3…    the report as UTF-8 JSON, raw DEFLATE (RFC 1951), with the previous report's JSON
//               (its last REPORT_DICTIONARY_BYTES) as preset dictionary; none for index 0
//
// Consecutive reports share most of their keys and many values, so the dictionary takes a 22 KB
// report from 6.2 KB (deflated alone) to 4.5 KB. A client therefore reads the frames in order: a
// frame for index 0 starts the match's reports over (on joining, reconnecting, or a match
// restarted from the lobby), and each later frame must follow the one before.

export const REPORT_FRAME_VERSION = 1;
export const REPORT_FRAME_HEADER_BYTES = 3;
/** DEFLATE's window: a longer dictionary is only read from its end. */
export const REPORT_DICTIONARY_BYTES = 32 * 1024;
/** An index must fit the two bytes of the header. */
export const MAX_REPORT_INDEX = 0xffff;

export interface ReportFrameParts {
  index: number;
  /** The raw DEFLATE stream. */
  body: Uint8Array;
}

/** The frame around a compressed report. */
export function reportFrame(index: number, body: Uint8Array): Uint8Array {
  if (!Number.isInteger(index) || index < 0 || index > MAX_REPORT_INDEX) throw new RangeError(`report index ${index} does not fit a report frame (0–${MAX_REPORT_INDEX})`);
  const out = new Uint8Array(REPORT_FRAME_HEADER_BYTES + body.byteLength);
  out[0] = REPORT_FRAME_VERSION;
  out[1] = index >> 8;
  out[2] = index & 0xff;
  out.set(body, REPORT_FRAME_HEADER_BYTES);
  return out;
}

/** The index and body of a frame, or why it is not one. */
export function readReportFrame(frame: unknown): ReportFrameParts | { error: string } {
  if (!(frame instanceof Uint8Array)) return { error: 'a report frame must be bytes' };
  if (frame.byteLength <= REPORT_FRAME_HEADER_BYTES) return { error: `a report frame of ${frame.byteLength} bytes is shorter than its header` };
  if (frame[0] !== REPORT_FRAME_VERSION) return { error: `report frame version ${frame[0]} is not ${REPORT_FRAME_VERSION} (server and client differ: reload the page)` };
  return { index: (frame[1]! << 8) | frame[2]!, body: frame.subarray(REPORT_FRAME_HEADER_BYTES) };
}

/** The dictionary a report is compressed against: the end of the previous report's JSON bytes. */
export function reportDictionary(previous: Uint8Array | null): Uint8Array | undefined {
  if (!previous) return undefined;
  return previous.byteLength > REPORT_DICTIONARY_BYTES ? previous.subarray(previous.byteLength - REPORT_DICTIONARY_BYTES) : previous;
}
