import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ROLES } from '../../shared/roles';
import { PERSONA_IDS, SETTINGS_LIMITS } from '../../shared/protocol';
import {
  MAX_RECORD_BYTES,
  RECORD_ERROR_TITLES,
  checkRecord,
  engineVersionProblem,
  parseRecordBytes,
  summarizeRecord,
  verifyRecord,
  type RecordError,
  type RecordListPage,
} from '../../shared/replay';
import { forkMatch } from '../storage/fork';
import { newRecordId } from '../storage/tracker';
import type { Storage } from '../storage';
import { readBody } from './body';
import { sendJson as json } from './json';
import { mayReadRecord } from './classRecords';
import { CLASS_SECRET_HEADER } from '../../shared/classroom/protocol';
import { clientAddress } from '../security/address';
import { tooMany, takeAll } from '../security/frontDoor';
import { security } from '../security/state';
import { serializeRecord } from '../../shared/replay';

// Match records over HTTP (docs/REPLAY.md):
//   GET  /api/records?page=&pageSize=&origin=match|upload&status=done|all   finished matches, newest first
//   GET  /api/records/:id[?download=1]                                     the record file
//   POST /api/records                                                      upload a record to view (checked and re-run)
//   POST /api/records/:id/fork  {quarter, seats?, planningSeconds?, resultsSeconds?}   "play from here"

export const UPLOAD_LIMIT_BYTES = MAX_RECORD_BYTES;
const PREFIX = '/api/records';
const ID = /^[A-Za-z0-9_-]{6,32}$/;

/** HTTP status for each way a record can be refused. */
const STATUS: Record<RecordError['kind'], number> = {
  tooLarge: 413,
  truncated: 400,
  corrupt: 400,
  foreign: 415,
  formatVersion: 422,
  tampered: 422,
  engineVersion: 409,
};

function refuse(res: ServerResponse, e: RecordError & { quarter?: number | null }): void {
  json(res, STATUS[e.kind], { error: e.message, kind: e.kind, title: RECORD_ERROR_TITLES[e.kind], details: e.details, ...(e.quarter !== undefined ? { quarter: e.quarter } : {}) });
}

const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  origin: z.enum(['match', 'upload']).default('match'),
  status: z.enum(['done', 'all']).default('done'),
});

const forkBody = z.strictObject({
  quarter: z.number().int().min(0).max(1000),
  seats: z.partialRecord(z.enum(ROLES), z.strictObject({ kind: z.enum(['human', 'bot']), persona: z.enum(PERSONA_IDS).optional() })).optional(),
  planningSeconds: z.number().int().min(SETTINGS_LIMITS.planningSeconds.min).max(SETTINGS_LIMITS.planningSeconds.max).optional(),
  resultsSeconds: z.number().int().min(SETTINGS_LIMITS.resultsSeconds.min).max(SETTINGS_LIMITS.resultsSeconds.max).optional(),
});

function zodMessage(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}` : i.message}`).join('; ');
}

function list(storage: Storage, url: URL, res: ServerResponse): void {
  const q = pageQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!q.success) return json(res, 400, { error: zodMessage(q.error) });
  const { items, total } = storage.store.list(q.data, { hideClassRecords: true });
  const page: RecordListPage = { items, page: q.data.page, pageSize: q.data.pageSize, total, pages: Math.max(1, Math.ceil(total / q.data.pageSize)) };
  json(res, 200, page);
}

function classSecret(req: IncomingMessage): string | null {
  const v = req.headers[CLASS_SECRET_HEADER];
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.length <= 128 ? s : null;
}

/** A record nobody may see without its class's secret answers like a missing one (ids cannot be probed). */
function readable(storage: Storage, id: string, req: IncomingMessage): boolean {
  return mayReadRecord(storage.store, id, classSecret(req));
}

function download(storage: Storage, id: string, url: URL, req: IncomingMessage, res: ServerResponse, head: boolean): void {
  const found = readable(storage, id, req) ? storage.store.get(id) : null;
  if (!found) return json(res, 404, { error: `no record with id ${id}` });
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(found.text));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Record-Status', found.item.status);
  if (url.searchParams.get('download') === '1') {
    const safeSeed = found.item.seed.replace(/[^A-Za-z0-9._-]/g, '_');
    res.setHeader('Content-Disposition', `attachment; filename="compute-race-${safeSeed}-${id}.json"`);
  }
  res.end(head ? undefined : found.text);
}

/** Uploads and forks re-run a whole match: a budget per address and one for everyone. */
function spend(req: IncomingMessage, res: ServerResponse, what: 'upload' | 'fork'): boolean {
  const s = security();
  const ip = clientAddress(req);
  const [perIp, global] = what === 'upload' ? [s.uploadsPerIp, s.uploadsGlobal] : [s.forksPerIp, s.forksGlobal];
  const took = takeAll(() => perIp.take(ip), () => global.take('*'));
  if (took.ok) return true;
  req.resume();
  res.setHeader('Connection', 'close');
  tooMany(res, `too many ${what}s (at most ${perIp.rule.capacity} a minute from one network, ${global.rule.capacity} for everyone)`, took.retryAfterMs);
  return false;
}

