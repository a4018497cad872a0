import { Callbacks, type Room } from '@colyseus/sdk';
import type { IRef } from '@colyseus/schema';
import type { CompanyWithHistory, DealProposal, MatchSettings, NewsItem, PlayerView, QuarterReport } from '../../shared/engine/types';
import type { Orders } from '../../shared/orders/types';
import type { Phase, SeatKind } from '../../shared/protocol';
import { ROLES, isRole, type Role } from '../../shared/roles';
import { companyHistory, matchNews } from '../../shared/engine/history';
import { standings } from '../../shared/engine/standings';
import { S2C } from '../../shared/protocol';
import { decode } from '../../shared/wire/decode';
import { ACTIVE_EVENT, COMPANY, CONTRACT, GLOBAL, MATCH_SETTINGS, OWN_PRIVATE, PROPOSAL, ROOM_SETTINGS, type OwnPrivate } from '../../shared/wire/tables';
import type { CompanyView, MatchSnapshot, PrivateView, SeatView, StandingRow } from './model';
import { ReportStream } from './reportStream';
import { followSharedPatches } from './sharedPatch';
import { watchItems, watchRef, watchTable, type StateCallbacks } from './watch';

// Keeps a MatchSnapshot of a `match` room up to date from Colyseus's field-level changes
// (Callbacks.get(room)): each part of the snapshot (global, every company, contracts, events,
// the seat's private part) is decoded again only after a change inside it; the cheap root fields
// and seats are read on every patch. The reports arrive beside the schema as `report` frames
// (reportStream.ts), and the snapshot holds as many as the schema's `reportCount` says the match
// has. The seat's PlayerView is rebuilt from the public state plus its private part, exactly as
// the engine's playerView(state, seat) gives it.

type State = Record<string, unknown>;

const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);

function parseJson<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function seatFrom(role: Role, s: State | undefined): SeatView {
  return {
    role,
    kind: str(s?.kind, 'absent') as SeatKind,
    persona: str(s?.persona, 'classic'),
    name: str(s?.name),
    claimed: !!s?.claimed,
    connected: !!s?.connected,
    ready: !!s?.ready,
    submitted: !!s?.submitted,
    autopilot: !!s?.autopilot,
    reconnectDeadline: num(s?.reconnectDeadline),
  };
}

/** The item of a decoded MapSchema under `key`. */
function entry(collection: unknown, key: string): State | undefined {
  const c = collection as { get?: (key: string) => State | undefined } | undefined;
  return c?.get?.(key);
}

/** The items of a decoded ArraySchema / MapSchema, in order. */
function each<V = State>(collection: unknown): V[] {
  const c = collection as { forEach?: (fn: (v: V) => void) => void } | undefined;
  const out: V[] = [];
  c?.forEach?.((v) => out.push(v));
  return out;
}

interface Parts {
  global: MatchSnapshot['global'];
  engineSettings: MatchSettings;
  companies: Partial<Record<Role, CompanyView>>;
  contracts: MatchSnapshot['contracts'];
  events: MatchSnapshot['events'];
  /** Not on the wire: the engine's news feed is a function of the reports (matchNews). */
  news: NewsItem[];
  reports: QuarterReport[];
  own: PrivateView | null;
  /** The private part's engine fields, for the PlayerView. */
  ownPrivate: (OwnPrivate & { proposals: DealProposal[] }) | null;
}

type PartName = Exclude<keyof Parts, 'companies' | 'ownPrivate' | 'news' | 'reports'>;

/** What a mirror tells its owner about the messages it reads beside Colyseus's own patches. */
export interface ReportListener {
  /** A frame brought the reports to what the schema already counts (after a join, a reconnection). */
  caughtUp?(): void;
  /** A report frame or a compressed patch could not be read. */
  problem?(message: string): void;
}

export class MatchMirror {
  private readonly dirty = new Set<PartName>(['global', 'engineSettings', 'contracts', 'events', 'own']);
  private readonly stream = new ReportStream();
  /** Which reports the parts were built from: the stream's generation and how many. */
  private reportsKey = '';
  private readonly dirtyCompanies = new Set<Role>();
  private allCompaniesDirty = true;
  private parts: Parts = {
    global: decode({}, GLOBAL),
    engineSettings: decode({}, MATCH_SETTINGS),
    companies: {},
    contracts: [],
    events: [],
    news: [],
    reports: [],
    own: null,
    ownPrivate: null,
  };
  /** The ranking, and the companies and settings it was computed from. */
  private standings: StandingRow[] = [];
  private standingsOf: { companies: Parts['companies']; settings: MatchSettings; lobby: boolean } | null = null;
  private ownRole: Role | null = null;
  private view: PlayerView | null = null;
  private viewStale = true;

