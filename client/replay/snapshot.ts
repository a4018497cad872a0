import type { MatchState, QuarterReport } from '../../shared/engine/types';
import { calendarOf } from '../../shared/engine/calendar';
import { standings } from '../../shared/engine/standings';
import { stateHash } from '../../shared/engine/state-hash';
import { publicCompany, withHistory } from '../../shared/engine/view';
import { matchNews } from '../../shared/engine/history';
import type { MatchRecord } from '../../shared/replay';
import { ROLES, type Role } from '../../shared/roles';
import type { CompanyView, MatchSnapshot, SeatView } from '../state/model';

// A replayed engine state seen as the client's MatchSnapshot (what the room state would have
// shown a spectator at that point), so the viewer draws with the same chart builders as the
// live screens.

function seatOf(record: MatchRecord, role: Role): SeatView {
  const s = record.seats.find((x) => x.role === role);
  const plays = record.settings.activeSeats.includes(role);
  return {
    role,
    kind: (plays ? (s?.kind ?? 'bot') : 'absent'),
    persona: (s?.persona ?? 'classic'),
    name: s?.name ?? '',
    claimed: s?.kind === 'human' && !!s.name,
    connected: false,
    ready: false,
    submitted: false,
    autopilot: false,
    reconnectDeadline: 0,
  };
}

function companyOf(state: MatchState, role: Role, reports: readonly QuarterReport[]): CompanyView {
  return publicCompany(withHistory(state.companies[role], reports));
}

export function snapshotOf(record: MatchRecord, state: MatchState, reports: QuarterReport[], id: string | null): MatchSnapshot {
  const cal = calendarOf(state.settings, Math.min(state.quarter, Math.max(0, state.settings.quarters - 1)));
  const companies: MatchSnapshot['companies'] = {};
  for (const r of state.settings.activeSeats) companies[r] = companyOf(state, r, reports);
  return {
    code: id ?? '',
    phase: state.finished ? 'debrief' : 'results',
    quarter: state.quarter,
    calendar: cal,
    finished: state.finished,
    timerDeadline: 0,
    timerPaused: false,
    timerRemainingMs: 0,
    settings: {
      scenario: record.scenarioId,
      seed: record.seed,
      quarters: record.settings.quarters,
      planningSeconds: 0,
      resultsSeconds: 0,
      reconnectSeconds: 0,
      autopilot: false,
      startYear: record.settings.startYear,
      startQuarter: record.settings.startQuarter,
    },
    engineVersion: record.engineVersion,
    stateHash: stateHash(state),
    storageProblem: '',
    wireProblem: '',
    hostConnected: false,
    hostRole: null,
    spectators: 0,
    seats: Object.fromEntries(ROLES.map((r) => [r, seatOf(record, r)])) as Record<Role, SeatView>,
    global: { ...state.global, customCaps: { ...state.global.customCaps }, moodHistory: [...state.global.moodHistory] },
    companies,
    contracts: state.contracts,
    events: state.events,
    news: matchNews(reports),
    reports,
    standings: standings(state).map((s, i) => ({ ...s, rank: i + 1 })),
    own: null,
  };
}