async function upload(storage: Storage, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const quota = security().limits.uploadQuotaBytes;
  if (storage.store.uploadedBytes() >= quota) {
    req.resume();
    res.setHeader('Connection', 'close');
    return json(res, 507, { error: `the server keeps no more uploaded records (its quota of ${Math.round(quota / (1024 * 1024))} MB is used); open the file in the viewer without uploading` });
  }
  if (!spend(req, res, 'upload')) return;
  const body = await readBody(req, UPLOAD_LIMIT_BYTES);
  if (!body.ok) {
    if (body.tooLarge) {
      res.setHeader('Connection', 'close');
      return refuse(res, { kind: 'tooLarge', message: `The file is over the limit of ${UPLOAD_LIMIT_BYTES / (1024 * 1024)} MB.`, details: [`received at least ${body.received} bytes`] });
    }
    return json(res, 400, { error: `the upload failed: ${body.error}` });
  }
  const read = parseRecordBytes(body.bytes, UPLOAD_LIMIT_BYTES);
  if (!read.ok) {
    // An edited file: re-run it to say where it stops matching, when it can be.
    if (read.error.kind === 'tampered' && read.record && !engineVersionProblem(read.record)) {
      const v = verifyRecord(read.record);
      if (!v.ok && v.failure) return refuse(res, { ...read.error, details: [...read.error.details, v.failure.message, ...v.failure.details.slice(0, 8)], quarter: v.failure.quarter });
    }
    return refuse(res, read.error);
  }
  const record = read.record;
  const version = engineVersionProblem(record);
  if (version) return refuse(res, version);
  const v = verifyRecord(record);
  if (!v.ok) return refuse(res, { ...v.failure!, details: v.failure!.details.slice(0, 12) });
  // Kept in the canonical form, not as sent: padding and key order cost nothing.
  const saved = storage.store.addUpload(newRecordId(), record, serializeRecord(record), Date.now());
  json(res, saved.duplicate ? 200 : 201, { id: saved.id, duplicate: saved.duplicate, verified: true, quarters: v.quartersChecked, summary: summarizeRecord(record) });
}

async function fork(storage: Storage, id: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!readable(storage, id, req)) {
    req.resume();
    return json(res, 404, { error: `no record with id ${id}` });
  }
  if (!spend(req, res, 'fork')) return;
  const body = await readBody(req, 16 * 1024);
  if (!body.ok) return json(res, body.tooLarge ? 413 : 400, { error: body.tooLarge ? 'the fork request is over 16 KB' : `the request failed: ${body.error}` });
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder().decode(body.bytes) || '{}');
  } catch {
    return json(res, 400, { error: 'the fork request must be JSON, e.g. {"quarter": 5}' });
  }
  const parsed = forkBody.safeParse(input);
  if (!parsed.success) return json(res, 400, { error: zodMessage(parsed.error) });
  const found = storage.store.get(id);
  if (!found) return json(res, 404, { error: `no record with id ${id}` });
  const read = checkRecord(JSON.parse(found.text));
  if (!read.ok) return refuse(res, read.error);
  const result = await forkMatch(storage.tracker, read.record, id, parsed.data);
  if (!result.ok) return json(res, result.status, { error: result.message, kind: result.kind, details: result.details ?? [] });
  json(res, 201, { code: result.code, hostSecret: result.hostSecret, matchId: result.matchId, quarter: result.quarter });
}

/** Route handler for /api/records…; returns true when it answered. */
export function recordRoutes(storage: Storage) {
  return async function serveRecords(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname.replace(/\/+$/, '');
    if (p !== PREFIX && !p.startsWith(`${PREFIX}/`)) return false;
    const rest = p.slice(PREFIX.length + 1).split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    const allow = (methods: string, ok: boolean): boolean => {
      if (ok) return true;
      res.setHeader('Allow', methods);
      json(res, 405, { error: `${method} is not allowed on ${p}; use ${methods}` });
      return false;
    };
    const [id, action] = rest;
    if (id !== undefined && !ID.test(id)) {
      json(res, 404, { error: `'${id}' is not a record id` });
      return true;
    }
    if (id === undefined) {
      if (method === 'POST') await upload(storage, req, res);
      else if (allow('GET, HEAD, POST', method === 'GET' || method === 'HEAD')) list(storage, url, res);
    } else if (rest.length === 1) {
      if (allow('GET, HEAD', method === 'GET' || method === 'HEAD')) download(storage, id, url, req, res, method === 'HEAD');
    } else if (rest.length === 2 && action === 'fork') {
      if (allow('POST', method === 'POST')) await fork(storage, id, req, res);
    } else {
      json(res, 404, { error: `no endpoint ${p}` });
    }
    return true;
  };
}
