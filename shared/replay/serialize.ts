import { stableHash } from '../engine/hash';
import type { MatchRecord } from './types';

// Writing a record: the checksum covers every other field (key order and whitespace do not
// matter: stableHash is content-based), and the format marker comes first in the file so a cut
// or foreign file is recognised from its first bytes.

export function recordChecksum(record: Omit<MatchRecord, 'checksum'> & { checksum?: string }): string {
  const { checksum: _c, ...rest } = record;
  void _c;
  return stableHash(rest);
}

/** The record with its checksum set, fields in the documented order. */
export function sealRecord(record: Omit<MatchRecord, 'checksum'> & { checksum?: string }): MatchRecord {
  const sealed: MatchRecord = {
    format: record.format,
    formatVersion: record.formatVersion,
    engineVersion: record.engineVersion,
    scenarioId: record.scenarioId,
    scenarioHash: record.scenarioHash,
    status: record.status,
    seed: record.seed,
    settings: record.settings,
    seats: record.seats,
    meta: record.meta,
    standings: record.standings,
    startHash: record.startHash,
    quarters: record.quarters,
    scenario: record.scenario,
    checksum: '',
  };
  sealed.checksum = recordChecksum(sealed);
  return sealed;
}

/** JSON text of the sealed record; `pretty` indents it (for files kept in git). */
export function serializeRecord(record: Omit<MatchRecord, 'checksum'> & { checksum?: string }, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(sealRecord(record), null, options.pretty ? 1 : undefined) + (options.pretty ? '\n' : '');
}
