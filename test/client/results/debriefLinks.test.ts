import { describe, expect, it } from 'vitest';
import type { RecordListItem } from '../../../shared/replay';
import { settingsInputSchema } from '../../../shared/protocol';
import { ROLES, type Role } from '../../../shared/roles';
import type { MatchSnapshot, SeatView } from '../../../client/state/model';
import { findRecordId } from '../../../client/views/results/findRecord';
import { sameSeedSettings } from '../../../client/views/results/sameSeed';

// The debrief's "play again with the same seed" settings and its search for this match's record.

function seat(role: Role, kind: SeatView['kind'], name = '', persona = 'classic'): SeatView {
  return { role, kind, persona, name, claimed: kind === 'human', connected: true, ready: false, submitted: false, autopilot: false, reconnectDeadline: 0 };
}

const seats = Object.fromEntries(ROLES.map((r) => [r, seat(r, r === 'meta' ? 'human' : r === 'openai' ? 'absent' : 'bot', r === 'meta' ? 'Ada' : '', r === 'google' ? 'frugal' : 'classic')])) as Record<Role, SeatView>;
const snap = {
  code: 'ABCD',
  settings: { scenario: 'base-2026', seed: 'seed-42', quarters: 4, planningSeconds: 0, resultsSeconds: 0, reconnectSeconds: 120, autopilot: true, startYear: 2026, startQuarter: 1 },
  seats,
  reports: [{}, {}, {}, {}],
  standings: [
    { role: 'meta', tsr: 0.12, rank: 1 },
    { role: 'google', tsr: -0.05, rank: 2 },
  ],
} as unknown as MatchSnapshot;

function item(over: Partial<RecordListItem>): RecordListItem {
  return {
    id: 'r1',
    origin: 'match',
    status: 'finished',
    scenarioId: 'base-2026',
    seed: 'seed-42',
    engineVersion: '2',
    quartersPlayed: 4,
    quartersTotal: 4,
    seats: ROLES.map((r) => ({ role: r, kind: seats[r].kind, name: seats[r].name, persona: seats[r].persona })),
    standings: [
      { role: 'meta', tsr: 0.12, bankrupt: false, sharePrice: 1, marketCap: 1 },
      { role: 'google', tsr: -0.05, bankrupt: false, sharePrice: 1, marketCap: 1 },
    ],
    createdAt: '',
    updatedAt: '',
    finishedAt: null,
    sizeBytes: 1,
    forkedFrom: null,
    note: null,
    ...over,
  };
}

describe('sameSeedSettings', () => {
  it('copies the seed, length, timers, calendar and every seat, and the server schema accepts it', () => {
    const s = sameSeedSettings(snap);
    expect(s.seed).toBe('seed-42');
    expect(s.quarters).toBe(4);
    expect(s.seats?.meta).toEqual({ kind: 'human', persona: 'classic' });
    expect(s.seats?.openai?.kind).toBe('absent');
    expect(s.seats?.google).toEqual({ kind: 'bot', persona: 'frugal' });
    expect(settingsInputSchema.safeParse(s).success).toBe(true);
  });
});

describe('findRecordId', () => {
  it('finds the record with this match seed, seats and standings', () => {
    expect(findRecordId([item({ id: 'other', seed: 'x' }), item({ id: 'mine' })], snap)).toBe('mine');
  });

  it('skips a replay of the same seed that ended differently, or with another player, or still playing', () => {
    const differentEnd = item({ id: 'a', standings: [{ role: 'meta', tsr: 0.3, bankrupt: false, sharePrice: 1, marketCap: 1 }] });
    const otherPlayer = item({ id: 'b', seats: ROLES.map((r) => ({ role: r, kind: seats[r].kind, name: r === 'meta' ? 'Bo' : '', persona: 'classic' })) });
    const playing = item({ id: 'c', status: 'playing' });
    expect(findRecordId([differentEnd, otherPlayer, playing], snap)).toBeNull();
  });
});
