import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { matchMaker } from '@colyseus/core';
import { pinClientAddress } from './address';
import { retrySeconds, type Take } from './budget';
import { setSecurityHeaders } from './headers';
import { CLASS_CREATE_COST } from './limits';
import { security, type RoomKind } from './state';

// Everything a request meets before Colyseus or the game's routes see it: the client's address
// is pinned, malformed URLs get a 400, every answer gets the security headers, and the budgets
// are taken (API and matchmaking per address, room and class creation, WebSocket connections,
// a flooder's cooldown). Refusals are 429 with Retry-After.

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;
type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** Only these matchmaking methods exist: rooms are private, reached by code (joinById). */
export const MATCHMAKE_METHODS = ['create', 'joinById', 'reconnect'] as const;

const MATCHMAKE = /^\/matchmake\/([^/]+)\/([^/?]+)/i;

function sendJson(res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}

/**
 * Colyseus answers matchmaking refusals with its own error codes as HTTP statuses (520–525),
 * which read as server failures. They are the client's mistakes: unknown room name, no such
 * room, expired reservation, refused auth. (523, an unhandled failure, stays a 5xx.)
 */
const COLYSEUS_CLIENT_ERRORS: Record<number, number> = { 520: 404, 521: 404, 522: 404, 524: 410, 525: 403, 526: 400 };

function mapMatchmakeStatus(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  (res as unknown as { writeHead: typeof writeHead }).writeHead = (status: number, ...rest: unknown[]) => {
    const mapped = COLYSEUS_CLIENT_ERRORS[status] ?? (status === 523 ? 500 : status);
    res.statusCode = mapped;
    return writeHead(mapped, ...rest);
  };
}

/** 429 with Retry-After; `code` keeps the matchmaking error shape the SDK reads. */
export function tooMany(res: ServerResponse, message: string, retryAfterMs: number): void {
  const seconds = retrySeconds(retryAfterMs);
  sendJson(res, 429, { code: 429, error: `${message} (retry in ${seconds} s)`, retryAfterSeconds: seconds }, { 'Retry-After': String(seconds) });
}

function malformedUrl(url: string): boolean {
  try {
    const parsed = new URL(url, 'http://x');
    decodeURIComponent(parsed.pathname);
    decodeURIComponent(parsed.search.replace(/\+/g, ' '));
    return false;
  } catch {
    return true;
  }
}

/** The first of several budgets to refuse, or ok. */
export function takeAll(...takes: (() => Take)[]): Take {
  for (const t of takes) {
    const r = t();
    if (!r.ok) return r;
  }
  return { ok: true };
}

function roomKindOf(roomName: string): RoomKind | null {
  if (roomName === 'match') return 'match';
  if (roomName === 'class') return 'class';
  return null;
}

/** Checks a room creation request; answers and returns false when refused. */
function admitCreate(ip: string, roomName: string, res: ServerResponse): boolean {
  const s = security();
  const kind = roomKindOf(roomName);
  if (kind) {
    const full = s.roomCapProblem(kind, ip);
    if (full) return tooMany(res, full.message, full.retryAfterMs), false;
  }
  const cost = kind === 'class' ? CLASS_CREATE_COST : 1;
  const perIp = s.createsPerIp.take(ip, cost);
  if (!perIp.ok) return tooMany(res, `too many rooms created from your network (at most ${s.limits.createsPerIp.capacity} a minute)`, perIp.retryAfterMs), false;
  const global = s.createsGlobal.take('*', cost);
  if (!global.ok) {
    s.createsPerIp.refund(ip, cost);
    return tooMany(res, 'the server is creating too many rooms right now', global.retryAfterMs), false;
  }
  return true;
}

function gateRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const s = security();
  const ip = pinClientAddress(req, s.limits.trustProxy);
  setSecurityHeaders(req, res);
  const url = req.url ?? '/';
  if (malformedUrl(url)) {
    sendJson(res, 400, { error: 'malformed URL: a %-escape in the address is not valid' });
    return false;
  }
  // Doubled slashes must not slip a matchmaking call past the checks below.
  const [beforeQuery = ''] = url.split('?', 1);
  const path = beforeQuery.replace(/\/{2,}/g, '/');
  const matchmake = MATCHMAKE.exec(path);
  const counted = matchmake !== null || path === '/health' || path.startsWith('/api/');
  if (!counted || req.method === 'OPTIONS') return true;
  const cooling = s.floods.remaining(ip);
  if (cooling > 0 && matchmake) return tooMany(res, 'your network flooded a room and must wait', cooling), false;
  const http = s.httpPerIp.take(ip);
  if (!http.ok) return tooMany(res, `too many requests from your network (at most ${s.limits.httpPerIp.capacity} a minute)`, http.retryAfterMs), false;
  if (matchmake) mapMatchmakeStatus(res);
  if (matchmake && req.method === 'POST') {
    // Both groups are required by MATCHMAKE: the defaults never apply.
    const [, method = '', roomName = ''] = matchmake;
    if (!(MATCHMAKE_METHODS as readonly string[]).includes(method)) {
      sendJson(res, 404, { code: 404, error: `'${method}' is not offered: create a room, or join one by its code (joinById)` });
      return false;
    }
    if (method === 'create' && !admitCreate(ip, roomName, res)) return false;
  }
  return true;
}

function refuseUpgrade(socket: Duplex, status: number, message: string, retryAfterMs: number): void {
  const body = JSON.stringify({ error: message, retryAfterSeconds: retrySeconds(retryAfterMs) });
  socket.end(
    `HTTP/1.1 ${status} Too Many Requests\r\nRetry-After: ${retrySeconds(retryAfterMs)}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function gateUpgrade(req: IncomingMessage, socket: Duplex): boolean {
  const s = security();
  const ip = pinClientAddress(req, s.limits.trustProxy);
  const cooling = s.floods.remaining(ip);
  if (cooling > 0) return refuseUpgrade(socket, 429, 'your network flooded a room and must wait', cooling), false;
  if (!s.openConnection(ip)) {
    const perIp = s.connectionsOf(ip) >= s.limits.connectionsPerIp;
    refuseUpgrade(socket, 429, perIp ? `at most ${s.limits.connectionsPerIp} connections from one network` : 'the server has too many connections', 30_000);
    return false;
  }
  let closed = false;
  socket.once('close', () => {
    if (closed) return;
    closed = true;
    s.closeConnection(ip);
  });
  return true;
}

/**
 * Puts the front door before every 'request' and 'upgrade' listener already on the server
 * (Colyseus's router and the WebSocket transport). Call after the server listens.
 */
export function installFrontDoor(server: HttpServer): void {
  matchMaker.controller.exposedMethods = [...MATCHMAKE_METHODS];
  const requests = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!gateRequest(req, res)) return;
    for (const l of requests) l.call(server, req, res);
  });
  const upgrades = server.listeners('upgrade') as UpgradeListener[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!gateUpgrade(req, socket)) return;
    for (const l of upgrades) l.call(server, req, socket, head);
  });
}
