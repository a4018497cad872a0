import { must } from '../../../shared/lists';
import '../../../server/nodeWebSocket';
import '../sdk-node';
import { Client, type Room } from '@colyseus/sdk';
import { blankOrders, type PlayerView } from '../../../shared/index';
import { C2S, ROOM_NAME, S2C, type SessionPayload } from '../../../shared/protocol';
import { MatchMirror } from '../../../client/state/mirror';

// SDK clients for the fuzz: honest players who play a match to the end, and the plumbing to
// wait for what they see.

export interface FuzzPlayer {
  room: Room;
  messages: { type: string; payload: unknown }[];
  session(): SessionPayload;
  hashes: string[];
}

/** The root fields of the room state that the fuzz waits on (the SDK does not type the decoded state). */
export function stateOf(room: Room): { phase?: unknown; quarter?: unknown } {
  return room.state as { phase?: unknown; quarter?: unknown };
}

export async function until(what: string, cond: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const mirrors = new WeakMap<Room, MatchMirror>();

function wrap(room: Room): FuzzPlayer {
  const p: FuzzPlayer = {
    room,
    messages: [],
    hashes: [],
    session: () => {
      const s = p.messages.filter((m) => m.type === S2C.session).pop();
      if (!s) throw new Error('no session yet');
      return s.payload as SessionPayload;
    },
  };
  room.reconnection.enabled = false;
  room.onMessage('*', (type, payload) => {
    p.messages.push({ type: String(type), payload });
    if (type === S2C.resolved) p.hashes[(payload as { quarter: number }).quarter] = (payload as { hash: string }).hash;
  });
  room.onError(() => undefined);
  // The mirror reads the report frames, which come right after the join.
  mirrors.set(room, new MatchMirror(room));
  return p;
}

async function ready(p: FuzzPlayer): Promise<FuzzPlayer> {
  await until('session', () => p.messages.some((m) => m.type === S2C.session));
  return p;
}

export async function createPlayer(url: string, options: Record<string, unknown>): Promise<FuzzPlayer> {
  return ready(wrap(await new Client(url.replace(/^http/, 'ws')).create(ROOM_NAME, options)));
}

export async function joinPlayer(url: string, code: string, options: Record<string, unknown>): Promise<FuzzPlayer> {
  return ready(wrap(await new Client(url.replace(/^http/, 'ws')).joinById(code, options)));
}

export async function leave(p: FuzzPlayer): Promise<void> {
  await Promise.race([p.room.leave().catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
}

/** The seat's view as the game client rebuilds it from the room state (client/state/mirror.ts). */
function view(p: FuzzPlayer): PlayerView | null {
  let m = mirrors.get(p.room);
  if (!m) {
    m = new MatchMirror(p.room);
    mirrors.set(p.room, m);
  }
  return m.snapshot(p.session().role).own?.view ?? null;
}

/** Sends and waits for the ack or error answering it. */
export async function call(p: FuzzPlayer, type: string, payload?: unknown): Promise<{ ok: boolean; payload: unknown }> {
  const answered = () => p.messages.filter((m) => m.type === S2C.ack || m.type === S2C.error);
  const before = answered().length;
  p.room.send(type, payload);
  await until(`an answer to '${type}'`, () => answered().length > before);
  const a = must(answered()[before], `the answer to '${type}'`);
  return { ok: a.type === S2C.ack, payload: a.payload };
}

/** Plays the quarter being planned: waits for it, submits blank orders, waits for the resolution. */
export async function playQuarter(players: FuzzPlayer[], quarter: number): Promise<void> {
  for (const p of players) {
    await until(`planning of quarter ${quarter}`, () => stateOf(p.room).phase === 'planning' && stateOf(p.room).quarter === quarter && view(p)?.quarter === quarter);
  }
  for (const p of players) {
    const v = view(p)!;
    const r = await call(p, C2S.submitOrders, { orders: blankOrders(v.quarter, v.own!.allocation) });
    if (!r.ok) throw new Error(`honest orders refused in quarter ${quarter}: ${JSON.stringify(r.payload)}`);
  }
  for (const p of players) await until(`the resolution of quarter ${quarter}`, () => p.hashes[quarter] !== undefined);
  for (const p of players) if (stateOf(p.room).phase === 'results') p.room.send(C2S.ready, { ready: true });
}

export const ALL_BOTS_BUT_TWO = { microsoft: { kind: 'bot' }, amazon: { kind: 'bot' }, google: { kind: 'bot' } };
