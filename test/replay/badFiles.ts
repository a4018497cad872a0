import { ENGINE_VERSION } from '../../shared/index';
import { recordQuarter } from './helpers';
import { recordChecksum, sealRecord, serializeRecord, type MatchRecord, type RecordErrorKind } from '../../shared/replay';

// Every way a record file can be unusable (issue 6, point 4), built from one good record. Used by
// the parser tests and by the HTTP upload tests, so both see the same files.

export interface BadFile {
  name: string;
  bytes: Uint8Array;
  kind: RecordErrorKind;
  /** Part of the message that names the problem. */
  says: RegExp;
}

const enc = (s: string) => new TextEncoder().encode(s);

/** A record edited and re-sealed (a valid file whose content was changed on purpose). */
export function resealed(record: MatchRecord, edit: (r: MatchRecord) => void): MatchRecord {
  const copy = structuredClone(record);
  edit(copy);
  return sealRecord(copy);
}

export function badFiles(record: MatchRecord): BadFile[] {
  const text = serializeRecord(record);
  const pretty = serializeRecord(record, { pretty: true });
  const mid = Math.floor(text.length / 2);
  const editedOrders = JSON.parse(text) as MatchRecord;
  recordQuarter(editedOrders, 3).orders.meta!.chips.gw += 1;
  const editedHash = JSON.parse(text) as MatchRecord;
  recordQuarter(editedHash, editedHash.quarters.length - 1).hash = 'ffffffffffffffff';
  const otherEngine = resealed(record, (r) => {
    r.engineVersion = `${ENGINE_VERSION}-other`;
  });
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x01]);
  const invalidUtf8 = enc(text);
  invalidUtf8[mid] = 0xff;
  const missingField = JSON.parse(text) as Record<string, unknown>;
  delete missingField.seed;
  missingField.checksum = recordChecksum(missingField as unknown as MatchRecord);
  const futureFormat = { ...JSON.parse(text), formatVersion: 2 };

  return [
    { name: 'empty file', bytes: enc(''), kind: 'truncated', says: /empty/ },
    { name: 'cut after 40 bytes', bytes: enc(text.slice(0, 40)), kind: 'truncated', says: /truncated/ },
    { name: 'cut in the middle', bytes: enc(text.slice(0, mid)), kind: 'truncated', says: /truncated/ },
    { name: 'missing the last brace', bytes: enc(text.slice(0, text.length - 1)), kind: 'truncated', says: /truncated/ },
    { name: 'indented file cut short', bytes: enc(pretty.slice(0, pretty.length - 200)), kind: 'truncated', says: /truncated/ },
    { name: 'garbage in the middle', bytes: enc(text.slice(0, mid) + '"\u0001#' + text.slice(mid + 3)), kind: 'corrupt', says: /corrupt.*line 1, column/ },
    { name: 'bytes that are not UTF-8', bytes: invalidUtf8, kind: 'corrupt', says: /not valid UTF-8/ },
    { name: 'two records glued together', bytes: enc(text + text), kind: 'corrupt', says: /corrupt/ },
    { name: 'a required field missing', bytes: enc(JSON.stringify(missingField)), kind: 'corrupt', says: /missing or invalid/ },
    { name: 'a PNG image', bytes: png, kind: 'foreign', says: /not a Compute Race match record: it is binary/ },
    { name: 'plain text', bytes: enc('Quarterly notes: buy chips, build data centres.\n'), kind: 'foreign', says: /not a Compute Race match record/ },
    { name: 'package.json', bytes: enc(JSON.stringify({ name: 'compute-race', version: '0.1.0' })), kind: 'foreign', says: /no 'format' field/ },
    { name: 'another format', bytes: enc(JSON.stringify({ format: 'chess-pgn', formatVersion: 1 })), kind: 'foreign', says: /"chess-pgn"/ },
    { name: 'a JSON array', bytes: enc('[1,2,3]'), kind: 'foreign', says: /array/ },
    { name: 'a newer format version', bytes: enc(JSON.stringify(futureFormat)), kind: 'formatVersion', says: /format version 2/ },
    { name: 'orders edited by hand', bytes: enc(JSON.stringify(editedOrders)), kind: 'tampered', says: /modified after it was written/ },
    { name: 'a hash edited by hand', bytes: enc(JSON.stringify(editedHash)), kind: 'tampered', says: /checksum does not match/ },
    { name: 'another engine version', bytes: enc(serializeRecord(otherEngine)), kind: 'engineVersion', says: new RegExp(`engine version ${ENGINE_VERSION}-other`) },
  ];
}
