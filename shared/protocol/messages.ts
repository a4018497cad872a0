import { z } from 'zod';
import { ROLES } from '../roles';
import { PERSONA_IDS, settingsInputSchema } from './settings';
import type { ErrorPayload } from './errors';
import { dealTermsSchema } from '../orders/schema';

// Message names and payload schemas of the `match` room. docs/PROTOCOL.md describes each one
// with its errors and an example. Payloads are validated with these zod schemas on the server;
// the client may use them to check before sending.

export const PROTOCOL_VERSION = 2;
export const ROOM_NAME = 'match';

/** Per client: more messages than this within one second get RATE_LIMITED. */
export const RATE_LIMIT_PER_SECOND = 20;
/** Per message: a payload whose JSON encoding is larger than this gets PAYLOAD_TOO_LARGE. */
export const MAX_PAYLOAD_BYTES = 16 * 1024;
/** How long a host's allowReclaim stays open, and how long a seat request waits for the host. */
export const RECLAIM_WINDOW_SECONDS = 300;
/** Seat requests waiting for the host in one match room (a class also caps them across its groups). */
export const MAX_SEAT_REQUESTS_PER_ROOM = 8;

export const PHASES = ['lobby', 'planning', 'results', 'debrief'] as const;
export type Phase = (typeof PHASES)[number];

/** Client → server message names. */
export const C2S = {
  claimSeat: 'claimSeat',
  releaseSeat: 'releaseSeat',
  ready: 'ready',
  submitOrders: 'submitOrders',
  withdrawOrders: 'withdrawOrders',
  proposeDeal: 'proposeDeal',
  respondDeal: 'respondDeal',
  claimHost: 'claimHost',
  /** A student without a seat asks the host for one after the start (their own seat back, or a seat a bot plays). */
  requestSeat: 'requestSeat',
  host: 'host',
} as const;
export type ClientMessageType = (typeof C2S)[keyof typeof C2S];

/** Server → client message names. */
export const S2C = {
  /** Sent on join and whenever the client's seat or host status changes. */
  session: 'session',
  /** A client message was accepted. */
  ack: 'ack',
  /** A client message was refused; nothing changed. */
  error: 'error',
  /** Broadcast after each quarter resolves. */
  resolved: 'resolved',
  /** One quarter report, compressed once per room (bytes; shared/wire/reportFrame.ts). */
  report: 'report',
  /** A state patch whose shared part the room compressed once (bytes; shared/wire/sharedPatch.ts). */
  patch: 'patch',
  /** Sent to a client right before the host removes it. */
  kicked: 'kicked',
  /** The host answered this client's seat request, or it expired. */
  seatRequest: 'seatRequest',
} as const;
export type ServerMessageType = (typeof S2C)[keyof typeof S2C];

const role = z.enum(ROLES);
const party = z.enum([...ROLES, 'neutral']);

// ---------------------------------------------------------------- join / create options

export const joinOptionsSchema = z.strictObject({
  /** Display name; required when claiming a seat. */
  name: z.string().max(200).optional(),
  /** Seat to claim now (lobby, human seats only). Omit to join as spectator. */
  role: role.optional(),
  /** Reclaim a seat held before (from the `session` message), at any phase. */
  seatToken: z.string().min(1).max(128).optional(),
  /** Become host again (from the `session` message). */
  hostSecret: z.string().min(1).max(128).optional(),
});
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

export const createOptionsSchema = joinOptionsSchema.extend({
  settings: settingsInputSchema.optional(),
});
export type CreateOptions = z.infer<typeof createOptionsSchema>;

// ---------------------------------------------------------------- client → server payloads

export const claimSeatSchema = z.strictObject({ role, name: z.string().max(200) });
export const releaseSeatSchema = z.strictObject({});
export const readySchema = z.strictObject({ ready: z.boolean() });
/** `orders` is checked in full by shared/orders `validateOrders` (GAME.md §7). */
export const submitOrdersSchema = z.strictObject({ orders: z.record(z.string(), z.unknown()) });
export const withdrawOrdersSchema = z.strictObject({ quarter: z.number().int().min(0).max(1000) });

/** Same bounds as a deal inside orders (shared/orders). */
export { dealTermsSchema };
export const proposeDealSchema = z.strictObject({ to: party, terms: dealTermsSchema });
export const respondDealSchema = z.strictObject({ proposalId: z.string().min(1).max(64), accept: z.boolean() });
export const claimHostSchema = z.strictObject({ hostSecret: z.string().min(1).max(128) });
/** `name` is checked like every display name (checkDisplayName); `role` left out: any seat the host picks. */
export const requestSeatSchema = z.strictObject({ name: z.string().max(200), role: role.optional() });
/** A host display name for a seat: checked like every display name. */
const seatName = z.string().max(200);

