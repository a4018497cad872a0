import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import {
  MAX_PAYLOAD_BYTES,
  NAME_MAX_LENGTH,
  PERSONA_IDS,
  PROTOCOL_VERSION,
  RATE_LIMIT_PER_SECOND,
  ROOM_NAME,
  SEAT_KINDS,
  SETTINGS_DEFAULTS,
  SETTINGS_LIMITS,
  normalizeJoinCode,
} from '../../shared/protocol';
import { ROLES } from '../../shared/roles';
import { findMatchRoom } from '../room/create';
import { matchPersistence } from '../room/persistence';
import { ENGINE_VERSION, eventCatalogue, listScenarios } from '../room/engine';
import { sendJson as json } from './json';

// JSON endpoints: /health, /api/catalogue (scenarios, events, personas, settings), /api/rooms/:code.

const startedAt = Date.now();

export const SERVER_VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();

async function health(res: ServerResponse): Promise<void> {
  const rooms = await matchMaker.query({});
  // 'degraded' while a match cannot be saved (it is paused until it can); still 200: the server serves.
  const storage = matchPersistence()?.health?.() ?? null;
  json(res, 200, {
    status: storage?.status ?? 'ok',
    // Whether this server keeps match records (replays, the debrief's replay link).
    records: matchPersistence() !== null,
    ...(storage && storage.status !== 'ok' ? { storage } : {}),
    version: SERVER_VERSION,
    engineVersion: ENGINE_VERSION,
    protocolVersion: PROTOCOL_VERSION,
    rooms: rooms.length,
    clients: rooms.reduce((n, r) => n + r.clients, 0),
    uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
  });
}

function catalogue(res: ServerResponse): void {
  json(res, 200, {
    protocolVersion: PROTOCOL_VERSION,
    engineVersion: ENGINE_VERSION,
    roomName: ROOM_NAME,
    roles: ROLES,
    scenarios: listScenarios(),
    events: eventCatalogue(),
    personas: PERSONA_IDS,
    seatKinds: SEAT_KINDS,
    settings: { defaults: SETTINGS_DEFAULTS, limits: SETTINGS_LIMITS },
    limits: { rateLimitPerSecond: RATE_LIMIT_PER_SECOND, maxPayloadBytes: MAX_PAYLOAD_BYTES, nameMaxLength: NAME_MAX_LENGTH },
  });
}

function roomInfo(res: ServerResponse, rawCode: string): void {
  const code = normalizeJoinCode(rawCode);
  if (!code) return json(res, 400, { error: `'${rawCode}' is not a join code (6 characters, letters and digits 2–9)` });
  const room = findMatchRoom(code);
  if (!room) return json(res, 404, { error: `no live match with code ${code}` });
  const m = room.match;
  json(res, 200, {
    code,
    phase: m.phase,
    quarter: m.state.quarter,
    quarters: m.settings.quarters,
    scenario: m.settings.scenario,
    seed: m.settings.seed,
    clients: room.clients.length,
    seats: m.seats.all().map((s) => ({ role: s.role, kind: s.kind, claimed: s.tokenHash !== null, name: s.name, connected: s.connected })),
  });
}

/** Returns true when it answered the request. */
export async function serveApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x');
  const p = url.pathname;
  if (p !== '/health' && !p.startsWith('/api/')) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    json(res, 405, { error: `${req.method} is not allowed on ${p}; use GET` });
    return true;
  }
  if (p === '/health') await health(res);
  else if (p === '/api/catalogue') catalogue(res);
  else if (p.startsWith('/api/rooms/')) roomInfo(res, decodeURIComponent(p.slice('/api/rooms/'.length)));
  else json(res, 404, { error: `no endpoint ${p}` });
  return true;
}
