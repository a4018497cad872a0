import type { OrderError } from '../orders/types';

// Error codes the match server sends in the `error` message (and in request replies). The client
// maps `code` to a translated text; `message` is an English explanation naming the problem.

export const ERROR_CODES = [
  /** Payload failed its schema: wrong type, NaN/Infinity, out of range, unknown or missing field. */
  'BAD_PAYLOAD',
  /** Payload larger than MAX_PAYLOAD_BYTES. */
  'PAYLOAD_TOO_LARGE',
  /** More than RATE_LIMIT_PER_SECOND messages in one second. */
  'RATE_LIMITED',
  /** Message type the server does not know. */
  'UNKNOWN_MESSAGE',
  /** A host command from a client that is not the host. */
  'NOT_HOST',
  /** Wrong host secret. */
  'BAD_SECRET',
  /** The action needs a seat and the client has none. */
  'NO_SEAT',
  /** The payload tries to act for another seat. */
  'NOT_YOUR_SEAT',
  /** The action is not possible in the current phase (lobby/planning/results/debrief). */
  'WRONG_PHASE',
  /** Orders for a quarter other than the one being planned. */
  'WRONG_QUARTER',
  /** Orders rejected by shared/orders validation; `fields` lists each problem. */
  'INVALID_ORDERS',
  /** A deal proposal or response rejected by the engine; `fields` lists each problem. */
  'INVALID_DEAL',
  /** The seat is already held by another player. */
  'SEAT_TAKEN',
  /** The seat is not open to people (bot or absent). */
  'SEAT_NOT_HUMAN',
  /** Display name empty, too long or containing control characters. */
  'BAD_NAME',
  /** Seat (reconnection) token not valid for this room. */
  'BAD_TOKEN',
  /** Host `start` while some seated players are not ready (use force). */
  'NOT_READY',
  /** Event id not in the catalogue, or a targeted event without a valid target. */
  'UNKNOWN_EVENT',
  /** Invalid room settings (create or configure). */
  'INVALID_SETTINGS',
  /** Nothing to do (e.g. pause when already paused, resume when not paused, no timer to extend). */
  'NO_EFFECT',
  /** The match has ended (or the seat's company went bankrupt and watches). */
  'MATCH_OVER',
  /** Unexpected failure on the server; nothing changed. Reported and logged. */
  'SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem, same shape as shared/orders' OrderError. */
export type FieldError = OrderError;

export interface ErrorPayload {
  code: ErrorCode;
  /** English explanation, naming the field(s) and the reason. */
  message: string;
  /** The client message type that caused the error, when there is one. */
  type?: string;
  /** Field-level problems (validation errors). */
  fields?: FieldError[];
}

/** Reply of a `room.request(...)` call: every client message answers with this shape. */
export type RequestResult<T = Record<string, unknown>> = ({ ok: true } & T) | ({ ok: false; error: ErrorPayload });
