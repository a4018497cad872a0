// Match records (docs/REPLAY.md): format, reading with clear errors, building while playing,
// replaying and verifying with the engine. Pure: no Node or browser APIs beyond TextDecoder.
export * from './types';
export { recordSchema } from './schema';
export * from './limits';
export { RECORD_ERROR_TITLES, RecordProblem, recordError, type RecordError, type RecordErrorKind } from './errors';
export { parseRecordText, parseRecordBytes, checkRecord, engineVersionProblem, MAX_RECORD_BYTES, type ReadResult } from './parse';
export { recordChecksum, sealRecord, serializeRecord } from './serialize';
export { startRecord, quarterRecord, appendQuarter, withStatus, withSeats, withMeta, forkRecord, dealActionsOf, type QuarterInput, type UnsealedRecord } from './build';
export { stateCheck, compareChecks, describeDifference, type CheckDifference } from './check';
export { replayRecord, replayQuarter, replayToQuarter, verifyRecord, initialState, type ReplayResult, type ReplayFailure, type ReplayOptions, type Divergence, type VerifyReport } from './replay';
export { recordFromLog, type LoggedQuarter } from './from-log';
export { summarizeRecord, summaryLines, type RecordSummary } from './summary';
export { scanJson } from './json-scan';
