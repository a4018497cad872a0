import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../../shared/roles';
import type { PersonaId, RoomSettings, SeatKind } from '../../shared/protocol';
import { secretHash, secretMatches } from '../security/secrets';

// Who holds which seat. A seat held by a person has a secret token; the holder's client may drop
// and come back (Colyseus reconnection within the grace period, or a fresh join with the token
// at any time later).

export interface SeatRecord {
  role: Role;
  kind: SeatKind;
  persona: PersonaId;
  name: string;
  /** Hash of the secret of the person holding the seat; null when nobody does (the seat is free). */
  tokenHash: string | null;
  /** The secret itself, known only since it was issued or last brought back on this process. */
  token: string | null;
  /** Session of the connected client holding it. */
  sessionId: string | null;
  connected: boolean;
  ready: boolean;
  /** Its bot plays it for now (holder dropped past the grace period, left, or was kicked). */
  autopilot: boolean;
  /** Epoch ms when a dropped holder's grace period ends; 0 when not dropped. */
  reconnectDeadline: number;
}

export function newToken(): string {
  return randomBytes(18).toString('base64url');
}

export class SeatTable {
  readonly seats: Record<Role, SeatRecord>;

  constructor(settings: RoomSettings) {
    this.seats = {} as Record<Role, SeatRecord>;
    for (const role of ROLES) {
      this.seats[role] = {
        role,
        kind: settings.seats[role].kind,
        persona: settings.seats[role].persona,
        name: '',
        tokenHash: null,
        token: null,
        sessionId: null,
        connected: false,
        ready: false,
        autopilot: false,
        reconnectDeadline: 0,
      };
    }
  }

  get(role: Role): SeatRecord {
    return this.seats[role];
  }

  all(): SeatRecord[] {
    return ROLES.map((r) => this.seats[r]);
  }

  bySession(sessionId: string): SeatRecord | null {
    return this.all().find((s) => s.sessionId === sessionId) ?? null;
  }

  byToken(token: string): SeatRecord | null {
    return this.all().find((s) => s.tokenHash !== null && secretMatches(token, s.tokenHash)) ?? null;
  }

  /** Gives the seat a new secret (a claim, or a seat handed back to its player by the host). */
  issueToken(seat: SeatRecord): string {
    seat.token = newToken();
    seat.tokenHash = secretHash(seat.token);
    return seat.token;
  }

  /** A person takes a free human seat; returns the new seat token. */
  claim(role: Role, sessionId: string, name: string): string {
    const seat = this.seats[role];
    const token = this.issueToken(seat);
    seat.sessionId = sessionId;
    seat.name = name;
    seat.connected = true;
    seat.ready = false;
    seat.autopilot = false;
    seat.reconnectDeadline = 0;
    return token;
  }

  /** The holder of the seat's token comes back on a new session (with the token, when they brought it). */
  attach(seat: SeatRecord, sessionId: string, token?: string): void {
    if (token !== undefined) seat.token = token;
    seat.sessionId = sessionId;
    seat.connected = true;
    seat.autopilot = false;
    seat.reconnectDeadline = 0;
  }

  /** Nobody holds the seat any more (lobby release, kick in the lobby, seat turned into a bot). */
  release(seat: SeatRecord): void {
    seat.tokenHash = null;
    seat.token = null;
    seat.sessionId = null;
    seat.name = '';
    seat.connected = false;
    seat.ready = false;
    seat.autopilot = false;
    seat.reconnectDeadline = 0;
  }

  /** The holder's client is gone for now; the seat stays theirs. */
  detach(seat: SeatRecord, autopilot: boolean): void {
    seat.sessionId = null;
    seat.connected = false;
    seat.reconnectDeadline = 0;
    seat.autopilot = autopilot;
  }

  /** Applies new settings in the lobby (kinds and personas). */
  applySettings(settings: RoomSettings): void {
    for (const role of ROLES) {
      this.seats[role].kind = settings.seats[role].kind;
      this.seats[role].persona = settings.seats[role].persona;
    }
  }
}