export const hostCommandSchema = z.discriminatedUnion('command', [
  /** Lobby → planning. Refused while a seated player is not ready, unless force. */
  z.strictObject({ command: z.literal('start'), force: z.boolean().optional() }),
  z.strictObject({ command: z.literal('pause') }),
  z.strictObject({ command: z.literal('resume') }),
  z.strictObject({ command: z.literal('extendTimer'), seconds: z.number().int().min(1).max(3600) }),
  /** Planning → resolve the quarter now (missing orders get defaults/autopilot). */
  z.strictObject({ command: z.literal('resolveNow') }),
  /** Results → next planning now. */
  z.strictObject({ command: z.literal('next') }),
  z.strictObject({ command: z.literal('injectEvent'), eventId: z.string().min(1).max(64), target: role.optional() }),
  /** End the match now → debrief. */
  z.strictObject({ command: z.literal('end') }),
  /** Remove the player in a seat (or a spectator by session id). */
  z.strictObject({ command: z.literal('kick'), role: role.optional(), sessionId: z.string().min(1).max(64).optional() }),
  z.strictObject({ command: z.literal('seatToBot'), role, persona: z.enum(PERSONA_IDS).optional() }),
  /** Let the away player of a seat take it back by the name they played under (their seat token is lost), once within RECLAIM_WINDOW_SECONDS. */
  z.strictObject({ command: z.literal('allowReclaim'), role }),
  /** Approve (into the requested seat, or `role`) or deny a student's seat request; approving issues a new seat token and revokes the old one. */
  z.strictObject({ command: z.literal('answerSeatRequest'), requestId: z.string().min(1).max(16), approve: z.boolean(), role: role.optional() }),
  /** Rename the person holding a seat (`name`), or take their name off (`name` left out: an anonymous label). */
  z.strictObject({ command: z.literal('renameSeat'), role, name: seatName.optional() }),
  /** Lobby only: change settings (same fields as at creation). */
  z.strictObject({ command: z.literal('configure'), settings: settingsInputSchema }),
]);
export type HostCommand = z.infer<typeof hostCommandSchema>;
export type HostCommandName = HostCommand['command'];

export const clientPayloadSchemas = {
  [C2S.claimSeat]: claimSeatSchema,
  [C2S.releaseSeat]: releaseSeatSchema,
  [C2S.ready]: readySchema,
  [C2S.submitOrders]: submitOrdersSchema,
  [C2S.withdrawOrders]: withdrawOrdersSchema,
  [C2S.proposeDeal]: proposeDealSchema,
  [C2S.respondDeal]: respondDealSchema,
  [C2S.claimHost]: claimHostSchema,
  [C2S.requestSeat]: requestSeatSchema,
  [C2S.host]: hostCommandSchema,
} as const;

export type ClaimSeatPayload = z.infer<typeof claimSeatSchema>;
export type ReadyPayload = z.infer<typeof readySchema>;
export type SubmitOrdersPayload = { orders: import('../orders/types').Orders };
export type WithdrawOrdersPayload = z.infer<typeof withdrawOrdersSchema>;
export type ProposeDealPayload = z.infer<typeof proposeDealSchema>;
export type RespondDealPayload = z.infer<typeof respondDealSchema>;
export type ClaimHostPayload = z.infer<typeof claimHostSchema>;
export type RequestSeatPayload = z.infer<typeof requestSeatSchema>;

// ---------------------------------------------------------------- server → client payloads

export interface SessionPayload {
  protocolVersion: number;
  roomId: string;
  /** Join code (equals roomId). */
  code: string;
  sessionId: string;
  /** Seat held by this client, null for a spectator. */
  role: (typeof ROLES)[number] | null;
  /** Secret to reclaim this seat later (join with `{ seatToken }`); null without a seat. */
  seatToken: string | null;
  isHost: boolean;
  /** Only sent to the host. */
  hostSecret?: string;
  /** Colyseus reconnection token (`roomId:token`) for `client.reconnect()` within the grace period. */
  reconnectionToken: string;
}

export interface AckPayload {
  /** The client message type that was accepted. */
  type: ClientMessageType;
  /** For host commands: which one. */
  command?: HostCommandName;
  quarter?: number;
  proposalId?: string;
  /** requestSeat: the id of the request waiting for the host. */
  requestId?: string;
}

export type ResolveTrigger = 'allSubmitted' | 'timer' | 'host';

export interface ResolvedPayload {
  /** Index of the quarter that was resolved. */
  quarter: number;
  /** Index into state.reports of its report. */
  reportIndex: number;
  trigger: ResolveTrigger;
  hash: string;
  finished: boolean;
}

export interface SeatRequestPayload {
  requestId: string;
  /** approved: the `session` message that follows carries the seat and its new token. */
  status: 'approved' | 'denied' | 'expired';
  role?: (typeof ROLES)[number];
  message: string;
}

export interface KickedPayload {
  reason: string;
}

export type ErrorMessagePayload = ErrorPayload;
