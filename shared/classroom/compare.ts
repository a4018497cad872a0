import type { Role } from '../roles';
import type { ClassData, GroupData, GroupSeatKind, GroupStatus } from './data';

// Two classes side by side (e.g. two periods on the same seed): per group, where it ended —
// mood, each company's return and who played it — computed from each class's debrief data.

export interface ComparedCompany {
  role: Role;
  kind: GroupSeatKind;
  /** The student's name ('' for bots). */
  name: string;
  /** Total shareholder return as a fraction (0.25 = 25 %). */
  tsr: number;
  sharePrice: number;
  marketCap: number;
  bankrupt: boolean;
}

export interface ComparedGroup {
  group: number;
  code: string;
  status: GroupStatus;
  quartersPlayed: number;
  /** Investor mood after each quarter played. */
  moodPath: number[];
  /** Mood after the last quarter played (null before the first). */
  mood: number | null;
  /** The company with the best return (null before the first quarter). */
  leader: Role | null;
  companies: ComparedCompany[];
}

export interface ClassComparison {
  classId: string;
  title: string;
  createdAt: string;
  seed: string;
  scenarioId: string;
  quarters: number;
  groups: ComparedGroup[];
}

function comparedGroup(g: GroupData): ComparedGroup {
  const last = g.quarters.at(-1);
  const companies: ComparedCompany[] = g.activeSeats.map((role) => {
    const seat = g.seats.find((s) => s.role === role);
    const c = last?.companies.find((x) => x.role === role);
    return {
      role,
      kind: seat?.kind ?? 'bot',
      name: seat?.name ?? '',
      tsr: c?.tsr ?? 0,
      sharePrice: c?.sharePrice ?? g.startSharePrice[role] ?? 0,
      marketCap: c?.marketCap ?? 0,
      bankrupt: c?.bankrupt ?? false,
    };
  });
  let leader: Role | null = null;
  if (last) for (const c of companies) if (!c.bankrupt && (leader === null || c.tsr > companies.find((x) => x.role === leader)!.tsr)) leader = c.role;
  return {
    group: g.group,
    code: g.code,
    status: g.status,
    quartersPlayed: g.quartersPlayed,
    moodPath: g.quarters.map((q) => q.mood),
    mood: last ? last.mood : null,
    leader,
    companies,
  };
}

/** One class's side of the comparison. */
export function classComparison(data: ClassData): ClassComparison {
  return {
    classId: data.classId,
    title: data.title,
    createdAt: data.createdAt,
    seed: data.seed,
    scenarioId: data.scenarioId,
    quarters: data.quarters,
    groups: data.groups.map(comparedGroup),
  };
}
