import type { PlayerView } from '../../shared/engine/types';
import { ROLES } from '../../shared/roles';
import { ACTIVE_EVENT, COMPANY, CONTRACT, GLOBAL, MATCH_SETTINGS, OWN_PRIVATE, PROPOSAL } from '../../shared/wire/tables';
import { assign, assignList, instanceOf } from './assign';
import type { MatchStateSchema } from './MatchState';
import type { SeatPrivateSchema } from './seat';

// Copies the engine's views into the schema by the wire tables (shared/wire/tables.ts): a field is
// written only when it changed, immutable rows (the trail) are only appended. The reports are
// counted here and sent beside the schema, compressed once per room (reportFrames.ts); the news
// feed and history rows are not sent: they are functions of the reports (matchNews, companyHistory).
// The client rebuilds each seat's PlayerView from the public part plus its private part
// (client/state/mirror.ts), so no view is ever sent whole.

/** Mirrors where the match stands (quarter, calendar, scenario, engine settings): all a lobby shows of the engine. */
export function mirrorHeader(target: MatchStateSchema, view: PlayerView): void {
  target.quarter = view.quarter;
  target.finished = view.finished;
  target.calendarYear = view.calendar.year;
  target.calendarQ = view.calendar.q;
  target.scenarioId = view.scenarioId;
  // The reports themselves travel as `report` frames (reportFrames.ts).
  if (target.reportCount !== view.reports.length) target.reportCount = view.reports.length;
  assign(target.engineSettings, view.settings, MATCH_SETTINGS);
}

/** Mirrors the public (spectator) view of the engine state. */
export function mirrorPublic(target: MatchStateSchema, view: PlayerView): void {
  mirrorHeader(target, view);
  assign(target.global, view.global, GLOBAL);
  const companies = target.companies;
  for (const role of ROLES) {
    const c = view.companies[role];
    const existing = companies.get(role);
    if (!c) companies.delete(role);
    else if (existing) assign(existing, c, COMPANY);
    else companies.set(role, instanceOf(c, COMPANY));
  }
  assignList(target.contracts, view.contracts, CONTRACT);
  assignList(target.events, view.events, ACTIVE_EVENT);
}

/** Mirrors one seat's private part from that seat's view. */
export function mirrorPrivate(target: SeatPrivateSchema, view: PlayerView): void {
  const pending = view.pending ? JSON.stringify(view.pending) : '';
  if (target.pendingOrders !== pending) target.pendingOrders = pending;
  if (view.own) assign(target, { allocation: view.own.allocation, lastEquityRaiseQ: view.own.lastEquityRaiseQ, vendorOffer: view.own.vendorOffer, cloudAskPrice: view.own.cloud.askPrice }, OWN_PRIVATE);
  assignList(target.proposals, view.proposals, PROPOSAL);
}
