import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClassData, GroupData } from '../../shared/classroom/data';
import { CLASS_SECRET_HEADER } from '../../shared/classroom/protocol';
import { normalizeJoinCode } from '../../shared/protocol';
import { checkRecord, type MatchRecord } from '../../shared/replay';
import { groupDataFromRecord, liveGroupRecord, type RecordSource } from './records';
import { liveClass } from './registry';
import { secretMatches, type ClassStore, type StoredClass } from './store';
import { sendJson as json } from '../http/json';

// A class's data over HTTP, for its debrief and exports (docs/CLASSROOM.md). The host secret
// travels in the x-class-secret header, never in the URL:
//   GET /api/classes/:id           every group's debrief data (ClassData, shared/classroom/data.ts)
//   GET /api/classes/:id/records   every group's match record (JSON export)
// A live class answers from its rooms; a class whose rooms are gone, from the records database.

export interface ClassHttpDeps {
  store: ClassStore | null;
  records: RecordSource | null;
}

const PREFIX = '/api/classes';

function headerSecret(req: IncomingMessage): string | null {
  const v = req.headers[CLASS_SECRET_HEADER];
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.length <= 128 ? s : null;
}

/** Replaying stored records costs a little: keep the last few finished classes' data. */
const cache = new Map<string, { updatedAt: number; data: ClassData }>();
const CACHE_SIZE = 8;

function storedRecord(deps: ClassHttpDeps, id: string | null): MatchRecord | null {
  if (!id || !deps.records) return null;
  const text = deps.records.recordText(id);
  if (!text) return null;
  const read = checkRecord(JSON.parse(text));
  return read.ok ? read.record : null;
}

function storedClassData(deps: ClassHttpDeps, c: StoredClass): ClassData {
  const hit = cache.get(c.id);
  if (hit && hit.updatedAt === c.updatedAt) return hit.data;
  const groups: GroupData[] = [];
  for (const g of c.groups) {
    const record = storedRecord(deps, g.recordId);
    if (record) groups.push(groupDataFromRecord(record, { group: g.index, code: g.code, recordId: g.recordId }));
  }
  const data: ClassData = { classId: c.id, title: c.title, createdAt: new Date(c.createdAt).toISOString(), seed: c.seed, scenarioId: c.scenarioId, quarters: c.quarters, groups };
  cache.set(c.id, { updatedAt: c.updatedAt, data });
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return data;
}

export function classRoutes(deps: ClassHttpDeps) {
  return (req: IncomingMessage, res: ServerResponse): Promise<boolean> => Promise.resolve(serveClasses(req, res));

  function serveClasses(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname.replace(/\/+$/, '');
    if (p !== PREFIX && !p.startsWith(`${PREFIX}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      json(res, 405, { error: `${req.method} is not allowed on ${p}; use GET` });
      return true;
    }
    const rest = p.slice(PREFIX.length + 1).split('/').filter(Boolean);
    const id = rest[0] ? normalizeJoinCode(decodeURIComponent(rest[0])) : null;
    if (!id || rest.length > 2 || (rest.length === 2 && rest[1] !== 'records')) {
      json(res, 404, { error: `no endpoint ${p} (use ${PREFIX}/:classId or ${PREFIX}/:classId/records)` });
      return true;
    }
    const secret = headerSecret(req);
    if (!secret) {
      json(res, 401, { error: `send the class's host secret in the ${CLASS_SECRET_HEADER} header` });
      return true;
    }
    const live = liveClass(id);
    // Same answer for an unknown class and a wrong secret: ids cannot be probed.
    const denied = () => json(res, 403, { error: `no class ${id} with this host secret` });
    if (live) {
      if (!live.isHostSecret(secret)) return denied(), true;
      if (rest[1] === 'records') {
        const records = live.groups.map((g) => liveGroupRecord(live, g.index, deps.records));
        json(res, 200, { classId: live.id, title: live.title, records });
      } else {
        json(res, 200, live.classData((m) => deps.records?.recordIdOf(m) ?? null));
      }
      return true;
    }
    const stored = deps.store?.get(id) ?? null;
    if (!stored || !secretMatches(secret, stored.secretHash)) return denied(), true;
    try {
      if (rest[1] === 'records') {
        const records = stored.groups.map((g) => storedRecord(deps, g.recordId)).filter((r): r is MatchRecord => r !== null);
        json(res, 200, { classId: stored.id, title: stored.title, records });
      } else {
        json(res, 200, storedClassData(deps, stored));
      }
    } catch (err) {
      json(res, 500, { error: `the class's records could not be read: ${(err as Error).message}` });
    }
    return true;
  }
}
