import { ROLES, type Role } from '../roles';
import { calendarOf } from './calendar';
import { companyHistory, matchNews } from './history';
import type { CompanyState, CompanyWithHistory, MatchState, PlayerView, PublicCompany, QuarterReport } from './types';

// What one seat (or a spectator, seat null) may see: other seats' pending orders, proposals not
// involving the seat and other companies' private fields are removed. Treat the result as read-only.
// The quarters' reports are not part of the match state (resolveQuarter returns each one beside the
// new state; whoever runs the match keeps them): they are passed in, every seat sees all of them,
// and the companies' history rows and the news feed are built from them (history.ts).

export function publicCompany(c: CompanyWithHistory): PublicCompany {
  const { allocation: _a, lastEquityRaiseQ: _l, vendorOffer: _v, ...rest } = c;
  void _a;
  void _l;
  void _v;
  return { ...rest, cloud: { ...c.cloud, askPrice: 0 } };
}

/** The company with its history rows built from the reports. */
export function withHistory(c: CompanyState, reports: readonly QuarterReport[]): CompanyWithHistory {
  return { ...c, history: companyHistory(reports, c.role) };
}

export function playerView(state: MatchState, seat: Role | null, reports: readonly QuarterReport[]): PlayerView {
  const full = Object.fromEntries(ROLES.map((r) => [r, withHistory(state.companies[r], reports)])) as Record<Role, CompanyWithHistory>;
  const companies = Object.fromEntries(ROLES.map((r) => [r, publicCompany(full[r])])) as Record<Role, PublicCompany>;
  const calQ = Math.min(state.quarter, Math.max(0, state.settings.quarters - 1));
  return {
    seat,
    scenarioId: state.scenario.id,
    quarter: state.quarter,
    finished: state.finished,
    settings: state.settings,
    calendar: calendarOf(state.settings, calQ),
    global: state.global,
    companies,
    own: seat ? full[seat] : null,
    contracts: state.contracts,
    proposals: seat ? state.proposals.filter((p) => p.from === seat || p.to === seat) : [],
    events: state.events,
    pending: seat ? (state.pending[seat] ?? null) : null,
    submitted: ROLES.filter((r) => state.pending[r] !== undefined),
    news: matchNews(reports),
    lastReport: reports.length > 0 ? reports[reports.length - 1]! : null,
    reports: reports as QuarterReport[],
  };
}
