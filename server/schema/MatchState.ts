import { schema, t, type SchemaType } from '@colyseus/schema';
import { CompanySchema } from './company';
import { ActiveEventSchema, ContractSchema, GlobalSchema, NewsSchema } from './market';
import { SeatPrivateSchema, SeatSchema } from './seat';

// Numbers are float64 throughout: Colyseus's "number" type may send a fraction as float32, and
// the client must see the engine's figures exactly.
//
// Root state of the `match` room. Everything here except `privates` is public; `privates` holds
// one entry per seat and each client's StateView only contains its own seat's entry.

export const SettingsSchema = schema(
  {
    scenario: t.string(),
    /** Always shown, so any match can be replayed. */
    seed: t.string(),
    quarters: t.float64(),
    planningSeconds: t.float64(),
    resultsSeconds: t.float64(),
    reconnectSeconds: t.float64(),
    autopilot: t.boolean(),
    startYear: t.float64(),
    startQuarter: t.float64(),
  },
  'Settings',
);
export type SettingsSchema = SchemaType<typeof SettingsSchema>;

export const MatchStateSchema = schema(
  {
    /** Join code (also the room id). */
    code: t.string(),
    /** lobby | planning | results | debrief */
    phase: t.string().default('lobby'),
    /** Index of the quarter being planned (0-based); equals quarters when finished. */
    quarter: t.float64().default(0),
    /** Calendar of `quarter`. */
    calendarYear: t.float64(),
    calendarQ: t.float64(),
    finished: t.boolean().default(false),
    /** Epoch ms when the current phase's timer runs out; 0 = no timer running. */
    timerDeadline: t.float64().default(0),
    timerPaused: t.boolean().default(false),
    /** While paused: milliseconds that were left. */
    timerRemainingMs: t.float64().default(0),
    settings: t.ref(SettingsSchema),
    engineVersion: t.string(),
    scenarioHash: t.string(),
    /** Hash of the engine state after the last resolved quarter ('' before the first). */
    stateHash: t.string().default(''),
    /** Why the match cannot be saved right now ('' when it can); it stays paused until saving works again. */
    storageProblem: t.string().default(''),
    hostConnected: t.boolean().default(false),
    /** Seat of the host when the host plays, '' for a spectating host. */
    hostRole: t.string().default(''),
    /** Number of connected spectators (clients without a seat). */
    spectators: t.float64().default(0),
    /** Role → seat. */
    seats: t.map(SeatSchema),
    global: t.ref(GlobalSchema),
    /** Role → company (public figures and history). */
    companies: t.map(CompanySchema),
    contracts: t.array(ContractSchema),
    events: t.array(ActiveEventSchema),
    news: t.array(NewsSchema),
    /** One JSON-encoded QuarterReport per resolved quarter (shared/engine/types.ts). */
    reports: t.array('string'),
    /** JSON of the engine's standings(state): ranking by TSR, updated after every quarter. */
    standings: t.string().default(''),
    /** Role → private part; visible only to that seat's client (StateView). */
    privates: t.map(SeatPrivateSchema).view(),
  },
  'MatchState',
);
export type MatchStateSchema = SchemaType<typeof MatchStateSchema>;
