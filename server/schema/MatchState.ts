import { schema, t, type SchemaType } from '@colyseus/schema';
import { ROOM_SETTINGS } from '../../shared/wire/tables';
import { schemaOf } from './build';
import { CompanySchema } from './company';
import { ActiveEventSchema, ContractSchema, EngineSettingsSchema, GlobalSchema } from './market';
import { SeatPrivateSchema, SeatSchema } from './seat';

// Root state of the `match` room. Everything here except `privates` is public; `privates` holds
// one entry per seat and each client's StateView only contains its own seat's entry. The engine's
// parts (global, companies, contracts, events, news, proposals, the seat's private company fields)
// are built from their wire tables (shared/wire/tables.ts); numbers are float64 throughout.

/** The room's settings (shared/protocol/settings.ts) without the seats. */
export const SettingsSchema = schemaOf(ROOM_SETTINGS);

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
    /** The engine's scenario id and match settings (the view's scenarioId and settings). */
    scenarioId: t.string().default(''),
    engineSettings: t.ref(EngineSettingsSchema),
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
    /** In a class: the quarter its groups may plan at most (results end only when the teacher or the class timer moves on); -1 outside a class. */
    classPace: t.float64().default(-1),
    /** In a class: the results time is over and the group waits for the other groups or the teacher. */
    resultsOver: t.boolean().default(false),
    /** Role → seat. */
    seats: t.map(SeatSchema),
    global: t.ref(GlobalSchema),
    /** Role → company (public figures and history). */
    companies: t.map(CompanySchema),
    contracts: t.array(ContractSchema),
    events: t.array(ActiveEventSchema),
    /**
     * How many quarter reports the match has. The reports are not in the schema: each is sent once
     * as a `report` frame (shared/wire/reportFrame.ts) before the patch that counts it.
     */
    reportCount: t.uint16().default(0),
    /** Role → private part; visible only to that seat's client (StateView). */
    privates: t.map(SeatPrivateSchema).view(),
  },
  'MatchState',
);
export type MatchStateSchema = SchemaType<typeof MatchStateSchema>;
