import { normalizeJoinCode } from '../../shared/protocol';
import { isRole, type Role } from '../../shared/roles';
import { serverEndpoint } from '../net/session';

// What the student join page needs to know about a group before joining it: GET /api/rooms/:code
// (its phase and seats), and which seat a student can take in one step.

export interface RoomSeatInfo {
  role: Role;
  kind: string;
  claimed: boolean;
  name: string;
  connected: boolean;
}

export interface RoomInfo {
  code: string;
  phase: string;
  quarter: number;
  quarters: number;
  seats: RoomSeatInfo[];
}

export class RoomInfoError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function httpBase(): string {
  return serverEndpoint().replace(/^ws/, 'http').replace(/\/+$/, '');
}

export async function fetchRoomInfo(rawCode: string): Promise<RoomInfo> {
  const code = normalizeJoinCode(rawCode);
  if (!code) throw new RoomInfoError(400, `'${rawCode}' is not a join code`);
  let res: Response;
  try {
    res = await fetch(`${httpBase()}/api/rooms/${encodeURIComponent(code)}`, { cache: 'no-store' });
  } catch (err) {
    throw new RoomInfoError(0, err instanceof Error ? err.message : String(err));
  }
  const body = (await res.json().catch(() => ({}))) as Partial<RoomInfo> & { error?: string };
  if (!res.ok) throw new RoomInfoError(res.status, body.error ?? `HTTP ${res.status}`);
  return {
    code,
    phase: String(body.phase ?? ''),
    quarter: Number(body.quarter ?? 0),
    quarters: Number(body.quarters ?? 0),
    seats: (Array.isArray(body.seats) ? body.seats : []).filter((s) => s && isRole(s.role)).map((s) => ({ role: s.role, kind: String(s.kind), claimed: !!s.claimed, name: String(s.name ?? ''), connected: !!s.connected })),
  };
}

/** Seats a student can take now: human seats nobody claimed, in the lobby. */
export function openSeats(info: Pick<RoomInfo, 'phase' | 'seats'>): Role[] {
  if (info.phase !== 'lobby') return [];
  return info.seats.filter((s) => s.kind === 'human' && !s.claimed).map((s) => s.role);
}

/** Seats a latecomer can ask for once the match runs: a bot's, an unclaimed one, or one whose student is away (autopilot). */
export function latecomerSeats(info: Pick<RoomInfo, 'phase' | 'seats'>): Role[] {
  if (info.phase !== 'planning' && info.phase !== 'results') return [];
  return info.seats.filter((s) => s.kind === 'bot' || (s.kind === 'human' && (!s.claimed || !s.connected))).map((s) => s.role);
}

/** Where phones reach this server (GET /api/lan's joinBase); null when the server knows no such address. */
export async function fetchJoinBase(): Promise<string | null> {
  try {
    const res = await fetch(`${httpBase()}/api/lan`, { cache: 'no-store' });
    if (!res.ok) return null;
    const body = (await res.json()) as { joinBase?: unknown };
    return typeof body.joinBase === 'string' && body.joinBase ? body.joinBase : null;
  } catch {
    return null;
  }
}