  /** Why the last compressed state patch could not be applied, or the server speaks another protocol (null: neither). */
  private patchProblem: string | null = null;

  constructor(private readonly room: Room, listener: ReportListener = {}) {
    followSharedPatches(room, (problem) => {
      this.patchProblem = problem;
      listener.problem?.(problem);
    });
    room.onMessage(S2C.report, (frame: unknown) => {
      if (!this.stream.receive(frame)) {
        listener.problem?.(this.stream.problem ?? 'a report could not be read');
        return;
      }
      if (this.stream.reports.length === this.reportCount()) listener.caughtUp?.();
    });
    const cb: StateCallbacks = Callbacks.get<IRef>(room);
    const state = room.state as State;
    const mark = (part: PartName) => () => {
      this.dirty.add(part);
      this.viewStale = true;
    };
    watchRef(cb, state, 'global', (g) => {
      mark('global')();
      watchTable(cb, g, GLOBAL, mark('global'));
    });
    watchRef(cb, state, 'engineSettings', (e) => {
      mark('engineSettings')();
      watchTable(cb, e, MATCH_SETTINGS, mark('engineSettings'));
    });
    const companiesChanged = () => {
      this.allCompaniesDirty = true;
      this.viewStale = true;
    };
    watchItems(
      cb,
      state,
      'companies',
      (company) =>
        watchTable(cb, company, COMPANY, () => {
          const role = company.role;
          if (isRole(role)) this.dirtyCompanies.add(role);
          else this.allCompaniesDirty = true;
          this.viewStale = true;
        }),
      companiesChanged,
    );
    watchItems(cb, state, 'contracts', (item) => watchTable(cb, item, CONTRACT, mark('contracts')), mark('contracts'));
    watchItems(cb, state, 'events', (item) => watchTable(cb, item, ACTIVE_EVENT, mark('events')), mark('events'));
    const markOwn = mark('own');
    watchItems(
      cb,
      state,
      'privates',
      (priv) => {
        cb.onChange(priv, markOwn);
        watchItems(cb, priv, 'proposals', (p) => watchTable(cb, p, PROPOSAL, markOwn), markOwn);
      },
      markOwn,
    );
  }

  /** Decodes every part again at the next snapshot (after a reconnection re-sent the whole state). */
  invalidate(): void {
    for (const part of ['global', 'engineSettings', 'contracts', 'events', 'own'] as const) this.dirty.add(part);
    this.reportsKey = '';
    this.allCompaniesDirty = true;
    this.viewStale = true;
  }

  /** Records what the client cannot read from the server (shown with the reports' and patches' problems). */
  fail(message: string): void {
    this.patchProblem = message;
  }

  /** How many reports the match has, by the schema. */
  private reportCount(): number {
    return num((this.room.state as State | undefined)?.reportCount);
  }

  /**
   * Whether every report the schema counts has arrived. A client that joins or reconnects receives
   * the state first and the report frames right after it.
   */
  get reportsComplete(): boolean {
    return this.stream.problem !== null || this.stream.reports.length >= this.reportCount();
  }

  /** The snapshot as of the last patch, for the client holding `role` (null: spectator). */
  snapshot(role: Role | null): MatchSnapshot {
    const s = this.room.state as State;
    if (role !== this.ownRole) {
      this.ownRole = role;
      this.dirty.add('own');
      this.viewStale = true;
    }
    this.refreshParts(s, role);
    const seats = Object.fromEntries(ROLES.map((r) => [r, seatFrom(r, entry(s.seats, r))])) as Record<Role, SeatView>;
    this.refreshStandings(str(s.phase, 'lobby') === 'lobby');
    const snap: MatchSnapshot = {
      code: str(s.code),
      phase: str(s.phase, 'lobby') as Phase,
      quarter: num(s.quarter),
      calendar: { year: num(s.calendarYear, 2026), q: num(s.calendarQ, 1) },
      finished: !!s.finished,
      timerDeadline: num(s.timerDeadline),
      timerPaused: !!s.timerPaused,
      timerRemainingMs: num(s.timerRemainingMs),
      settings: decode(s.settings, ROOM_SETTINGS),
      engineVersion: str(s.engineVersion),
      stateHash: str(s.stateHash),
      storageProblem: str(s.storageProblem),
      wireProblem: this.stream.problem ?? this.patchProblem ?? '',
      hostConnected: !!s.hostConnected,
      hostRole: isRole(s.hostRole) ? s.hostRole : null,
      spectators: num(s.spectators),
      seats,
      global: this.parts.global,
      companies: this.parts.companies,
      contracts: this.parts.contracts,
      events: this.parts.events,
      news: this.parts.news,
      reports: this.parts.reports,
      standings: this.standings,
      own: this.parts.own,
    };
    if (snap.own) {
      const submitted = ROLES.filter((r) => snap.seats[r].submitted);
      const v = this.view;
      if (this.viewStale || !v || v.quarter !== snap.quarter || v.finished !== snap.finished || v.submitted.join() !== submitted.join()) this.view = this.playerView(s, snap, role, submitted);
      snap.own = { ...snap.own, view: this.view };
    }
    this.viewStale = false;
    return snap;
  }

