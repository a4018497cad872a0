import type { ClassCreateOptions, ScheduledEventInput } from '../../../shared/classroom/protocol';
import type { PersonaId, SettingsInput } from '../../../shared/protocol';
import { ROLES, type Role } from '../../../shared/roles';

// The class being set up, as plain data (kept across visits to the setup screen in this tab), and
// what "Create class" sends: checked here so a bad seed or a class without a company is said next to
// its field before anything goes to the server.

export type SeatChoice = 'human' | 'bot' | 'absent';

export interface SetupDraft {
  title: string;
  groups: number;
  quarters: number;
  planning: number;
  results: number;
  seed: string;
  scenario: string;
  autopilot: boolean;
  /** Off: only the events the teacher injects or schedules happen. */
  randomEvents: boolean;
  /** Students appear as "Group 2 · Seat 3" instead of the names they type. */
  anonymous: boolean;
  /** Events injected into every group when the class opens their quarter. */
  schedule: ScheduledEventInput[];
  kinds: Record<Role, SeatChoice>;
  personas: Record<Role, PersonaId>;
}

export const QUARTER_CHOICES = [4, 6, 8, 10, 12] as const;
export const PLANNING_CHOICES = [90, 120, 180, 300, 0] as const;
export const RESULTS_CHOICES = [15, 30, 60, 0] as const;

export function newDraft(scenario: string): SetupDraft {
  return {
    title: '',
    groups: 6,
    quarters: 8,
    planning: 180,
    results: 30,
    seed: '',
    scenario,
    autopilot: true,
    randomEvents: true,
    anonymous: false,
    schedule: [],
    kinds: Object.fromEntries(ROLES.map((r) => [r, 'human'])) as Record<Role, SeatChoice>,
    personas: Object.fromEntries(ROLES.map((r) => [r, 'classic'])) as Record<Role, PersonaId>,
  };
}

export type DraftProblem = { field: 'seed'; key: 'setup.seedError' } | { field: 'seats'; key: 'setup.noCompany' } | { field: 'schedule'; key: 'schedule.beyond' };

export function draftProblems(d: SetupDraft): DraftProblem[] {
  const out: DraftProblem[] = [];
  const seed = d.seed.trim();
  if (seed && !/^[A-Za-z0-9._-]{1,64}$/.test(seed)) out.push({ field: 'seed', key: 'setup.seedError' });
  if (ROLES.every((r) => d.kinds[r] === 'absent')) out.push({ field: 'seats', key: 'setup.noCompany' });
  if (d.schedule.some((e) => e.quarter >= d.quarters)) out.push({ field: 'schedule', key: 'schedule.beyond' });
  return out;
}

export function studentSeats(d: SetupDraft): number {
  return d.groups * ROLES.filter((r) => d.kinds[r] === 'human').length;
}

export function createOptions(d: SetupDraft): ClassCreateOptions {
  const seed = d.seed.trim();
  const seats = Object.fromEntries(ROLES.map((r) => [r, { kind: d.kinds[r], persona: d.personas[r] }])) as SettingsInput['seats'];
  const settings: SettingsInput = {
    ...(d.scenario ? { scenario: d.scenario } : {}),
    ...(seed ? { seed } : {}),
    quarters: d.quarters,
    planningSeconds: d.planning,
    resultsSeconds: d.results,
    autopilot: d.autopilot,
    ...(d.randomEvents ? {} : { randomEvents: false }),
    seats,
  };
  return {
    groups: d.groups,
    ...(d.title.trim() ? { title: d.title.trim() } : {}),
    settings,
    ...(d.anonymous ? { anonymousNames: true } : {}),
    ...(d.schedule.length ? { schedule: d.schedule } : {}),
  };
}
