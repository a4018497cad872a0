import { MAX_SEAT_REQUESTS_PER_ROOM, RECLAIM_WINDOW_SECONDS } from '../../shared/protocol';
import type { Role } from '../../shared/roles';

// Seat requests: after the start, a student without a seat (their token went with a closed tab or
// another device, or they came late) asks for a seat by name; the host approves (into the seat
// asked for, or one the host picks) or denies it. A request lives while its client is connected,
// at most RECLAIM_WINDOW_SECONDS, and a client has at most one.

export interface SeatRequest {
  id: string;
  sessionId: string;
  /** The name the student typed (checked like every display name). */
  name: string;
  /** The seat asked for; null: any seat the host picks. */
  role: Role | null;
  /** Epoch ms. */
  at: number;
}

export const SEAT_REQUEST_TTL_MS = RECLAIM_WINDOW_SECONDS * 1000;

export class SeatRequests {
  private readonly list: SeatRequest[] = [];
  private next = 1;
  /** Bumped on every change (the class console mirrors the list when it changed). */
  version = 0;

  all(): readonly SeatRequest[] {
    return this.list;
  }

  get(id: string): SeatRequest | null {
    return this.list.find((r) => r.id === id) ?? null;
  }

  bySession(sessionId: string): SeatRequest | null {
    return this.list.find((r) => r.sessionId === sessionId) ?? null;
  }

  /** Why a new request cannot wait now (this room's cap), or null. A client's own earlier request does not count. */
  capProblem(sessionId: string): string | null {
    const others = this.list.filter((r) => r.sessionId !== sessionId).length;
    return others >= MAX_SEAT_REQUESTS_PER_ROOM ? `at most ${MAX_SEAT_REQUESTS_PER_ROOM} seat requests can wait in a group; ask the teacher to answer them first` : null;
  }

  /** Adds a request, replacing the client's earlier one. */
  add(sessionId: string, name: string, role: Role | null, now: number): SeatRequest {
    this.remove(sessionId);
    const request: SeatRequest = { id: `r${this.next++}`, sessionId, name, role, at: now };
    this.list.push(request);
    this.version++;
    return request;
  }

  /** Removes the request of a client (it left, got a seat, or was answered); returns it. */
  remove(sessionId: string): SeatRequest | null {
    const i = this.list.findIndex((r) => r.sessionId === sessionId);
    if (i < 0) return null;
    const [r] = this.list.splice(i, 1);
    this.version++;
    return r ?? null;
  }

  /** Removes and returns the requests older than the TTL. */
  expire(now: number): SeatRequest[] {
    const old = this.list.filter((r) => now - r.at > SEAT_REQUEST_TTL_MS);
    for (const r of old) this.remove(r.sessionId);
    return old;
  }
}

/** Hashes of seat tokens that stopped working, with why: a token brought back later gets a clear answer. */
export class RevokedTokens {
  private readonly reasons = new Map<string, string>();
  private static readonly MAX = 64;

  add(hash: string, reason: string): void {
    this.reasons.delete(hash);
    this.reasons.set(hash, reason);
    while (this.reasons.size > RevokedTokens.MAX) this.reasons.delete(this.reasons.keys().next().value!);
  }

  reason(hash: string): string | null {
    return this.reasons.get(hash) ?? null;
  }
}