  /** The engine's standings over the companies as mirrored (none in the lobby), as the server would rank them. */
  private refreshStandings(lobby: boolean): void {
    const { companies, engineSettings: settings } = this.parts;
    const was = this.standingsOf;
    if (was && was.companies === companies && was.settings === settings && was.lobby === lobby) return;
    this.standingsOf = { companies, settings, lobby };
    this.standings = lobby ? [] : standings({ settings, companies }).map((row, i) => ({ ...row, rank: i + 1 }));
  }

  private refreshParts(s: State, role: Role | null): void {
    const p = this.parts;
    const d = this.dirty;
    if (d.has('global')) p.global = decode(s.global, GLOBAL);
    if (d.has('engineSettings')) p.engineSettings = decode(s.engineSettings, MATCH_SETTINGS);
    // History rows and the news feed are built from the reports (they are not on the wire), so a
    // new report refreshes every company's history.
    const count = Math.min(num(s.reportCount), this.stream.reports.length);
    const key = `${this.stream.generation}:${count}`;
    const reportsChanged = key !== this.reportsKey;
    if (reportsChanged) {
      this.reportsKey = key;
      this.viewStale = true;
      p.reports = this.stream.reports.slice(0, count);
      p.news = matchNews(p.reports);
    }
    if (this.allCompaniesDirty || this.dirtyCompanies.size > 0 || reportsChanged) {
      const companies: Partial<Record<Role, CompanyView>> = {};
      for (const c of each(s.companies)) {
        const r = c.role;
        if (!isRole(r)) continue;
        const kept = p.companies[r];
        if (kept && !this.allCompaniesDirty && !this.dirtyCompanies.has(r)) companies[r] = reportsChanged ? { ...kept, history: companyHistory(p.reports, r) } : kept;
        else companies[r] = { ...decode(c, COMPANY), history: companyHistory(p.reports, r) };
      }
      p.companies = companies;
      this.allCompaniesDirty = false;
      this.dirtyCompanies.clear();
    }
    if (d.has('contracts')) p.contracts = each(s.contracts).map((c) => decode(c, CONTRACT));
    if (d.has('events')) p.events = each(s.events).map((e) => decode(e, ACTIVE_EVENT));
    if (d.has('own')) {
      const priv = role ? entry(s.privates, role) : undefined;
      if (!priv) {
        p.own = null;
        p.ownPrivate = null;
      } else {
        const fields = decode(priv, OWN_PRIVATE);
        const proposals = each(priv.proposals).map((x) => decode(x, PROPOSAL));
        p.ownPrivate = { ...fields, proposals };
        p.own = {
          pendingOrders: parseJson<Orders | null>(priv.pendingOrders, null),
          allocation: fields.allocation,
          lastEquityRaiseQ: fields.lastEquityRaiseQ,
          proposals: proposals.map(({ terms, ...rest }) => ({ ...rest, ...terms })),
          view: null,
        };
      }
    }
    d.clear();
  }

  /** The seat's engine view: what playerView(state, role) gives on the server. */
  private playerView(s: State, snap: MatchSnapshot, role: Role | null, submitted: Role[]): PlayerView | null {
    const priv = this.parts.ownPrivate;
    if (!role || !priv) return null;
    const companies = this.parts.companies as PlayerView['companies'];
    const pub = companies[role];
    if (!pub) return null;
    const own: CompanyWithHistory = {
      ...pub,
      allocation: priv.allocation,
      lastEquityRaiseQ: priv.lastEquityRaiseQ,
      vendorOffer: priv.vendorOffer,
      cloud: { ...pub.cloud, askPrice: priv.cloudAskPrice },
    };
    const reports = this.parts.reports;
    return {
      seat: role,
      scenarioId: str(s.scenarioId),
      quarter: snap.quarter,
      finished: snap.finished,
      settings: this.parts.engineSettings,
      calendar: snap.calendar as PlayerView['calendar'],
      global: this.parts.global,
      companies,
      own,
      contracts: this.parts.contracts,
      proposals: priv.proposals,
      events: this.parts.events,
      pending: snap.own?.pendingOrders ?? null,
      submitted,
      news: this.parts.news,
      lastReport: reports.at(-1) ?? null,
      reports,
    };
  }
}
