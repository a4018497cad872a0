// Why a record file cannot be read or replayed. Each kind names a different cause so the person
// holding the file knows what to do: download it again (truncated), get another copy (corrupt),
// pick the right file (foreign), distrust it (tampered), or use the matching build (versions).

export type RecordErrorKind = 'tooLarge' | 'truncated' | 'corrupt' | 'foreign' | 'formatVersion' | 'tampered' | 'engineVersion';

export interface RecordError {
  kind: RecordErrorKind;
  /** One sentence naming the problem, for people. */
  message: string;
  /** Specifics: field paths, offsets, differing values. */
  details: string[];
}

export const RECORD_ERROR_TITLES: Record<RecordErrorKind, string> = {
  tooLarge: 'file too large',
  truncated: 'truncated file',
  corrupt: 'corrupt file',
  foreign: 'not a match record',
  formatVersion: 'unsupported record format version',
  tampered: 'modified record',
  engineVersion: 'recorded with another engine version',
};

export function recordError(kind: RecordErrorKind, message: string, details: string[] = []): RecordError {
  return { kind, message, details };
}

/** Thrown by functions that take an already-parsed record (replay, fork) when it cannot be used. */
export class RecordProblem extends Error {
  readonly problem: RecordError;
  constructor(problem: RecordError) {
    super(`${RECORD_ERROR_TITLES[problem.kind]}: ${problem.message}${problem.details.length ? ` (${problem.details.join('; ')})` : ''}`);
    this.name = 'RecordProblem';
    this.problem = problem;
  }
}
