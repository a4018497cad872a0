import type { CloudStatus, MatchState, QuarterReport } from '../engine/types';
import { calendarLabel, calendarOf } from '../engine/calendar';
import { standings } from '../engine/standings';
import { companyHistory } from '../engine/history';
import type { Role } from '../roles';

// A group at a glance, for the host console and the projector's side-by-side view: mood, share
// prices and ranking. Small enough to send for twelve groups on every change.

export interface SummaryCompany {
  role: Role;
  sharePrice: number;
  startSharePrice: number;
  tsr: number;
  bankrupt: boolean;
  cloudStatus: CloudStatus;
  /** Share price at the start and after each quarter. */
  prices: number[];
}

export interface GroupSummary {
  /** Quarter being planned (0-based); equals quartersTotal when finished. */
  quarter: number;
  quartersTotal: number;
  startYear: number;
  startQuarter: number;
  /** Calendar of the quarter being planned (or of the last one when finished). */
  label: string;
  mood: number;
  /** Mood at the start and after each quarter. */
  moodHistory: number[];
  roiGap: number;
  companies: SummaryCompany[];
  /** Ranked by TSR (ties in seat order). */
  ranking: { role: Role; tsr: number; bankrupt: boolean }[];
  /** Events that started in the last resolved quarter. */
  lastEvents: { id: string; target?: Role; injected: boolean }[];
}

/** A group's standing from its engine state and the reports of the quarters it resolved (none before the first). */
export function groupSummary(state: MatchState, reports: readonly QuarterReport[]): GroupSummary {
  const last = reports.at(-1);
  const roles = state.settings.activeSeats;
  const shown = Math.min(state.quarter, state.settings.quarters - 1);
  const ranked = standings(state);
  const tsrOf = new Map(ranked.map((r) => [r.role, r.tsr]));
  return {
    quarter: state.quarter,
    quartersTotal: state.settings.quarters,
    startYear: state.settings.startYear,
    startQuarter: state.settings.startQuarter,
    label: calendarLabel(calendarOf(state.settings, shown)),
    mood: state.global.mood,
    moodHistory: [...state.global.moodHistory],
    roiGap: state.global.roiGap,
    companies: roles.map((role) => {
      const c = state.companies[role];
      return {
        role,
        sharePrice: c.bankrupt ? 0 : c.sharePrice,
        startSharePrice: c.startSharePrice,
        tsr: tsrOf.get(role)!,
        bankrupt: c.bankrupt,
        cloudStatus: c.cloud.status,
        prices: [c.startSharePrice, ...companyHistory(reports, role).map((h) => (h.bankrupt ? 0 : h.sharePrice))],
      };
    }),
    ranking: ranked.map((s) => ({ role: s.role, tsr: s.tsr, bankrupt: s.bankrupt })),
    lastEvents: (last?.events ?? []).filter((e) => e.started).map((e) => ({ id: e.id, ...(e.target ? { target: e.target } : {}), injected: e.injected })),
  };
}

/** Across groups: every (group, role) by TSR, best first; ties by group then seat order as given. */
export function crossGroupLeaderboard(groups: { group: number; summary: GroupSummary | null }[]): { group: number; role: Role; tsr: number; bankrupt: boolean }[] {
  const rows: { group: number; role: Role; tsr: number; bankrupt: boolean; order: number }[] = [];
  for (const g of groups) {
    if (!g.summary) continue;
    g.summary.companies.forEach((c, i) => rows.push({ group: g.group, role: c.role, tsr: c.tsr, bankrupt: c.bankrupt, order: i }));
  }
  rows.sort((a, b) => b.tsr - a.tsr || a.group - b.group || a.order - b.order);
  return rows.map(({ order: _o, ...r }) => r);
}
