import { schema, t, type SchemaType } from '@colyseus/schema';
import { OWN_PRIVATE, PROPOSAL } from '../../shared/wire/tables';
import type { SeatRecord } from '../room/seats';
import { schemaFields, schemaOf } from './build';

// Seats (who plays which company) and each seat's private part, which only that seat's client
// sees (StateView).

/** Who holds a seat and how it is played: the fields a match seat and a class seat share (fresh builders each call). */
export function seatFields() {
  return {
    role: t.string(),
    /** human | bot | absent (from the settings; seatToBot turns human into bot). */
    kind: t.string().default('human'),
    /** Bot persona used for bot seats and for autopilot. */
    persona: t.string().default('classic'),
    /** Display name of the player holding the seat, '' when nobody does. */
    name: t.string().default(''),
    /** A person holds this seat (connected or not). */
    claimed: t.boolean().default(false),
    connected: t.boolean().default(false),
    /** Lobby: ready to start. Results: ready for the next quarter. */
    ready: t.boolean().default(false),
    /** Orders submitted for the quarter being planned. */
    submitted: t.boolean().default(false),
    /** The seat's bot plays it for now (its player dropped past the grace period, or was kicked). */
    autopilot: t.boolean().default(false),
  };
}

export const SeatSchema = schema(
  {
    ...seatFields(),
    /** Epoch ms at which a dropped player's grace period ends (0 = not dropped). */
    reconnectDeadline: t.float64().default(0),
  },
  'Seat',
);
export type SeatSchema = SchemaType<typeof SeatSchema>;

type SeatFieldValues = { [K in keyof ReturnType<typeof seatFields>]: SeatSchema[K] };

/** Writes the shared seat fields from the seat's record; `kind` and `submitted` as the caller sees them. */
export function assignSeatFields(target: SeatFieldValues, rec: SeatRecord, kind: string, submitted: boolean): void {
  target.role = rec.role;
  target.kind = kind;
  target.persona = rec.persona;
  target.name = rec.name;
  target.claimed = rec.tokenHash !== null;
  target.connected = rec.connected;
  target.ready = rec.ready;
  target.submitted = submitted;
  target.autopilot = rec.autopilot;
}

export const ProposalSchema = schemaOf(PROPOSAL);

export const SeatPrivateSchema = schema(
  {
    role: t.string(),
    /** JSON of the seat's pending Orders for the quarter being planned, '' when none. */
    pendingOrders: t.string().default(''),
    /** Own company's private fields (allocationTraining, …, lastEquityRaiseQ, cloudAskPrice), hidden from other seats. */
    ...schemaFields(OWN_PRIVATE),
    /** Deal proposals from or to this seat. */
    proposals: t.array(ProposalSchema),
  },
  'SeatPrivate',
);
export type SeatPrivateSchema = SchemaType<typeof SeatPrivateSchema>;
