import { ENGINE_VERSION } from '../engine/version';
import { lineColumn, scanJson } from './json-scan';
import { recordSchema } from './schema';
import { recordChecksum } from './serialize';
import { recordError, type RecordError } from './errors';
import { RECORD_FORMAT, RECORD_FORMAT_VERSION, type MatchRecord } from './types';

// Reading a record file: every way it can be unusable gets its own error kind (errors.ts).
// A record from another engine version reads fine (its summary is valid); only replaying it is
// refused, by replay.ts.

/** On a checksum mismatch `record` still holds the (well-formed) content, so it can be re-run to find what changed. */
export type ReadResult = { ok: true; record: MatchRecord } | { ok: false; error: RecordError; record?: MatchRecord };

/** Default upload limit: a 40-quarter, 5-seat record is far below it. */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;

const fail = (error: RecordError): ReadResult => ({ ok: false, error });

function describeBytes(n: number): string {
  return n < 1024 ? `${n} bytes` : `${(n / 1024).toFixed(1)} KB`;
}

export function parseRecordBytes(bytes: Uint8Array, maxBytes = MAX_RECORD_BYTES): ReadResult {
  if (bytes.length > maxBytes)
    return fail(recordError('tooLarge', `The file is ${describeBytes(bytes.length)}; records are limited to ${describeBytes(maxBytes)}.`));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
    if (loose.includes(RECORD_FORMAT))
      return fail(recordError('corrupt', 'The record file is corrupt: it contains bytes that are not valid UTF-8 text.'));
    return fail(recordError('foreign', 'This is not a Compute Race match record: it is binary data, not JSON text.'));
  }
  return parseRecordText(text, maxBytes);
}

export function parseRecordText(input: string, maxBytes = MAX_RECORD_BYTES): ReadResult {
  if (input.length > maxBytes)
    return fail(recordError('tooLarge', `The file is ${describeBytes(input.length)}; records are limited to ${describeBytes(maxBytes)}.`));
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const trimmed = text.trimStart();
  if (trimmed.length === 0) return fail(recordError('truncated', 'The file is empty: nothing of the record was written or copied.'));
  const marked = text.slice(0, 4096).includes(`"${RECORD_FORMAT}"`);

  const scan = scanJson(text);
  if (scan.status === 'truncated') {
    if (trimmed[0] === '{' || marked)
      return fail(
        recordError('truncated', `The file is truncated: it ends after ${describeBytes(new TextEncoder().encode(text).length)} in the middle of the record (an interrupted download or copy?).`, [
          `the JSON text stops before its closing '}'`,
        ]),
      );
    return fail(recordError('foreign', 'This is not a Compute Race match record: it is not a JSON object.'));
  }
  if (scan.status === 'invalid') {
    const { line, column } = lineColumn(text, scan.at);
    const where = `line ${line}, column ${column} (character ${scan.at})`;
    const found = JSON.stringify(text.slice(scan.at, scan.at + 12));
    if (marked)
      return fail(recordError('corrupt', `The record file is corrupt: its JSON text is broken at ${where}.`, [`expected ${scan.expected}, found ${found}`]));
    return fail(
      recordError('foreign', `This is not a Compute Race match record: it is not valid JSON (broken at ${where}) and has no record marker.`, [
        `expected ${scan.expected}, found ${found}`,
      ]),
    );
  }
  return checkRecord(JSON.parse(text));
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(record)';
}

/** Validates parsed JSON as a record: format, version, shape, checksum. */
export function checkRecord(data: unknown): ReadResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail(recordError('foreign', `This is not a Compute Race match record: it is JSON ${Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data}, not a record object.`));
  const obj = data as Record<string, unknown>;
  if (!('format' in obj))
    return fail(recordError('foreign', `This is not a Compute Race match record: it has no 'format' field (expected "${RECORD_FORMAT}").`));
  if (obj.format !== RECORD_FORMAT)
    return fail(recordError('foreign', `This is not a Compute Race match record: its format is ${JSON.stringify(obj.format)}, not "${RECORD_FORMAT}".`));
  if (obj.formatVersion !== RECORD_FORMAT_VERSION) {
    const v = obj.formatVersion;
    if (typeof v === 'number' && Number.isInteger(v) && v > RECORD_FORMAT_VERSION)
      return fail(recordError('formatVersion', `The record uses format version ${v}; this build of Compute Race reads version ${RECORD_FORMAT_VERSION}. Use a newer build to open it.`));
    return fail(recordError('corrupt', `The record is corrupt: formatVersion is ${JSON.stringify(v)}; expected ${RECORD_FORMAT_VERSION}.`));
  }
  const parsed = recordSchema.safeParse(data);
  const checksumOk = typeof obj.checksum === 'string' && recordChecksum(obj as unknown as MatchRecord) === obj.checksum;
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 8).map((i) => `${issuePath(i.path)}: ${i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}` : i.message}`);
    if (parsed.error.issues.length > 8) issues.push(`… and ${parsed.error.issues.length - 8} more`);
    const engineNote = typeof obj.engineVersion === 'string' && obj.engineVersion !== ENGINE_VERSION ? ` (it was written by engine ${obj.engineVersion}; this is ${ENGINE_VERSION})` : '';
    return fail(recordError('corrupt', `The record is corrupt: ${parsed.error.issues.length} field${parsed.error.issues.length === 1 ? ' is' : 's are'} missing or invalid${engineNote}.`, issues));
  }
  const record = parsed.data as unknown as MatchRecord;
  if (!checksumOk)
    return {
      ok: false,
      record,
      error: recordError('tampered', 'The record was modified after it was written: its checksum does not match its content.', [
        `checksum ${record.checksum} recorded, content hashes to ${recordChecksum(record)}`,
      ]),
    };
  return { ok: true, record };
}

/** Same engine version as this build: the record can be replayed and verified here. */
export function engineVersionProblem(record: Pick<MatchRecord, 'engineVersion'>): RecordError | null {
  if (record.engineVersion === ENGINE_VERSION) return null;
  return recordError(
    'engineVersion',
    `The record was made with engine version ${record.engineVersion}; this build runs engine ${ENGINE_VERSION}, so its quarters cannot be re-run here. It is not damaged: open it with a Compute Race build of engine ${record.engineVersion}.`,
  );
}
