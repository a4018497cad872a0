import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker, requestFromIPC, subscribeIPC } from '@colyseus/core';
import { normalizeJoinCode } from '../../shared/protocol';
import type { HttpRoute } from '../http/handler';

// The HTTP endpoints about one live room answer from the room itself, which lives on one server
// process: GET /api/rooms/:code (a match) and /api/classes/:id[/records] (a class and its groups).
// A request that reaches another process is handed, through the presence's pub/sub, to the
// process that lists the room, which answers it with its own handler; the answer comes back the
// same way. Everything else (records, the catalogue, the client) any process answers by itself.

const FORWARDED_HEADER = 'x-compute-race-forwarded';
/** Headers the answering process needs (the class secret); nothing else crosses. */
const KEPT_HEADERS = ['x-class-secret', 'accept'];
export const FORWARD_TIMEOUT_MS = 5000;

const ROOM_PATH = /^\/api\/(?:rooms|classes)\/([^/]+)(?:\/records)?\/?$/;

interface ForwardedRequest {
  url: string;
  method: 'GET' | 'HEAD';
  headers: Record<string, string>;
}

interface ForwardedAnswer {
  status: number;
  headers: Record<string, string>;
  /** base64 */
  body: string;
}

function channel(processId: string): string {
  return `cr:http:${processId}`;
}

/** The room a request is about, when it is one of the per-room endpoints. */
export function roomIdOfRequest(method: string | undefined, url: string | undefined): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const code = ROOM_PATH.exec(new URL(url ?? '/', 'http://x').pathname)?.[1];
  if (code === undefined) return null;
  try {
    return normalizeJoinCode(decodeURIComponent(code));
  } catch {
    return null;
  }
}

/** A route placed first: hands per-room requests to the process holding the room; false lets this process answer. */
export function forwardingRoute(): HttpRoute {
  return async (req, res) => {
    if (req.headers[FORWARDED_HEADER]) return false;
    const roomId = roomIdOfRequest(req.method, req.url);
    if (!roomId || matchMaker.getLocalRoomById(roomId)) return false;
    const listing = await matchMaker.driver.findOne({ roomId });
    if (!listing || listing.processId === matchMaker.processId) return false;
    const headers: Record<string, string> = {};
    for (const h of KEPT_HEADERS) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    let answer: ForwardedAnswer;
    try {
      const request: ForwardedRequest = { url: req.url ?? '/', method: req.method as 'GET' | 'HEAD', headers };
      answer = await requestFromIPC<ForwardedAnswer>(matchMaker.presence, channel(listing.processId), 'http', [request], FORWARD_TIMEOUT_MS);
    } catch (err) {
      // The process holding the room does not answer (it may have just died): answer from here (the stored data).
      console.warn(`[cluster] ${req.url} could not be answered by process ${listing.processId}: ${(err as Error).message}`);
      // Gone for good: Colyseus's health check removes its listings (and the takeover reopens its matches).
      if ((err as Error).message === 'ipc_timeout') void matchMaker.healthCheckProcessId(listing.processId);
      return false;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(answer.body, 'base64'));
    return true;
  };
}

/** A ServerResponse stand-in that keeps what the handler writes. */
class CapturedResponse {
  statusCode = 200;
  headersSent = false;
  private readonly headers: Record<string, string> = {};
  private readonly chunks: Buffer[] = [];
  readonly finished: Promise<ForwardedAnswer>;
  private resolve!: (a: ForwardedAnswer) => void;

  constructor() {
    this.finished = new Promise((r) => (this.resolve = r));
  }

  setHeader(name: string, value: string | number | readonly string[]): this {
    this.headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    return this;
  }

  getHeader(name: string): string | undefined {
    return this.headers[name.toLowerCase()];
  }

  writeHead(status: number, headers: Record<string, string | number> = {}): this {
    this.statusCode = status;
    for (const [k, v] of Object.entries(headers)) this.setHeader(k, v);
    this.headersSent = true;
    return this;
  }

  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(Buffer.from(chunk));
    return true;
  }

  end(chunk?: string | Uint8Array): this {
    if (chunk !== undefined && chunk !== null) this.write(chunk);
    this.headersSent = true;
    this.resolve({ status: this.statusCode, headers: this.headers, body: Buffer.concat(this.chunks).toString('base64') });
    return this;
  }
}

/** Answers the requests other processes hand to this one, with this process's HTTP handler. */
export async function answerForwardedRequests(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<() => void> {
  const presence = matchMaker.presence;
  const topic = channel(matchMaker.processId);
  await subscribeIPC(presence, topic, (method: string, args: unknown[]) => {
    const request = args?.[0] as ForwardedRequest | undefined;
    if (method !== 'http' || !request || typeof request.url !== 'string') throw new Error(`unknown forwarded request '${method}'`);
    const req = { url: request.url, method: request.method === 'HEAD' ? 'HEAD' : 'GET', headers: { ...request.headers, [FORWARDED_HEADER]: '1' } };
    const res = new CapturedResponse();
    handler(req as unknown as IncomingMessage, res as unknown as ServerResponse);
    return res.finished;
  });
  return () => {
    Promise.resolve(presence.unsubscribe(topic)).catch(() => undefined);
  };
}
